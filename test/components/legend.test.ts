import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-legend/grappe-legend.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import { cleanup, expectAccessible, fixture, sampleFeed, settle, shadowAll, waitFor } from '../support/helpers.js';
import { richFeed } from '../../stories/fixtures.js';

describe('<grappe-legend>', () => {
  afterEach(cleanup);

  it('the legend lists every visible value of the colouring dimension with its count, nested values under their parent', async () => {
    const feed = sampleFeed({
      taxonomies: [
        {
          id: 'sector',
          label: 'Filière',
          values: [
            { id: 'energy', label: 'Énergie' },
            { id: 'eco-energy', label: 'Éco-énergies', parent: 'energy', color: '#aa0000' },
          ],
        },
      ],
    });
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="fr" .data=${feed}><grappe-legend color-by="sector"></grappe-legend></grappe-data>`,
    );
    await waitFor(() => data.snapshot.status === 'ready');
    await settle(data);
    const legend = data.querySelector('grappe-legend')!;
    const rows = shadowAll(legend, 'li').map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.include('Énergie 1 cluster');
    expect(rows).to.include('Éco-énergies 1 cluster');
    const swatch = shadowAll(legend, 'li')
      .find((row) => row.textContent!.includes('Éco-énergies'))!
      .querySelector<HTMLElement>('.swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(170, 0, 0)');
    expect(shadowAll(legend, 'li').find((row) => row.textContent!.includes('Éco-énergies'))!.className).to.contain(
      'depth-1',
    );
    await expectAccessible(legend);
  });

  it('keys the map’s numbered marks: a round one is clusters close together, a square one member organisations (only when the feed has organisations)', async () => {
    for (const [organisations, expected] of [
      [true, ['Groupe de 3 clusters : zoomer', 'Groupe de 2 organisations : zoomer']],
      [false, ['Groupe de 3 clusters : zoomer']],
    ] as const) {
      const feed = sampleFeed();
      if (!organisations) {
        delete (feed as { organisations?: unknown }).organisations;
        delete (feed as { memberships?: unknown }).memberships;
      }
      const data = await fixture<GrappeData>(
        html`<grappe-data lang="fr" .data=${feed}><grappe-legend theme="dark"></grappe-legend></grappe-data>`,
      );
      await waitFor(() => data.snapshot.status === 'ready');
      await settle(data);
      const legend = data.querySelector('grappe-legend')!;
      const shapes = legend.shadowRoot!.querySelector('.shapes')!;
      expect(shapes.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        expected.map((text) => `${text.match(/\d/)![0]} ${text}`).join(' '),
      );
      // Drawn as the map draws them: round for clusters, square for organisations.
      const [round, square] = [...shapes.querySelectorAll('.shape')].map((shape) => getComputedStyle(shape));
      expect(round!.borderRadius).to.equal('50%');
      if (square) expect(parseFloat(square.borderRadius)).to.be.below(8);
      // Too narrow for both on one line, a key goes to the next line whole (« zoomer » never alone).
      if (square) {
        legend.style.width = '340px';
        const keys = [...shapes.querySelectorAll<HTMLElement>('.key')].map((key) => key.getBoundingClientRect());
        expect(keys[1]!.top).to.be.above(keys[0]!.bottom - 1);
        for (const key of keys) expect(key.height).to.be.below(keys[0]!.height * 1.5);
        legend.style.width = '';
      }
      await expectAccessible(legend);
      cleanup();
    }
  });

  it('sets its entries in columns where there is room, read down each; one column when narrow', async () => {
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="en" .data=${richFeed()}><grappe-legend></grappe-legend></grappe-data>`,
    );
    await waitFor(() => data.snapshot.status === 'ready');
    await settle(data);
    const legend = data.querySelector('grappe-legend')!;
    const columns = () => new Set(shadowAll(legend, 'li').map((row) => Math.round(row.getBoundingClientRect().left)));
    expect(shadowAll(legend, 'li').length).to.be.greaterThan(5);
    legend.style.setProperty('display', 'block');
    legend.style.setProperty('width', '760px');
    expect(columns().size).to.equal(2);
    // Down the first column first: the second entry is below the first, not beside it.
    const [first, second] = shadowAll(legend, 'li').map((row) => row.getBoundingClientRect());
    expect(second!.left).to.equal(first!.left);
    expect(second!.top).to.be.greaterThan(first!.top);
    // A count stays on one line.
    for (const count of shadowAll(legend, '.count')) expect(count.getClientRects().length).to.equal(1);
    legend.style.setProperty('width', '320px');
    expect(columns().size).to.equal(1);
  });
});
