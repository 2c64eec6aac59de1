import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-cluster/grappe-cluster.js';
import '../../components/grappe-members/grappe-members.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  fixture,
  oneEvent,
  sampleFeed,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';

async function mount(lang: string, clusterId: string, feed: unknown = sampleFeed()) {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang=${lang} .data=${feed}><grappe-cluster></grappe-cluster><grappe-members></grappe-members></grappe-data>`,
  );
  await waitFor(() => data.snapshot.status === 'ready');
  data.select(clusterId);
  await settle(data);
  return { data, cluster: data.querySelector('grappe-cluster')!, members: data.querySelector('grappe-members')! };
}

describe('<grappe-members>', () => {
  afterEach(cleanup);

  it('lists a cluster’s organisations, searchable and filtered by kind; choosing one selects it', async () => {
    const { data, members } = await mount('en', 'viameca');
    const names = () => shadowAll(members, '.organisation').map((button) => button.textContent!.trim());
    expect(names()).to.deep.equal(['CETIM', 'Acmé Mécanique']);
    const input = deepQuery<HTMLInputElement>(members, 'input[type=search]')!;
    input.value = 'acme';
    input.dispatchEvent(new Event('input'));
    await settle(data);
    expect(names()).to.deep.equal(['Acmé Mécanique']);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await settle(data);
    const kind = deepQuery<HTMLSelectElement>(members, 'select.kind')!;
    kind.value = 'technical-centre';
    kind.dispatchEvent(new Event('change'));
    await settle(data);
    expect(names()).to.deep.equal(['CETIM']);
    const selected = oneEvent<{ organisationId: string }>(data, 'grappe-select');
    deepQuery<HTMLButtonElement>(members, '.organisation')!.click();
    expect((await selected).detail.organisationId).to.equal('cetim');
    await expectAccessible(members);
  });
});
