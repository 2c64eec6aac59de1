import { expect } from '@esm-bundle/chai';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-cluster/grappe-cluster.js';
import '../../components/grappe-members/grappe-members.js';
import { html } from 'lit';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  fixture,
  oneEvent,
  sampleFeed,
  servedUrl,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';
import { mountDetails } from '../support/details.js';

const mount = mountDetails;

describe('<grappe-cluster>', () => {
  afterEach(cleanup);

  it('shows the cluster: name, badges, description in the reader’s language, territories, life-cycle stage', async () => {
    const { cluster } = await mount('en', 'eco-energies');
    expect(deepQuery(cluster, 'h2 .name')!.textContent).to.equal('Eco-energies Cluster');
    const badges = shadowAll(cluster, '.badge').map((badge) => badge.textContent!.trim());
    expect(badges).to.include.members(['Regional cluster', 'Eco-energy', 'Construction', 'Excellence']);
    const stage = deepQuery(cluster, '.stage-section')!;
    expect(stage.textContent).to.contain('Stage 4 of 5: Collaboration');
    expect(shadowAll(cluster, '.stage li.current').length).to.equal(1);
    expect(shadowAll(cluster, '.stage li.done').length).to.equal(3);
    expect(cluster.dataset['clusterId']).to.equal('eco-energies');
  });

  it('lists the life-cycle stages one under another in a narrow pane, side by side in a wide one, never a name cut in a word', async () => {
    const { cluster } = await mount('fr', 'eco-energies');
    const tops = () =>
      new Set(shadowAll(cluster, '.stage li').map((item) => Math.round(item.getBoundingClientRect().top)));
    const oneLineEach = () => shadowAll(cluster, '.step-label').every((label) => label.getClientRects().length === 1);
    cluster.style.width = '20rem';
    await settle(cluster);
    expect(tops().size, 'one stage a row').to.equal(5);
    // "Rassemblement" and "Collaboration" each on one line: no word broken across lines.
    expect(oneLineEach()).to.equal(true);
    cluster.style.width = '48rem';
    await settle(cluster);
    expect(tops().size, 'the stages side by side').to.equal(1);
    expect(oneLineEach()).to.equal(true);
  });

  it('heading-level sets the name’s heading and puts every section one level below it', async () => {
    const { cluster } = await mount('en', 'eco-energies');
    expect(shadowAll(cluster, '.section-title').every((title) => title.tagName === 'H3')).to.equal(true);
    cluster.setAttribute('heading-level', '4');
    await settle(cluster);
    expect(deepQuery(cluster, 'h4 .name')!.textContent).to.equal('Eco-energies Cluster');
    const sections = shadowAll(cluster, '.section-title');
    expect(sections.length).to.be.greaterThan(2);
    expect(sections.map((title) => title.tagName)).to.deep.equal(sections.map(() => 'H5'));
    expect(shadowAll(cluster, 'h2, h3').length).to.equal(0);
  });

  it('draws indicators as an SVG bar chart with its data table as text equivalent', async () => {
    const { cluster } = await mount('fr', 'eco-energies');
    const chart = deepQuery(cluster, '.indicators .chart')!;
    expect(chart.querySelector('figcaption')!.textContent).to.equal('Adhérents');
    expect(chart.querySelectorAll('rect.bar').length).to.equal(4);
    const heights = Array.from(chart.querySelectorAll('rect.bar')).map((bar) => Number(bar.getAttribute('height')));
    expect(heights).to.deep.equal([...heights].sort((a, b) => a - b));
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).to.contain('2009/10 178');
    const rows = Array.from(chart.querySelectorAll('tbody tr')).map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['2006/07 25', '2007/08 48', '2008/09 124', '2009/10 178']);
    // No style attribute anywhere: a strict CSP blocks them.
    expect(cluster.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });

  it('links only to safe addresses, and opens other sites with noopener', async () => {
    const feed = sampleFeed();
    const clusters = feed['clusters'] as Array<Record<string, unknown>>;
    clusters[0]!['contact'] = {
      email: 'contact@viameca.example',
      phone: '+33 4 77 00 00 00',
      url: 'javascript:alert(1)',
    };
    clusters[0]!['website'] = 'www.viameca.example';
    const { cluster } = await mount('en', 'viameca', feed);
    const links = shadowAll<HTMLAnchorElement>(cluster, 'a');
    const hrefs = links.map((link) => link.getAttribute('href'));
    expect(hrefs).to.include.members([
      'https://www.viameca.example/',
      'mailto:contact@viameca.example',
      'tel:+33477000000',
    ]);
    expect(hrefs.some((href) => href!.startsWith('javascript'))).to.equal(false);
    const web = links.find((link) => link.href.startsWith('https://'))!;
    expect(web.rel).to.equal('noopener noreferrer');
    expect(deepQuery(cluster, '.unsafe-link')!.textContent).to.contain('javascript:alert(1)');
  });

  it('lists cooperations and networks, and a partner link selects the partner', async () => {
    const { data, cluster } = await mount('en', 'viameca');
    expect(deepQuery(cluster, '.cooperations')!.textContent).to.contain('Surfaces');
    expect(deepQuery(cluster, '.networks')!.textContent).to.contain('Mecafuture');
    const selected = oneEvent<{ clusterId: string }>(data, 'grappe-select');
    deepQuery<HTMLButtonElement>(cluster, '.cooperations .partner')!.click();
    expect((await selected).detail.clusterId).to.equal('eco-energies');
  });

  it('closes with Escape and with its close button', async () => {
    const { data, cluster } = await mount('en', 'viameca');
    deepQuery<HTMLElement>(cluster, '.name')!.focus();
    deepQuery(cluster, 'article')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await settle(data);
    expect(data.snapshot.selectedClusterId).to.equal(null);
    data.select('viameca');
    await settle(data);
    deepQuery<HTMLButtonElement>(cluster, '[part~=close-button]')!.click();
    expect(data.snapshot.selectedClusterId).to.equal(null);
  });

  it('is accessible in both languages', async () => {
    for (const lang of ['fr', 'en']) {
      const { data } = await mount(lang, 'eco-energies');
      await expectAccessible(data);
      cleanup();
    }
  });
});

