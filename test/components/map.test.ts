import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-map/grappe-map.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import type { GrappeMap } from '../../components/grappe-map/map.component.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  fixture,
  sampleFeed,
  servedUrl,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

async function mount(feed: unknown = sampleFeed(), attributes = '') {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang="en" .data=${feed}><grappe-map></grappe-map></grappe-data>`,
  );
  const map = data.querySelector('grappe-map') as GrappeMap;
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const at = pair.indexOf('=');
    map.setAttribute(at < 0 ? pair : pair.slice(0, at), at < 0 ? '' : pair.slice(at + 1));
  }
  await waitFor(() => data.snapshot.status === 'ready');
  await settle(data);
  await waitFor(() => map.leafletMap, 3000, 'the Leaflet map');
  return { data, map };
}

describe('<grappe-map>', () => {
  afterEach(cleanup);

  it('draws territories from inline geometry, cooperation links, and fits the data', async () => {
    const feed = sampleFeed();
    (feed['territories'] as Array<Record<string, unknown>>)[0]!['geometry'] = {
      type: 'Polygon',
      coordinates: [
        [
          [2, 44],
          [7, 44],
          [7, 47],
          [2, 47],
          [2, 44],
        ],
      ],
    };
    const { map } = await mount(feed);
    await waitFor(() => shadowAll(map, 'path.territory').length === 1, 3000, 'a territory');
    expect(shadowAll(map, 'path.cooperation-link').length).to.equal(1);
    const bounds = map.leafletMap!.getBounds();
    expect(bounds.contains([45.434, 4.387])).to.equal(true);
    expect(bounds.contains([47.273, -2.214])).to.equal(true);
  });

  it('shows a selected member with the outlines around it, and never stays on an empty view after a filter', async () => {
    const { data, map } = await mount();
    const leaflet = map.leafletMap!;
    // Without tiles, a member is shown at zoom 10: its département's outlines stay in view.
    data.selectOrganisation('acme');
    await waitFor(() => leaflet.getZoom() === 10, 3000, 'the member in view');
    expect(leaflet.getBounds().contains([45.45, 4.4])).to.equal(true);
    data.selectOrganisation(null);
    // Zoomed on ViaMeca, the visitor keeps only the « Cluster » kind (Neopolia, in Nantes): the
    // view moves to it rather than showing an empty stretch around Saint-Étienne.
    data.select('viameca');
    await settle(data);
    leaflet.setView([45.434, 4.387], 11, { animate: false });
    expect(leaflet.getBounds().contains([47.273, -2.214])).to.equal(false);
    data.filters = { facets: { kind: ['cluster'] } };
    await waitFor(() => leaflet.getBounds().contains([47.273, -2.214]), 3000, 'the cluster found in view');
    // A filter that leaves a cluster in view does not move the map.
    const centre = leaflet.getCenter();
    data.filters = { facets: { kind: ['cluster', 'pole-de-competitivite'] } };
    await settle(data);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(leaflet.getCenter().equals(centre)).to.equal(true);
  });

  it('groups 20,000 organisations by zoom on canvas: a few dozen focusable groups, not a DOM marker each', async () => {
    const { map, data } = await mount(
      generateFeed({ clusters: 40, organisations: 20_000, seed: 5 }),
      'hide-cooperations',
    );
    await waitFor(() => shadowAll(map, '.organisation-group').length > 0, 5000, 'groups');
    const groups = shadowAll(map, '.organisation-group');
    expect(groups.length).to.be.below(300);
    // Counts are compact, in the reader's language (`1.2K` in English).
    const total = groups.reduce(
      (sum, group) =>
        sum + (/K$/i.test(group.textContent!) ? parseFloat(group.textContent!) * 1000 : Number(group.textContent)),
      0,
    );
    expect(total).to.be.greaterThan(1000);
    expect(groups[0]!.getAttribute('aria-label')).to.match(/^Group of [\d,]+ organisations: zoom in$/);
    expect(groups[0]!.getAttribute('tabindex')).to.equal('0');
    expect(shadowAll(map, '.leaflet-marker-icon').length).to.be.below(400);
    // Organisations' groups are square, clusters round: told apart by shape, not only colour.
    expect(getComputedStyle(groups[0]!).borderRadius).to.equal('8px');
    expect(data.index!.organisations.length).to.equal(20_000);
  });

  it('a cooperation line is a named button: Enter on it opens the first cluster’s details', async () => {
    const { data, map } = await mount();
    const line = await waitFor(
      () => deepQuery<SVGPathElement & HTMLElement>(map, 'path.cooperation-link'),
      3000,
      'the line',
    );
    expect(line.getAttribute('role')).to.equal('button');
    expect(line.getAttribute('aria-label')).to.equal('Cooperation between ViaMeca and Eco-energies Cluster');
    expect(line.getAttribute('tabindex')).to.equal('0');
    line.focus();
    line.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitFor(() => data.snapshot.selectedClusterId === 'viameca', 2000, 'the cluster opened');
  });

  it('colours clusters by the chosen dimension, through the CSSOM (no style attribute from the feed)', async () => {
    const feed = sampleFeed();
    (feed['taxonomies'] as Array<Record<string, unknown>>)[0]!['values'] = [
      { id: 'excellence', label: 'Excellence', color: '#123456' },
      { id: 'grappes', label: 'Grappes', color: '#abcdef' },
    ];
    const { map } = await mount(feed, 'color-by=programme');
    const marker = await waitFor(() =>
      shadowAll(map, '.cluster-marker').find(
        (element) => element.getAttribute('aria-label') === 'Eco-energies Cluster',
      ),
    );
    expect(getComputedStyle(marker.querySelector('.dot')!).backgroundColor).to.equal('rgb(18, 52, 86)');
  });

  it('does not trap the page’s scrolling: the wheel zooms only with Ctrl, and says so', async () => {
    const { map } = await mount();
    const container = deepQuery<HTMLElement>(map, '.map')!;
    const zoom = map.leafletMap!.getZoom();
    const plain = new WheelEvent('wheel', {
      deltaY: -100,
      bubbles: true,
      cancelable: true,
      clientX: 100,
      clientY: 100,
    });
    container.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    await settle(map.shadowRoot!);
    expect(deepQuery(map, '[part~=hint]')!.textContent).to.contain('Ctrl');
    const withCtrl = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      clientX: 100,
      clientY: 100,
    });
    container.dispatchEvent(withCtrl);
    expect(withCtrl.defaultPrevented).to.equal(true);
    await waitFor(() => map.leafletMap!.getZoom() > zoom, 3000, 'zoomed in');
  });

  it('groups cluster seats by zoom past 300 clusters; a grouped cluster, once selected, stands alone', async () => {
    const { map, data } = await mount(generateFeed({ clusters: 800, organisations: 0, seed: 11 }), 'hide-cooperations');
    const groups = await waitFor(
      () => {
        const found = shadowAll(map, '.seat-group');
        return found.length > 0 ? found : null;
      },
      5000,
      'seat groups',
    );
    expect(groups[0]!.getAttribute('aria-label')).to.match(/^Group of [\d,]+ clusters: zoom in$/);
    expect(shadowAll(map, '.cluster-marker').length + groups.length).to.be.below(300);
    const zoom = map.leafletMap!.getZoom();
    groups[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitFor(() => map.leafletMap!.getZoom() > zoom, 3000, 'zoomed into the group');
    const grouped = data.visibleClusters.find(
      (id) =>
        !shadowAll(map, '.cluster-marker').some(
          (marker) => marker.getAttribute('aria-label') === data.index!.cluster(id)!.name,
        ),
    );
    data.select(grouped!);
    await waitFor(
      () => shadowAll(map, '.cluster-marker.selected').length === 1,
      5000,
      'the selected cluster drawn on its own',
    );
  });

  it('a filter change moves and renumbers the groups’ markers instead of remaking them', async () => {
    const { map, data } = await mount(
      generateFeed({ clusters: 40, organisations: 20_000, seed: 5 }),
      'hide-cooperations',
    );
    await waitFor(() => shadowAll(map, '.organisation-group').length > 0, 5000, 'groups');
    const before = new Set(shadowAll(map, '.organisation-group'));
    const countsBefore = shadowAll(map, '.organisation-group')
      .map((group) => group.textContent)
      .join();
    const kind = data.index!.dimensionById.get('kind')!.values[0]!.id;
    data.filters = { facets: { kind: [kind] } };
    await waitFor(
      () =>
        shadowAll(map, '.organisation-group')
          .map((group) => group.textContent)
          .join() !== countsBefore,
      3000,
      'new counts',
    );
    const after = shadowAll(map, '.organisation-group');
    // The markers of the last pass are taken again: the same elements, moved and renumbered.
    expect(after.filter((group) => before.has(group)).length).to.be.greaterThan(after.length / 2);
    // Each says its own count, in its text and in its name, and none is left over from before.
    for (const group of after) {
      const count = group.textContent!.trim();
      expect(group.getAttribute('aria-label')).to.contain(count.endsWith('K') ? 'organisations' : count);
      expect(group.isConnected).to.equal(true);
    }
    const drawn = map.drawnMarks().filter((mark) => mark.kind === 'organisation-group');
    expect(shadowAll(map, '.leaflet-marker-icon.organisation-group').length).to.equal(drawn.length);
    // A kept marker takes the size of the group it now shows.
    const widths = (values: number[]) => values.sort((a, b) => a - b).join();
    expect(widths(after.map((group) => group.getBoundingClientRect().width))).to.equal(
      widths(drawn.map((mark) => mark.width)),
    );
    // A pan keeps each group on its own marker: a marker focused from the keyboard stays on its
    // group, with its name and its action.
    // (Groups well inside the view: at its edges, a pan changes which points a cell counts.)
    const view = map.leafletMap!.getContainer().getBoundingClientRect();
    const inner = after.filter((group) => {
      const box = group.getBoundingClientRect();
      return (
        box.left > view.left + 160 &&
        box.right < view.right - 160 &&
        box.top > view.top + 160 &&
        box.bottom < view.bottom - 160
      );
    });
    expect(inner.length).to.be.greaterThan(0);
    const named = new Map(inner.map((group) => [group, group.getAttribute('aria-label')]));
    const focused = inner[0]!;
    focused.focus();
    map.leafletMap!.panBy([40, 20], { animate: false });
    await waitFor(() => map.drawnMarks().some((mark) => mark.kind === 'organisation-group'), 3000, 'the redraw');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(focused.isConnected).to.equal(true);
    expect(map.shadowRoot!.activeElement).to.equal(focused);
    for (const [group, label] of named) {
      expect(group.isConnected).to.equal(true);
      expect(group.getAttribute('aria-label')).to.equal(label);
    }
  });

  it('joins a boundaries file to territories by a configurable key, and colours a choropleth', async () => {
    const square = (x: number, y: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 2, y],
          [x + 2, y + 2],
          [x, y + 2],
          [x, y],
        ],
      ],
    });
    const boundaries = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '84' }, geometry: square(3, 44) },
        { type: 'Feature', properties: { code: '52' }, geometry: square(-2, 46) },
        { type: 'Feature', properties: { code: '99' }, geometry: square(10, 40) },
      ],
    };
    const feed = sampleFeed();
    const territories = feed['territories'] as Array<Record<string, unknown>>;
    territories[0]!['code'] = { scheme: 'INSEE-REG', value: '84', vintage: 2016 };
    territories[2]!['code'] = { scheme: 'INSEE-REG', value: '52', vintage: 2016 };
    const { map } = await mount(feed, `boundaries=${servedUrl(boundaries)} boundaries-key=code choropleth`);
    await waitFor(() => shadowAll(map, 'path.territory:not(.empty)').length === 2, 5000, 'two joined territories');
    // fr-84 holds two clusters, fr-52 one: the darker class for the first.
    const fills = shadowAll(map, 'path.territory:not(.empty)').map((path) => path.getAttribute('fill'));
    expect(new Set(fills).size).to.equal(2);
    // The rest of the level (France's other eleven régions, built in) is drawn for context.
    await waitFor(() => shadowAll(map, 'path.territory.context').length === 11, 5000, 'the other régions');
  });

  it('a filter change remakes only the shapes and lines it changes: the others keep their SVG paths', async () => {
    const feed = sampleFeed();
    const territories = feed['territories'] as Array<Record<string, unknown>>;
    territories[0]!['code'] = { scheme: 'INSEE-REG', value: '84', vintage: 2016 };
    territories[2]!['code'] = { scheme: 'INSEE-REG', value: '52', vintage: 2016 };
    const { map, data } = await mount(feed, 'choropleth');
    await waitFor(() => shadowAll(map, 'path.territory.context').length > 0, 5000, 'the régions');
    const counted = () => shadowAll(map, 'path.territory:not(.empty)');
    const contextBefore = new Set(shadowAll(map, 'path.territory.context'));
    const countedBefore = counted();
    const fillsBefore = countedBefore.map((path) => path.getAttribute('fill')).join();
    const line = shadowAll(map, 'path.cooperation-link')[0]!;
    // One kind of cluster only: some régions lose their clusters, the context around them stays.
    data.filters = { facets: { kind: ['cluster'] } };
    await waitFor(
      () =>
        counted()
          .map((path) => path.getAttribute('fill'))
          .join() !== fillsBefore,
      3000,
      'new colours',
    );
    const contextAfter = shadowAll(map, 'path.territory.context');
    // Régions that were context before and still are: the very same elements, not remade.
    const keptContext = contextAfter.filter((path) => contextBefore.has(path));
    expect(keptContext.length).to.be.greaterThan(0);
    expect(keptContext.length).to.equal(contextAfter.filter((path) => !countedBefore.includes(path)).length);
    // So are the counted ones: recoloured and renamed where they stand. One that lost its
    // clusters is drawn as empty, and its tooltip counts what is left.
    const emptied = countedBefore.filter((path) => path.classList.contains('empty'));
    expect(emptied.length + counted().filter((path) => countedBefore.includes(path)).length).to.equal(
      countedBefore.length,
    );
    for (const path of countedBefore) expect(path.isConnected).to.equal(true);
    if (emptied.length > 0) {
      const box = emptied[0]!.getBoundingClientRect();
      emptied[0]!.dispatchEvent(
        new MouseEvent('mouseover', {
          bubbles: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
        }),
      );
      await waitFor(() => deepQuery(map, '.leaflet-tooltip')?.textContent?.includes('0 clusters'), 3000, 'the tooltip');
    }
    // Every path on the map is connected and drawn once (no stale shape left behind).
    expect(shadowAll(map, 'path.territory').every((path) => path.isConnected)).to.equal(true);
    // Back to no filter: the colours of the start again.
    data.filters = { facets: {} };
    await waitFor(
      () =>
        counted()
          .map((path) => path.getAttribute('fill'))
          .join() === fillsBefore,
      3000,
      'colours',
    );
    // A cooperation between clusters that stayed in view kept its line, name and all.
    if (line.isConnected) expect(line.getAttribute('aria-label')).to.match(/^Cooperation between /);
  });

  it('joins real boundaries (French regions, keyed by INSEE code) when ../shared/data is there', async function () {
    const response = await fetch('/__grappe/shared/france/regions-version-simplifiee.geojson');
    if (!response.ok) this.skip(); // an outside clone has no shared data
    const feed = sampleFeed();
    const territories = feed['territories'] as Array<Record<string, unknown>>;
    territories[0]!['code'] = { scheme: 'INSEE-REG', value: '84', vintage: 2016 };
    territories[2]!['code'] = { scheme: 'INSEE-REG', value: '52', vintage: 2016 };
    const { map } = await mount(
      feed,
      'boundaries=/__grappe/shared/france/regions-version-simplifiee.geojson boundaries-key=code',
    );
    await waitFor(
      () => shadowAll(map, 'path.territory').length === 2,
      8000,
      'Auvergne-Rhône-Alpes and Pays de la Loire',
    );
  });

  it('shows tiles from a URL template with their attribution as text; none by default', async () => {
    const { map } = await mount();
    expect(shadowAll(map, 'img.leaflet-tile').length).to.equal(0);
    map.setAttribute('tiles', `${location.origin}/__grappe/tile/{z}/{x}/{y}.png`);
    map.setAttribute('tiles-attribution', '<b>© Tiles</b> contributors');
    await waitFor(() => shadowAll(map, 'img.leaflet-tile').length > 0, 5000, 'tiles');
    expect(shadowAll<HTMLImageElement>(map, 'img.leaflet-tile')[0]!.src).to.match(
      /\/__grappe\/tile\/\d+\/\d+\/\d+\.png$/,
    );
    const attribution = deepQuery(map, '[part~=attribution]')!;
    // The tiles' attribution as text, then the built-in base map's sources (loaded once the page
    // is idle), which stay under the tiles.
    await waitFor(() => attribution.textContent!.includes('Natural Earth'), 5000, 'the base map');
    expect(attribution.textContent).to.match(/^<b>© Tiles<\/b> contributors · Natural Earth/);
    expect(attribution.querySelector('b')).to.equal(null);
  });

  it('resizes with its container', async () => {
    const { map } = await mount();
    map.style.setProperty('width', '400px');
    await waitFor(() => map.leafletMap!.getSize().x === 400, 3000, 'Leaflet to follow the new width');
    map.style.setProperty('width', '700px');
    await waitFor(() => map.leafletMap!.getSize().x === 700, 3000, 'and again');
  });

  it('is accessible: named region, named markers and controls', async () => {
    const { map } = await mount();
    await waitFor(() => shadowAll(map, '.cluster-marker').length === 3);
    await expectAccessible(map);
  });

  it('is a named region, said a map in its language, before Leaflet has drawn it (a map with no size yet)', async () => {
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="fr" .data=${sampleFeed()}><div hidden><grappe-map></grappe-map></div></grappe-data>`,
    );
    const map = data.querySelector('grappe-map') as GrappeMap;
    await map.updateComplete;
    const area = map.shadowRoot!.querySelector('.map')!;
    expect(map.leafletMap, 'no Leaflet map in a hidden container').to.equal(undefined);
    expect(area.getAttribute('role')).to.equal('region');
    expect(area.getAttribute('aria-roledescription')).to.equal('Carte');
    expect(area.getAttribute('aria-label')).to.equal('Carte des clusters');
  });
});
