import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-map/grappe-map.js';
import '../../components/grappe-legend/grappe-legend.js';
import '../../components/grappe-cluster/grappe-cluster.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import type { GrappeMap } from '../../components/grappe-map/map.component.js';
import { cleanup, deepQuery, fixture, settle, shadowAll, waitFor } from '../support/helpers.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { DEFAULT_SIZES } from '../../src/geo/placement.js';

const frames = (count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

async function mount(feed: unknown, attributes: Record<string, string> = {}, extra = false) {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang="en" .data=${feed}><grappe-map></grappe-map>${extra ? html`<grappe-legend></grappe-legend><grappe-cluster></grappe-cluster>` : ''}</grappe-data>`,
  );
  const map = data.querySelector('grappe-map') as GrappeMap;
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  await waitFor(() => data.snapshot.status === 'ready', 10000, 'the feed');
  await settle(data);
  await waitFor(() => map.leafletMap, 3000, 'the Leaflet map');
  return { data, map };
}

const publisher = { id: 'p', name: 'P' };

/** A région and a country that have built-in outlines, and a cluster in each. */
const bretagne = { id: 'reg-53', name: 'Bretagne', code: { scheme: 'INSEE-REG', value: '53' } };
const deutschland = { id: 'de', name: 'Deutschland', code: { scheme: 'ISO-3166-1', value: 'DE' } };
const breton = { id: 'breizh', name: 'Breton cluster', territories: ['reg-53'] };
const german = { id: 'german', name: 'German cluster', territories: ['de'] };

/** A feed of clusters placed only by their territories. */
const feedOf = (territories: unknown[], clusters: unknown[]) => ({
  format: 'grappe-feed',
  version: '1.0',
  publisher,
  territories,
  clusters,
});

/** The colours at given places of the map, from a screenshot of the page. */
async function coloursAt(map: GrappeMap, places: Array<[number, number]>): Promise<Array<[number, number, number]>> {
  const box = deepQuery(map, '.map')!.getBoundingClientRect();
  const points = places.map(([lat, lon]) => {
    const point = map.leafletMap!.latLngToContainerPoint([lat, lon]);
    return [box.left + point.x, box.top + point.y];
  });
  return (await executeServerCommand('grappe-pixels', { width: window.innerWidth, points })) as Array<
    [number, number, number]
  >;
}

const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/**
 * The colours once the map has finished drawing: two screenshots a few frames apart that agree.
 * (Under a loaded machine the finer base map may still be arriving when the first is taken.)
 */
async function settledColoursAt(map: GrappeMap, places: Array<[number, number]>) {
  let colours = await coloursAt(map, places);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await frames(5);
    const again = await coloursAt(map, places);
    if (again.every((colour, at) => distance(colour, colours[at]!) < 1)) return again;
    colours = again;
  }
  return colours;
}

/** One cluster far away (Lapland), so that no mark covers the places sampled in France. */
const farAwayFeed = {
  format: 'grappe-feed',
  version: '1.0',
  publisher,
  clusters: [{ id: 'a', name: 'Alpha', location: { type: 'Point', coordinates: [25, 66] } }],
};

/** The map 600 px high at France's scale (46,2, zoom 5), once the base map's data has arrived. */
async function showFrance(map: GrappeMap): Promise<void> {
  map.style.setProperty('--grappe-map-height', '600px');
  await waitFor(() => map.leafletMap, 5000, 'the Leaflet map');
  map.scrollIntoView();
  await waitFor(
    () => deepQuery(map, '[part~=attribution]')?.textContent?.includes('Natural Earth'),
    8000,
    'the base map data',
  );
  map.leafletMap!.invalidateSize();
  map.leafletMap!.setView([46, 2], 5);
}

describe('<grappe-map> geography', () => {
  afterEach(cleanup);

  it('shows land and sea apart, with borders, without any tile server, in light and dark (pixels of a screenshot)', async () => {
    await setViewport({ width: 1000, height: 800 });
    const { map } = await mount(farAwayFeed, { center: '46,2', zoom: '5', 'hide-organisations': '' });
    await showFrance(map);
    const land: Array<[number, number]> = [
      // Bourges, well inside a région: [46.5, 2.5] lies on the border of Centre-Val de Loire and
      // Auvergne-Rhône-Alpes, drawn at this zoom once France's outlines have arrived.
      [47.08, 2.4],
      [40.2, -3.5], // Spain
      [50.8, 10.5], // Germany
    ];
    const sea: Array<[number, number]> = [
      [45.5, -5.5], // the Bay of Biscay
      [42.2, 5.5], // the Gulf of Lion
      [53.2, 3.0], // the North Sea
    ];
    for (const theme of ['light', 'dark']) {
      map.setAttribute('theme', theme);
      await settle(map.shadowRoot!);
      await frames(3);
      const colours = await settledColoursAt(map, [...land, ...sea]);
      const landColours = colours.slice(0, land.length);
      const seaColours = colours.slice(land.length);
      // Each group is one colour, and the two are far apart.
      for (const colour of landColours)
        expect(distance(colour, landColours[0]!), `${theme} land ${colour}`).to.be.below(12);
      for (const colour of seaColours)
        expect(distance(colour, seaColours[0]!), `${theme} sea ${colour}`).to.be.below(12);
      expect(
        distance(landColours[0]!, seaColours[0]!),
        `${theme}: land ${landColours[0]} and sea ${seaColours[0]}`,
      ).to.be.above(60);
      const expected = getComputedStyle(map).getPropertyValue('--_map-sea').trim();
      expect(expected, 'the sea is the themed token').to.match(/^#/);
    }
    // A dark theme is dark: its land is darker than the light theme's.
    map.setAttribute('theme', 'light');
    await settle(map.shadowRoot!);
    await frames(3);
    const [light] = await coloursAt(map, [land[0]!]);
    map.setAttribute('theme', 'dark');
    await settle(map.shadowRoot!);
    await frames(3);
    const [dark] = await coloursAt(map, [land[0]!]);
    expect(dark![0] + dark![1] + dark![2]).to.be.below(light![0] + light![1] + light![2] - 200);
    // French régions at zoom 5 come with their attribution.
    await waitFor(
      () =>
        deepQuery(map, '[part~=attribution]')?.textContent?.includes('IGN / INSEE (Admin Express), via france-geojson'),
      8000,
      'the French outlines',
    );
  });

  it('a map laid out by hand inside <grappe-data theme="dark">, even in a site component’s shadow root, draws a dark base map and follows the theme when it changes', async () => {
    await setViewport({ width: 1000, height: 800 });
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="en" theme="dark" .data=${farAwayFeed}><div class="site-card"></div></grappe-data>`,
    );
    // The site's own component, with a shadow root of its own, holds the map.
    const map = document.createElement('grappe-map') as GrappeMap;
    for (const [name, value] of [
      ['center', '46,2'],
      ['zoom', '5'],
      ['hide-organisations', ''],
    ])
      map.setAttribute(name!, value!);
    data.querySelector('.site-card')!.attachShadow({ mode: 'open' }).append(map);
    expect(map.theme, 'the map has no theme of its own').to.equal('');
    await showFrance(map);
    const places: Array<[number, number]> = [
      [47.08, 2.4], // Bourges: land
      [45.5, -5.5], // the Bay of Biscay: sea
    ];
    const brightness = (colour: number[]) => colour[0]! + colour[1]! + colour[2]!;
    const [darkLand, darkSea] = await settledColoursAt(map, places);
    data.setAttribute('theme', 'light');
    await settle(map.shadowRoot!);
    await frames(3);
    const [lightLand, lightSea] = await settledColoursAt(map, places);
    // The dark palette's land (#3e454f) and sea (#0a1a2a), against the light one's (#f4f1e8, #a8c8e0).
    expect(brightness(darkLand!), `dark land ${darkLand}`).to.be.below(300);
    expect(brightness(darkSea!), `dark sea ${darkSea}`).to.be.below(120);
    expect(brightness(lightLand!), `light land ${lightLand}`).to.be.above(600);
    expect(brightness(lightSea!), `light sea ${lightSea}`).to.be.above(450);
  });

  it('a selected member is a dark dot ringed in yellow, as a selected cluster is, not in a cluster kind’s colour', async () => {
    const feed = {
      format: 'grappe-feed',
      version: '1.0',
      publisher,
      clusters: [{ id: 'a', name: 'Alpha', location: { type: 'Point', coordinates: [4.8, 45.7] } }],
      organisations: [{ id: 'o', name: 'Omega', location: { type: 'Point', coordinates: [2.59, 49.21] } }],
      memberships: [{ cluster: 'a', organisation: 'o' }],
    };
    await setViewport({ width: 1000, height: 800 });
    const { map, data } = await mount(feed);
    map.scrollIntoView();
    data.selectOrganisation('o');
    await waitFor(() => map.leafletMap!.getZoom() === 10, 3000, 'the member in view');
    await frames(5);
    const { x, y } = map.leafletMap!.latLngToContainerPoint([49.21, 2.59]);
    const radius = DEFAULT_SIZES.dot / 2;
    const ringAt = map.leafletMap!.containerPointToLatLng([x + radius + 3, y]);
    const [centre, ring] = await settledColoursAt(map, [
      [49.21, 2.59],
      [ringAt.lat, ringAt.lng],
    ]);
    expect(distance(centre!, [0x1b, 0x1f, 0x24]), `centre ${centre}`).to.be.below(40);
    expect(distance(ring!, [0xff, 0xd4, 0x00]), `ring ${ring}`).to.be.below(60);
  });

  it('waits for the feed being read before it asks for its files, then draws them', async () => {
    // Files already read on this page: without the wait, the land would show at once.
    const first = await mount(farAwayFeed, { center: '46,2', zoom: '5' });
    await showFrance(first.map);
    await cleanup();
    const data = await fixture<GrappeData>(
      html`<grappe-data lang="en" src="/__grappe/slow?ms=1500"><grappe-map center="46,2" zoom="5"></grappe-map></grappe-data>`,
    );
    const map = data.querySelector('grappe-map') as GrappeMap;
    await waitFor(() => map.leafletMap, 5000, 'the Leaflet map');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await frames(3);
    expect(data.snapshot.status).to.equal('loading');
    expect(deepQuery(map, '[part~=attribution]')?.textContent ?? '').not.to.include('Natural Earth');
    await waitFor(() => data.snapshot.status === 'ready', 10000, 'the feed');
    await waitFor(
      () => deepQuery(map, '[part~=attribution]')?.textContent?.includes('Natural Earth'),
      5000,
      'the base map once the feed is read',
    );
  });

  it('basemap="none" draws no base map', async () => {
    const { map } = await mount(
      { format: 'grappe-feed', version: '1.0', publisher, clusters: [] },
      { basemap: 'none' },
    );
    await frames(3);
    expect(shadowAll(map, 'canvas.base-map').length).to.equal(0);
    expect(deepQuery(map, '[part~=attribution]')).to.equal(null);
  });

  it('credits the built-in outlines it draws for territories, with or without the base map', async () => {
    const feed = feedOf([bretagne, deutschland], [breton, german]);
    const { map } = await mount(feed, { basemap: 'none', center: '48,3', zoom: '4' });
    const line = await waitFor(
      () => {
        const text = deepQuery(map, '[part~=attribution]')?.textContent ?? '';
        return text.includes('IGN / INSEE') && text.includes('Natural Earth') ? text : null;
      },
      8000,
      'the outlines’ sources in the attribution line',
    );
    expect(line).to.contain('IGN / INSEE (Admin Express), via france-geojson');
    expect(shadowAll(map, 'canvas.base-map').length, 'no base map drawn').to.equal(0);
    expect(shadowAll(map, 'path.territory').length, 'the two outlines').to.equal(2);
  });

  it('places clusters that only name an INSEE département, an INSEE région or an ISO country, named, focusable and marked approximate', async () => {
    const feed = feedOf(
      [
        { id: 'dep-2a', name: 'Corse-du-Sud', code: { scheme: 'INSEE-DEP', value: '2A' } },
        bretagne,
        deutschland,
        { id: 'nowhere', name: 'Nowhere', code: { scheme: 'LOCAL', value: 'x' } },
      ],
      [
        { id: 'corse', name: 'Corsican cluster', territories: ['dep-2a'] },
        breton,
        german,
        { id: 'lost', name: 'Lost cluster', territories: ['nowhere'] },
      ],
    );
    const { map, data } = await mount(feed, {}, true);
    // What the legend is told is not on the map, every frame until the outlines have come: never
    // the clusters whose outlines are still loading (it said "Not on the map (4)" for a second).
    const offMapSeen = new Set<string>();
    let watching = true;
    const watch = () => {
      offMapSeen.add(data.snapshot.offMapClusterIds.join(','));
      if (watching) requestAnimationFrame(watch);
    };
    watch();
    const markers = await waitFor(
      () => {
        const found = shadowAll(map, '.cluster-marker.approximate');
        return found.length === 3 ? found : null;
      },
      8000,
      'three approximate marks',
    );
    watching = false;
    expect([...offMapSeen].filter((ids) => ids !== '')).to.deep.equal(['lost']);
    const boxes = map.drawnMarks().filter((mark) => mark.kind === 'cluster');
    const where = (id: string) => {
      const mark = boxes.find((box) => box.id === id)!;
      return map.leafletMap!.containerPointToLatLng([mark.x, mark.y]);
    };
    for (const [name, id, [south, west, north, east]] of [
      ['Corsican cluster', 'corse', [41.3, 8.5, 42.4, 9.6]],
      ['Breton cluster', 'breizh', [47.2, -5.2, 48.9, -1.0]],
      ['German cluster', 'german', [47.2, 5.8, 55.1, 15.1]],
    ] as const) {
      const marker = markers.find((element) => element.getAttribute('aria-label')?.startsWith(name))!;
      expect(marker, name).to.exist;
      expect(marker.getAttribute('aria-label')).to.contain('approximate place');
      expect(marker.getAttribute('tabindex')).to.equal('0');
      const { lat, lng } = where(id);
      expect(lat, `${name} latitude`).to.be.within(south, north);
      expect(lng, `${name} longitude`).to.be.within(west, east);
    }
    // The approximate mark looks different (dashed), not only in its name.
    expect(getComputedStyle(markers[0]!.querySelector('.dot')!).borderTopStyle).to.equal('dashed');
    // The territories' outlines are no tab stops (Leaflet's tooltips made each one, nameless, a
    // stop before the first cluster): from the map, Tab reaches a cluster at once.
    const outlines = await waitFor(
      () => {
        const found = shadowAll(map, 'path.territory');
        return found.length >= 3 ? found : null;
      },
      5000,
      'the outlines',
    );
    expect(outlines.map((outline) => outline.getAttribute('tabindex'))).to.deep.equal(outlines.map(() => '-1'));
    deepQuery<HTMLElement>(map, '.map')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(map.shadowRoot!.activeElement?.classList.contains('cluster-marker'), 'Tab from the map').to.equal(true);
    // The cluster with neither a place nor an outline is named as not on the map.
    const legend = data.querySelector('grappe-legend')!;
    const offMap = await waitFor(() => deepQuery(legend, '[part~=off-map]'), 3000, 'the clusters not on the map');
    expect(offMap.querySelector('summary')!.textContent).to.equal('Not on the map (1)');
    expect(offMap.textContent).to.contain('Lost cluster');
    // Its details say the place is approximate.
    data.select('corse');
    const cluster = data.querySelector('grappe-cluster')!;
    const note = await waitFor(() => deepQuery(cluster, '.approximate-place'), 3000, 'the approximate-place note');
    expect(note.textContent).to.contain('Corse-du-Sud');
  });

  it('writes cluster names beside their marks where there is room, never over another mark', async () => {
    const feed = generateFeed({ clusters: 12, organisations: 0, seed: 3 });
    const { map } = await mount(feed, { 'hide-cooperations': '', center: '46.5,2.5', zoom: '6' });
    const labels = await waitFor(
      () => {
        const found = shadowAll(map, '.cluster-marker .label');
        return found.length > 0 ? found : null;
      },
      5000,
      'labels',
    );
    for (const label of labels) {
      const marker = label.closest('.cluster-marker')!;
      expect(marker.getAttribute('aria-label')!.startsWith(label.textContent!.replace(/…$/, ''))).to.equal(true);
      expect(label.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('a tile server that fails is announced once; the base map stays under the tiles', async () => {
    const { map } = await mount(
      { format: 'grappe-feed', version: '1.0', publisher, clusters: [] },
      { tiles: `${location.origin}/__grappe/status?code=404&tile={z}-{x}-{y}` },
    );
    const status = await waitFor(
      () => {
        const found = deepQuery(map, '.tiles-status');
        return found?.textContent?.trim() ? found : null;
      },
      8000,
      'the tiles failure',
    );
    expect(status.textContent).to.contain('could not be loaded');
    expect(shadowAll(map, '.tiles-status').length).to.equal(1);
    expect(shadowAll(map, 'canvas.base-map').length).to.equal(1);
  });
});

/** Boxes of every mark as drawn: DOM markers as the browser lays them out, canvas dots from the map. */
function renderedBoxes(
  map: GrappeMap,
): Array<{ kind: string; left: number; top: number; right: number; bottom: number }> {
  const frame = deepQuery(map, '.map')!.getBoundingClientRect();
  const boxesOf = (selector: string, kind?: string) =>
    shadowAll(map, selector).map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        kind: kind ?? element.className,
        left: rect.left - frame.left,
        top: rect.top - frame.top,
        right: rect.right - frame.left,
        bottom: rect.bottom - frame.top,
      };
    });
  const dom = boxesOf('.leaflet-marker-icon');
  const labels = boxesOf('.cluster-marker .label', 'label');
  const dots = map
    .drawnMarks()
    .filter((mark) => mark.kind === 'organisation')
    .map((mark) => ({
      kind: 'dot',
      left: mark.x - mark.width / 2,
      top: mark.y - mark.height / 2,
      right: mark.x + mark.width / 2,
      bottom: mark.y + mark.height / 2,
    }));
  // The map's buttons and attribution line: no label may go under them (marks may).
  const controls = boxesOf('.controls, .attribution', 'control');
  return [...dom, ...labels, ...dots, ...controls];
}