describe('<grappe-cluster>: what the feed says, shown', () => {
  afterEach(cleanup);

  const feed = () =>
    sampleFeed({
      clusters: [
        {
          id: 'viameca',
          name: 'ViaMeca',
          logo: 'https://www.viameca.fr/logo.png',
          location: { type: 'Point', coordinates: [4.387, 45.434] },
        },
        { id: 'eco-energies', name: 'Éco-énergies', logo: 'javascript:alert(1)' },
        { id: 'neopolia', name: 'Néopolia' },
      ],
      organisations: [
        { id: 'a', name: 'A', kind: 'company', size: 'micro' },
        { id: 'b', name: 'B', kind: 'company', size: 'sme' },
        { id: 'c', name: 'C', kind: 'company', size: 'sme' },
        { id: 'd', name: 'D', kind: 'company', size: 'large' },
      ],
      memberships: [
        { cluster: 'viameca', organisation: 'a', since: 2019 },
        { cluster: 'viameca', organisation: 'b', since: 2020 },
        { cluster: 'viameca', organisation: 'c', since: 2021 },
        { cluster: 'viameca', organisation: 'd', since: 2019, until: 2020 },
      ],
      cooperations: [
        {
          id: 'surfaces',
          clusters: ['viameca', 'eco-energies'],
          name: 'Surfaces',
          purposes: ['joint-bid', 'shared-platform'],
          governance: 'rotating',
          since: '2019-03',
          until: 2024,
        },
      ],
      networks: [],
    });

  it('cooperations: purposes, governance and dates; the logo, sanitised and lazy; members by size; members over time', async () => {
    const { cluster } = await mount('en', 'viameca', feed());
    const facts = deepQuery(cluster, '.cooperation-facts')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.contain('Joint bid').and.contain('March 2019 – 2024');
    expect(facts.toLowerCase()).to.contain('rotating');
    const logo = deepQuery<HTMLImageElement>(cluster, 'img.logo')!;
    expect(logo.getAttribute('src')).to.equal('https://www.viameca.fr/logo.png');
    expect(logo.getAttribute('loading')).to.equal('lazy');
    expect(logo.alt).to.equal('ViaMeca logo');
    // Members by size: the former member (large) is not counted.
    const sizeChart = shadowAll(cluster, '.members-summary figure.chart')[0]!;
    expect(sizeChart.querySelector('figcaption')!.textContent).to.equal('Members by size');
    const rows = Array.from(sizeChart.querySelectorAll('tbody tr')).map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['Micro 1', 'SME 2']);
    // No members indicator: the chart comes from the memberships' dates, up to this year.
    const overTime = shadowAll(cluster, '.indicators figure.chart')[0]!;
    const periods = Array.from(overTime.querySelectorAll('tbody th')).map((cell) => cell.textContent);
    expect(periods.slice(0, 3)).to.deep.equal(['2019', '2020', '2021']);
    const values = Array.from(overTime.querySelectorAll('tbody td')).map((cell) => Number(cell.textContent));
    expect(values.slice(0, 3)).to.deep.equal([2, 3, 3]);
  });

  it('a hostile logo URL draws no image', async () => {
    const { cluster } = await mount('en', 'eco-energies', feed());
    expect(deepQuery(cluster, 'img.logo')).to.equal(null);
  });
});

