import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-organisation/grappe-organisation.js';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  feedUrl,
  fixture,
  sampleFeed,
  organisationFeed,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';

describe('<grappe-organisation>', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the card: name, kind, size, description, sector, address, links, identifiers, sites, clusters', async () => {
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="fr" .data=${organisationFeed()} selected-organisation="acme"><grappe-organisation></grappe-organisation></grappe-data>`,
    );
    await waitFor(() => data.snapshot.status === 'ready');
    const card = data.querySelector('grappe-organisation')!;
    await waitFor(() => deepQuery(card, '.name'), 3000, 'the card');
    await settle(data);
    expect(deepQuery(card, 'h2 .name')!.textContent).to.equal('Acmé Mécanique');
    const badges = shadowAll(card, '.badge').map((badge) => badge.textContent!.trim());
    expect(badges[0]).to.equal('Entreprise');
    expect(badges[1]).to.match(/^PME/);
    const facts = deepQuery(card, '.facts')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.contain('3 rue de la Forge').and.contain('42000 Saint-Étienne').and.contain('Mécanique');
    // The country is named in the reader's language, not by its code.
    expect(facts).to.contain('Saint-ÉtienneFrance').and.not.contain('FR');
    const links = shadowAll<HTMLAnchorElement>(card, 'a');
    expect(links.map((link) => link.getAttribute('href'))).to.include.members([
      'https://acme.example.fr/',
      'mailto:contact@acme.example.fr',
      'https://annuaire-entreprises.data.gouv.fr/entreprise/732829320',
    ]);
    expect(deepQuery(card, '.sites')!.textContent).to.contain('Atelier de Firminy');
    // Its clusters, current first; the former membership says so, with its dates.
    const clusters = shadowAll(card, '.clusters li').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(clusters[0]).to.contain('ViaMeca').and.contain('depuis 2010');
    expect(clusters[1]).to.contain('Éco-énergies').and.contain('2005 – 2012').and.contain('ancien membre');
    // A cluster link selects that cluster.
    shadowAll<HTMLButtonElement>(card, '.clusters button')[1]!.click();
    await waitFor(() => data.snapshot.selectedClusterId === 'eco-energies', 2000, 'the cluster');
    await expectAccessible(card);
  });

  it('identifiers: an unknown scheme is text, never a link; a bad SIRET never reaches the card; a hostile website is no link', async () => {
    const feed = organisationFeed();
    const organisation = (feed['organisations'] as Array<Record<string, unknown>>).find(
      (entry) => entry['id'] === 'acme',
    )!;
    organisation['identifiers'] = [
      { scheme: 'FR-SIRET', value: '12345678901234' },
      { scheme: 'DE-HRB', value: 'HRB 12345' },
    ];
    organisation['website'] = 'javascript:alert(1)';
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="en" .data=${feed}><grappe-organisation organisation-id="acme"></grappe-organisation></grappe-data>`,
    );
    await waitFor(() => data.snapshot.status === 'ready');
    const card = data.querySelector('grappe-organisation')!;
    await waitFor(() => deepQuery(card, '.identifiers'), 3000, 'identifiers');
    const identifiers = deepQuery(card, '.identifiers')!.textContent!;
    expect(identifiers).to.contain('HRB 12345').and.not.contain('12345678901234');
    expect(shadowAll(card, '.identifiers a').length).to.equal(0);
    expect(shadowAll<HTMLAnchorElement>(card, 'a').some((link) => link.href.startsWith('javascript'))).to.equal(false);
    expect(data.snapshot.problems.some((problem) => problem.code === 'invalid-check-digit')).to.equal(true);
  });
});

