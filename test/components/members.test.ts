import { expect } from '@esm-bundle/chai';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-cluster/grappe-cluster.js';
import '../../components/grappe-members/grappe-members.js';
import { cleanup, deepQuery, expectAccessible, oneEvent, settle, shadowAll } from '../support/helpers.js';
import { mountDetails } from '../support/details.js';

const mount = mountDetails;

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
