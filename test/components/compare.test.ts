import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-compare/grappe-compare.js';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import type { GrappeCompare } from '../../components/grappe-compare/compare.component.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { readCsv } from '../../src/csv/csv.js';
import { activityMapFeed } from '../../stories/fixtures.js';
import { cleanup, deepQuery, expectAccessible, fixture, settle, shadowAll, waitFor } from '../support/helpers.js';

async function mount(lang = 'fr', attributes: Record<string, string> = { metric: 'members' }) {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang=${lang} .data=${activityMapFeed()}><grappe-compare></grappe-compare></grappe-data>`,
  );
  const compare = data.querySelector('grappe-compare') as GrappeCompare;
  for (const [name, value] of Object.entries(attributes)) compare.setAttribute(name, value);
  await waitFor(() => data.snapshot.status === 'ready');
  await settle(data);
  return { data, compare };
}

/** The table as a user reads it: header, rows and totals, each cell's text without grouping spaces. */
function tableCells(compare: GrappeCompare): string[][] {
  const table = deepQuery(compare, 'table')!;
  return Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => {
      const hidden = cell.querySelector('.visually-hidden');
      // An empty cell shows "—" and says "no value"; in the CSV it is empty.
      if (hidden && cell.querySelector('[aria-hidden="true"]')?.textContent === '—') return '';
      const small = cell.querySelector('small');
      const text = (cell.textContent ?? '').replace(small?.textContent ?? '\u0000', '');
      return text
        .replace(/[▲▼]/g, '')
        .replace(/[\s\u00a0\u202f]+/g, ' ')
        .trim()
        .replace(/(\d) (?=\d{3}\b)/g, '$1');
    }),
  );
}

describe('<grappe-compare>', () => {
  afterEach(cleanup);

  it('shows one row per visible cluster, one column per period with target columns, and right totals', async () => {
    const { compare } = await mount('fr');
    const cells = tableCells(compare);
    expect(cells[0]).to.deep.equal(['Cluster', '2008', '2009', '2009 (objectif)', '2010', '2010 (objectif)']);
    // Default order: the latest period, largest first; clusters without figures last.
    expect(cells.slice(1, -1).map((row) => row[0])).to.deep.equal([
      'ViaMeca',
      'Néopolia Aerospace',
      'Cluster Éco-énergies',
      'Mecaloire',
    ]);
    expect(cells[1]).to.deep.equal(['ViaMeca', '140', '152', '160', '171', '170']);
    expect(cells.at(-1)).to.deep.equal(['Total (4 clusters)', '264', '367', '160', '216', '220']);
    expect(deepQuery(compare, 'caption')!.textContent!.trim()).to.equal('Adhérents');
    // The chart draws the same figures: one line per cluster with values, named as the table's picture.
    const chart = deepQuery(compare, 'svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.contain('graphique des chiffres du tableau');
    expect(shadowAll(compare, 'svg circle.point').length).to.equal(3 + 2 + 2);
    expect(shadowAll(compare, 'svg circle.target-point').length).to.equal(3);
    await expectAccessible(compare);
  });

  it('rows follow the filters of the surrounding <grappe-data>', async () => {
    const { data, compare } = await mount('en');
    data.filters = { query: '', facets: { kind: ['cluster'] } };
    await settle(data);
    const cells = tableCells(compare);
    expect(cells.slice(1, -1).map((row) => row[0])).to.deep.equal(['Néopolia Aerospace', 'Mecaloire']);
    expect(cells.at(-1)).to.deep.equal(['Total (2 clusters)', '37', '45', '50']);
  });

  it('sorts by any column, says so in a live region and in aria-sort, and the CSV is exactly the table', async () => {
    const { compare } = await mount('fr');
    const headerButton = (label: string) =>
      shadowAll<HTMLButtonElement>(compare, 'thead th button').find((button) => button.textContent!.includes(label))!;
    headerButton('Cluster').click();
    await settle(compare);
    expect(
      tableCells(compare)
        .slice(1, -1)
        .map((row) => row[0]),
    ).to.deep.equal(['Cluster Éco-énergies', 'Mecaloire', 'Néopolia Aerospace', 'ViaMeca']);
    expect(deepQuery(compare, '[role="status"]')!.textContent).to.equal('Trié par Cluster, ordre croissant');
    expect(headerButton('Cluster').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    headerButton('2008').click();
    await settle(compare);
    expect(deepQuery(compare, '[role="status"]')!.textContent).to.equal('Trié par 2008, ordre décroissant');
    expect(tableCells(compare)[1]![0]).to.equal('ViaMeca');
    headerButton('2008').click();
    await settle(compare);
    expect(tableCells(compare)[1]![0]).to.equal('Cluster Éco-énergies');
    expect(headerButton('2008').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');

    const csv = compare.exportCsv();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(readCsv(csv).length).to.be.greaterThan(0);
    const rows = csv
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(rows).to.deep.equal(tableCells(compare));
    // The download button saves that text.
    expect(deepQuery(compare, '[part="download"]')!.textContent).to.contain('Télécharger le tableau');
  });

  it('without a metric offers those the visible clusters give; choosing one shows its table', async () => {
    const { compare } = await mount('en', {});
    const select = deepQuery<HTMLSelectElement>(compare, 'select')!;
    const options = Array.from(select.options).map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['Choose an indicator', 'Members (3 clusters)', 'Jobs (1 cluster)']);
    expect(deepQuery(compare, 'table')).to.equal(null);
    select.value = 'jobs';
    select.dispatchEvent(new Event('change'));
    await settle(compare);
    expect(compare.metric).to.equal('jobs');
    expect(tableCells(compare)[0]).to.deep.equal(['Cluster', '2009']);
    // The years narrow the columns.
    compare.metric = 'members';
    compare.from = 2010;
    await settle(compare);
    expect(tableCells(compare)[0]).to.deep.equal(['Cluster', '2010', '2010 (target)']);
  });

  it('the clusters without figures can be hidden, and the CSV follows the table', async () => {
    const { compare } = await mount('en');
    const toggle = () => deepQuery<HTMLButtonElement>(compare, 'p > button.link')!;
    expect(toggle().textContent!.trim()).to.equal('Hide the 1 cluster without figures');
    toggle().click();
    await settle(compare);
    expect(tableCells(compare).map((row) => row[0])).to.deep.equal([
      'Cluster',
      'ViaMeca',
      'Néopolia Aerospace',
      'Eco-energies Cluster',
      'Total (3 clusters)',
    ]);
    expect(compare.exportCsv()).to.not.contain('Mecaloire');
    expect(toggle().textContent!.trim()).to.equal('Show the 1 cluster without figures');
    toggle().click();
    await settle(compare);
    expect(tableCells(compare).length).to.equal(6);
  });

  it('clicking a cluster’s name selects it', async () => {
    const { data, compare } = await mount('en');
    shadowAll<HTMLButtonElement>(compare, 'tbody th button')[0]!.click();
    await settle(data);
    expect(data.snapshot.selectedClusterId).to.equal('viameca');
  });

  it('the explorer’s view="compare" shows the list and the comparison, with metric and years passed on', async () => {
    const explorer = await fixture<GrappeExplorer>(
      html`<grappe-explorer lang="en" view="compare" metric="members" from="2009" .data=${activityMapFeed()}></grappe-explorer>`,
    );
    await waitFor(
      () => {
        const inner = deepQuery<GrappeCompare>(explorer, 'grappe-compare');
        return inner && deepQuery(inner, 'table');
      },
      5000,
      'the comparison table',
    );
    const compare = deepQuery<GrappeCompare>(explorer, 'grappe-compare')!;
    expect(compare.metric).to.equal('members');
    expect(compare.from).to.equal(2009);
    expect(tableCells(compare)[0]![1]).to.equal('2009');
    expect(deepQuery(explorer, 'grappe-directory')).to.not.equal(null);
    expect(deepQuery(explorer, 'grappe-map')).to.equal(null);
  });
});