function overlaps(boxes: ReturnType<typeof renderedBoxes>): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j += 1) {
      const b = boxes[j]!;
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width <= 0 || height <= 0) continue;
      if ((a.kind === 'control' || b.kind === 'control') && a.kind !== 'label' && b.kind !== 'label') continue;
      const smaller = Math.min((a.right - a.left) * (a.bottom - a.top), (b.right - b.left) * (b.bottom - b.top));
      // Labels may touch nothing (a pixel of rounding aside); marks a quarter of the smaller one.
      const allowed = a.kind === 'label' || b.kind === 'label' ? (width <= 1 || height <= 1 ? Infinity : 0) : 0.25;
      if ((width * height) / smaller > allowed) found.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }
  }
  return found;
}

describe('<grappe-map> marks never pile up', () => {
  afterEach(cleanup);

  for (const [clusters, organisations] of [
    [20, 2_000],
    [300, 20_000],
    [2_000, 100_000],
  ] as const) {
    it(`${clusters.toLocaleString('en')} clusters and ${organisations.toLocaleString('en')} organisations, at zooms 3 to 12`, async function () {
      this.timeout(60000);
      const { map } = await mount(generateFeed({ clusters, organisations, seed: clusters }), {
        'hide-cooperations': '',
      });
      map.style.setProperty('--grappe-map-height', '600px');
      map.leafletMap!.invalidateSize();
      for (const zoom of [3, 5, 7, 9, 12]) {
        map.leafletMap!.setView([46.5, 2.5], zoom, { animate: false });
        await frames(3);
        await settle(map.shadowRoot!);
        const boxes = renderedBoxes(map);
        expect(boxes.length, `marks at zoom ${zoom}`).to.be.greaterThan(0);
        expect(overlaps(boxes), `overlapping marks at zoom ${zoom}`).to.deep.equal([]);
      }
    });
  }
});