describe('<grappe-cluster>: link texts', () => {
  afterEach(cleanup);

  it('show the host: a look-alike host mixing scripts as punycode, a one-script IDN as written, no bidi control', async () => {
    const feed = sampleFeed({
      clusters: [
        {
          id: 'viameca',
          name: 'ViaMeca',
          website: 'https://www.viаmeca.fr/actualites/une-tres-longue-adresse-qui-ressemble-a-autre-chose',
          contact: { url: 'https://région.example.fr/contact', email: 'contact@viameca.fr' },
        },
        { id: 'other', name: 'Other', website: 'https://example.org/\u202Egnp.exe' },
      ],
      memberships: [],
      cooperations: [],
      networks: [],
    });
    const { cluster, data } = await mount('en', 'viameca', feed);
    const texts = shadowAll<HTMLAnchorElement>(cluster, 'a').map((link) => link.textContent!.trim());
    // "viаmeca" has a Cyrillic "а": shown as the punycode the browser will really visit.
    const punycode = new URL('https://www.viаmeca.fr/').host;
    expect(punycode).to.match(/^www\.xn--/);
    expect(texts).to.include(punycode);
    expect(texts).to.include('région.example.fr');
    data.select('other');
    await settle(data);
    const other = shadowAll<HTMLAnchorElement>(cluster, 'a').map((link) => link.textContent!.trim());
    expect(other).to.include('example.org');
    expect(other.join('')).to.not.match(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('<grappe-cluster>: dates and labels as a French reader writes them', () => {
  afterEach(cleanup);

  it('a founding day in words, a space before each colon', async () => {
    const feed = sampleFeed({
      clusters: [
        {
          id: 'viameca',
          name: 'ViaMeca',
          founded: '2005-09-01',
          legalForm: 'Association',
          website: 'https://www.viameca.fr/',
        },
      ],
      memberships: [],
      cooperations: [],
      networks: [],
    });
    const { cluster } = await mount('fr', 'viameca', feed);
    const text = cluster.shadowRoot!.textContent!.replace(/[ \t\n]+/g, ' ');
    expect(text).to.contain('Créé le 1 septembre 2005');
    expect(text).to.not.contain('2005-09-01');
    expect(text).to.contain('Forme juridique\u00a0: Association');
    expect(text).to.contain('Site web\u00a0: www.viameca.fr');
  });
});

describe('<grappe-cluster>: several feeds', () => {
  afterEach(cleanup);

  const regionA = sampleFeed({
    publisher: { id: 'region-a', name: 'Région A' },
    clusters: [
      { id: 'alpha', name: 'Alpha', logo: 'img/logo.png', website: '/about', contact: { url: 'contact.html' } },
    ],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const regionB = sampleFeed({
    publisher: { id: 'region-b', name: 'Région B' },
    clusters: [{ id: 'beta', name: 'Beta' }],
    organisations: [],
    memberships: [],
    cooperations: [{ id: 'link', name: 'Alpha–Beta', clusters: ['beta', 'region-a:alpha'] }],
    networks: [{ id: 'club', name: 'Club B', clusters: ['beta', 'region-a:alpha'] }],
  });

  async function mountTwo(lang: string) {
    const sources = [servedUrl(regionA), servedUrl(regionB)];
    const data = await fixture<GrappeData>(
      html`<grappe-data lang=${lang} src=${sources.join(' ')}><grappe-cluster></grappe-cluster></grappe-data>`,
    );
    await waitFor(() => data.snapshot.status === 'ready', 10000);
    return { data, cluster: data.querySelector('grappe-cluster')!, sources };
  }

  it('say on whose word a cooperation or network stands on another publisher’s cluster, and not on its own', async () => {
    const { data, cluster } = await mountTwo('fr');
    data.select('region-a:alpha');
    await settle(data);
    const declared = shadowAll(cluster, '.declared-by').map((node) => node.textContent!.trim());
    expect(declared).to.deep.equal(['déclaré par Région B', 'déclaré par Région B']);
    data.select('region-b:beta');
    await settle(data);
    expect(shadowAll(cluster, '.cooperations li').length).to.equal(1);
    expect(shadowAll(cluster, '.declared-by')).to.have.length(0);
  });

  it('resolve relative links and the logo against the feed’s own URL, as validation did', async () => {
    const { data, cluster, sources } = await mountTwo('en');
    expect(data.snapshot.problems.filter((problem) => problem.code === 'unsafe-url')).to.deep.equal([]);
    data.select('region-a:alpha');
    await settle(data);
    const feedAddress = new URL(sources[0]!, location.href);
    expect(deepQuery(cluster, 'img.logo')!.getAttribute('src')).to.equal(new URL('img/logo.png', feedAddress).href);
    const hrefs = shadowAll<HTMLAnchorElement>(cluster, 'a').map((link) => link.getAttribute('href'));
    expect(hrefs).to.include(new URL('/about', feedAddress).href);
    expect(hrefs).to.include(new URL('contact.html', feedAddress).href);
  });
});

describe('<grappe-cluster>: long series', () => {
  afterEach(cleanup);

  it('a chart of 100 periods draws the latest 40 and says so; its table holds all 100', async () => {
    const feed = sampleFeed({
      clusters: [
        {
          id: 'long',
          name: 'Long',
          indicators: Array.from({ length: 100 }, (_, i) => ({ metric: 'jobs', year: 1927 + i, value: i })),
        },
      ],
      memberships: [],
      cooperations: [],
      networks: [],
    });
    const { cluster } = await mount('en', 'long', feed);
    expect(shadowAll(cluster, 'figure.chart rect.bar')).to.have.length(40);
    expect(shadowAll(cluster, 'figure.chart tbody tr')).to.have.length(100);
    expect(deepQuery(cluster, 'figure.chart figcaption')!.textContent).to.contain('the latest 40 of 100');
    const periods = shadowAll(cluster, 'figure.chart text.period').map((node) => node.textContent);
    expect(periods[0]).to.equal('1987');
    expect(periods.at(-1)).to.equal('2026');
  });
});

describe('<grappe-cluster>: what the cluster does (feed 1.1)', () => {
  afterEach(cleanup);

  const feed = () =>
    sampleFeed({
      version: '1.1',
      clusters: [
        {
          id: 'nekoe',
          name: 'Nekoé',
          sector: 'services',
          markets: ['tourism', 'retail'],
          technologies: ['design'],
          targetZones: ['fr-52'],
          membership: {
            open: true,
            who: 'Entreprises de services',
            fee: '150 € par an',
            howTo: 'https://nekoe.example/adherer',
          },
          projects: [
            {
              id: 'p1',
              name: 'Innovation par les services',
              partners: ['viameca', 'acme'],
              start: 2010,
              end: 2012,
              funding: [{ funder: 'Région Centre', amount: 50000, currency: 'EUR' }],
            },
          ],
          events: [
            { id: 'old', name: 'Rencontres 2010', start: '2010-05-12' },
            { id: 'next', name: 'Rencontres 2099', start: '2099-05-12', place: { address: { city: 'Orléans' } } },
            { id: 'later', name: 'Forum 2100', start: '2100-01-20' },
          ],
        },
        { id: 'viameca', name: 'ViaMeca', markets: ['tourism'], technologies: ['machining'], territories: ['fr-84'] },
        { id: 'loire', name: 'Loire Services', sector: 'services', territories: ['fr-52'] },
      ],
      organisations: [{ id: 'acme', name: 'Acme' }],
      memberships: [],
      cooperations: [],
      networks: [{ id: 'mecafuture', name: 'Mecafuture', clusters: ['nekoe'], members: ['acme'] }],
    });

  it('shows who may join with a "join" link, projects with their partners and funding, events upcoming first, past ones folded', async () => {
    const { cluster, data } = await mount('fr', 'nekoe', feed());
    const joining = deepQuery(cluster, '.joining')!;
    expect(joining.textContent).to.contain('Ouvert à de nouveaux membres.');
    expect(joining.textContent).to.contain('150 € par an');
    const join = deepQuery<HTMLAnchorElement>(cluster, 'a.join')!;
    expect(join.textContent!.trim()).to.equal('Rejoindre Nekoé');
    expect(join.href).to.equal('https://nekoe.example/adherer');
    const project = deepQuery(cluster, '.projects li.project')!;
    expect(project.textContent).to.contain('Innovation par les services');
    expect(project.textContent).to.match(/50\s000\s€/);
    const partners = [...project.querySelectorAll('button.partner')].map((button) => button.textContent!.trim());
    expect(partners).to.deep.equal(['ViaMeca', 'Acme']);
    const upcoming = shadowAll(cluster, '.events ul.upcoming li').map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(upcoming[0]).to.contain('Rencontres 2099');
    expect(upcoming[0]).to.contain('Orléans');
    expect(upcoming[1]).to.contain('Forum 2100');
    const past = deepQuery<HTMLDetailsElement>(cluster, '.events details.past')!;
    expect(past.open).to.equal(false);
    expect(past.querySelector('summary')!.textContent).to.contain('1 événement passé');
    // The organisation member of a network is named there.
    expect(deepQuery(cluster, '.networks')!.textContent).to.contain('Acme');
    // A project partner that is a cluster opens it.
    (project.querySelector('button.partner') as HTMLButtonElement).click();
    await settle(data);
    expect(data.snapshot.selectedClusterId).to.equal('viameca');
  });

  it('lists possible partners with their reasons in words, and partnersFor gives the same ranking', async () => {
    const { cluster, data } = await mount('en', 'nekoe', feed());
    const items = shadowAll(cluster, '.possible-partners ol > li');
    expect(items.map((item) => item.querySelector('button.partner')!.textContent!.trim())).to.deep.equal([
      'ViaMeca',
      'Loire Services',
    ]);
    const reasons = [...items[0]!.querySelectorAll('.reasons li')].map((item) => item.textContent!.trim());
    expect(reasons).to.deep.equal([
      'shared markets: tourism',
      'complementary: same market, other technologies (machining)',
    ]);
    const loire = [...items[1]!.querySelectorAll('.reasons li')].map((item) => item.textContent!.trim());
    expect(loire).to.include('in a target zone: Pays de la Loire');
    expect(data.partnersFor('nekoe').map((candidate) => candidate.clusterId)).to.deep.equal(['viameca', 'loire']);
    await expectAccessible(cluster);
  });
});