describe('the organisation card in the explorer', () => {
  let explorer: GrappeExplorer | undefined;
  afterEach(() => {
    explorer?.remove();
    explorer = undefined;
    history.replaceState(null, '', location.pathname + location.search);
  });

  async function mount(attributes: Record<string, string> = {}): Promise<GrappeExplorer> {
    const element = document.createElement('grappe-explorer') as GrappeExplorer;
    element.setAttribute('lang', 'en');
    element.style.width = '1200px';
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.appendChild(element);
    element.setAttribute('src', feedUrl(organisationFeed()));
    await waitFor(() => element.index !== null, 5000, 'loaded');
    await settle(element.shadowRoot!);
    return element;
  }

  const card = (element: GrappeExplorer) => element.shadowRoot!.querySelector('grappe-organisation')!;

  it('opens from the selected-organisation attribute', async () => {
    explorer = await mount({ 'selected-organisation': 'acme' });
    await waitFor(() => deepQuery(card(explorer!), '.name')?.textContent === 'Acmé Mécanique', 3000, 'the card');
  });

  it('opens from #organisation= with a bare id in a merged view, and from a member in a list, focus on it and Escape back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#organisation=acme`);
    const element = document.createElement('grappe-explorer') as GrappeExplorer;
    element.setAttribute('lang', 'en');
    element.setAttribute('routing', '');
    element.style.width = '1200px';
    explorer = element;
    document.body.appendChild(element);
    // Two feeds: ids become "test:acme" and "other:…"; the bare id is unambiguous.
    const other = sampleFeed({
      publisher: { id: 'other', name: 'Other' },
      clusters: [{ id: 'solo', name: 'Solo' }],
      organisations: [],
      memberships: [],
      cooperations: [],
      networks: [],
    });
    element.setAttribute('src', `${feedUrl(organisationFeed())} ${feedUrl(other)}`);
    await waitFor(
      () => deepQuery(card(element), '.name')?.textContent === 'Acmé Mécanique',
      5000,
      'the card from the hash',
    );
    // Close it, then open it from the members list: focus goes to the card, Escape brings it back.
    element.selectOrganisation(null);
    await waitFor(() => !deepQuery(card(element), '.name'), 2000, 'closed');
    const members = element.shadowRoot!.querySelector('grappe-members')!;
    await waitFor(() => shadowAll(members, 'button.organisation').length > 0, 3000, 'members');
    const button = shadowAll<HTMLButtonElement>(members, 'button.organisation').find((candidate) =>
      candidate.textContent!.includes('Acmé'),
    )!;
    button.focus();
    button.click();
    await waitFor(() => card(element).shadowRoot!.activeElement?.classList.contains('name'), 3000, 'focus on the card');
    card(element).shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await waitFor(() => members.shadowRoot!.activeElement === button, 3000, 'focus back on the member');
    expect(deepQuery(card(element), '.name')).to.equal(null);
  });

  it('opens from the map: a click on an organisation’s point', async () => {
    explorer = await mount({ 'hide-cooperations': '' });
    const map = explorer.shadowRoot!.querySelector('grappe-map')!;
    // Once the map has drawn the feed (its first view fits the data, after the list's paint).
    await waitFor(() => map.drawnMarks().length > 0, 5000, 'the map drawn');
    const leaflet = map.leafletMap!;
    // Close on Acme's workshop, alone on the map at this zoom: a dot of its own.
    leaflet.setView([45.45, 4.4], 16, { animate: false });
    const centre = leaflet.getSize().divideBy(2);
    // Marks' boxes are given by their centres, in the map's pixels.
    const dot = await waitFor(
      () =>
        map
          .drawnMarks()
          .find((mark) => mark.kind === 'organisation' && Math.hypot(mark.x - centre.x, mark.y - centre.y) < 20),
      3000,
      'Acme’s dot in the middle',
    );
    const containerPoint = { x: dot.x, y: dot.y };
    leaflet.fire('click', {
      containerPoint,
      latlng: leaflet.containerPointToLatLng([containerPoint.x, containerPoint.y]),
    });
    await waitFor(() => deepQuery(card(explorer!), '.name')?.textContent === 'Acmé Mécanique', 3000, 'the card');
  });
});
