import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-filters/grappe-filters.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import { cleanup, expectAccessible, fixture, sampleFeed, settle, shadowAll, waitFor } from '../support/helpers.js';

describe('<grappe-filters>', () => {
  afterEach(cleanup);

  it('the filters panel limits itself to the dimensions asked for', async () => {
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="en" .data=${sampleFeed()}><grappe-filters dimensions="kind,stage"></grappe-filters></grappe-data>`,
    );
    await waitFor(() => data.snapshot.status === 'ready');
    await settle(data);
    const summaries = shadowAll(data.querySelector('grappe-filters')!, 'summary').map((summary) =>
      summary.textContent!.trim(),
    );
    expect(summaries).to.deep.equal(['Kind', 'Life-cycle stage']);
    await expectAccessible(data.querySelector('grappe-filters')!);
  });
});
