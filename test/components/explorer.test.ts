import { expect } from '@esm-bundle/chai';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import type { GrappeMap } from '../../components/grappe-map/map.component.js';
import { EXPLORER_OPTIONS } from '../../components/grappe-explorer/explorer-options.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  feedUrl,
  oneEvent,
  sampleFeed,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';

function parts(explorer: GrappeExplorer) {
  const data = explorer.shadowRoot!.querySelector('grappe-data')!;
  return {
    data,
    directory: explorer.shadowRoot!.querySelector('grappe-directory')!,
    map: explorer.shadowRoot!.querySelector('grappe-map')!,
    cluster: explorer.shadowRoot!.querySelector('grappe-cluster')!,
    members: explorer.shadowRoot!.querySelector('grappe-members')!,
  };
}

async function loadedExplorer(feed = sampleFeed(), attributes = ''): Promise<GrappeExplorer> {
  const url = feedUrl(feed);
  const container = document.createElement('div');
  container.className = 'host';
  document.body.appendChild(container);
  const explorer = document.createElement('grappe-explorer');
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split('=') as [string, string]))
    explorer.setAttribute(name, value ?? '');
  const loaded = oneEvent(explorer, 'grappe-load');
  explorer.setAttribute('src', url);
  explorer.setAttribute('lang', explorer.getAttribute('lang') ?? 'en');
  explorer.style.setProperty('width', '1200px');
  container.appendChild(explorer);
  await loaded;
  await settle(explorer.shadowRoot!);
  cleanupList.push(container);
  return explorer;
}
const cleanupList: HTMLElement[] = [];

describe('<grappe-explorer> options', () => {
  afterEach(cleanup);

  it('forwards every option of EXPLORER_OPTIONS to its elements, as attribute and as property', async () => {
    const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
    explorer.setAttribute('lang', 'en');
    document.body.appendChild(explorer);
    await explorer.updateComplete;
    // A value per option unlike its default, chosen so that nothing reaches the network.
    const sample: Record<string, string> = {
      src: feedUrl(sampleFeed()),
      tiles: `${location.origin}/__grappe/tile/{z}/{x}/{y}.png`,
      boundaries: `${location.origin}/__grappe/echo?json=${encodeURIComponent('{"type":"FeatureCollection","features":[]}')}`,
      center: '45.5,4.8',
      routing: 'demo',
    };
    for (const option of EXPLORER_OPTIONS) {
      const text =
        option.type === 'boolean'
          ? ''
          : option.type === 'number'
            ? '7'
            : (sample[option.property] ?? `x-${option.attribute}`);
      explorer.setAttribute(option.attribute, text);
    }
    await settle(explorer.shadowRoot!);
    const missing: string[] = [];
    for (const option of EXPLORER_OPTIONS) {
      const expected =
        option.type === 'boolean' ? true : option.type === 'number' ? 7 : explorer.getAttribute(option.attribute);
      expect((explorer as unknown as Record<string, unknown>)[option.property], option.property).to.equal(expected);
      for (const target of option.targets) {
        // <grappe-compare> is there with view="compare" only: checked below.
        if (target === 'compare') continue;
        const element = explorer.shadowRoot!.querySelector(`grappe-${target}`);
        if (!element) {
          missing.push(`<grappe-${target}> for ${option.attribute}`);
          continue;
        }
        if (element.getAttribute(option.attribute) !== (option.type === 'boolean' ? '' : String(expected)))
          missing.push(`${option.attribute} → <grappe-${target}>: ${element.getAttribute(option.attribute)}`);
        if ((element as unknown as Record<string, unknown>)[option.property] !== expected)
          missing.push(`${option.property} on <grappe-${target}>`);
      }
    }
    expect(missing).to.deep.equal([]);
    explorer.view = 'compare';
    await settle(explorer.shadowRoot!);
    const compare = explorer.shadowRoot!.querySelector('grappe-compare')!;
    for (const option of EXPLORER_OPTIONS.filter((entry) => (entry.targets as readonly string[]).includes('compare')))
      expect(compare.getAttribute(option.attribute), option.attribute).to.equal(
        explorer.getAttribute(option.attribute),
      );
    explorer.view = 'both';
    await settle(explorer.shadowRoot!);
    // Removing a boolean attribute turns the option off on its element too.
    explorer.removeAttribute('hide-organisations');
    await settle(explorer.shadowRoot!);
    expect(explorer.shadowRoot!.querySelector('grappe-map')!.hasAttribute('hide-organisations')).to.equal(false);
    explorer.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('<grappe-explorer>', () => {
  afterEach(() => {
    cleanup();
    for (const container of cleanupList.splice(0)) container.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('fetches a feed and shows one marker per located cluster on a Leaflet map, next to the list', async () => {
    const explorer = await loadedExplorer();
    const { map, directory } = parts(explorer);
    const markers = await waitFor(
      () => {
        const found = shadowAll(map, '.leaflet-marker-pane .cluster-marker');
        return found.length === 3 ? found : null;
      },
      5000,
      'three cluster markers',
    );
    expect(markers.map((marker) => marker.getAttribute('aria-label')).sort()).to.deep.equal([
      'Eco-energies Cluster',
      'Néopolia Aerospace',
      'ViaMeca',
    ]);
    // Leaflet's CSS is inside the shadow root: its panes are positioned.
    const pane = map.shadowRoot!.querySelector('.leaflet-pane')!;
    expect(getComputedStyle(pane).position).to.equal('absolute');
    // No Leaflet default image icon anywhere.
    expect(map.shadowRoot!.querySelectorAll('img.leaflet-marker-icon').length).to.equal(0);
    const names = shadowAll(directory, 'li.item .name').map((button) => button.textContent!.trim());
    expect(names).to.deep.equal(['Eco-energies Cluster', 'Néopolia Aerospace', 'ViaMeca']);
  });

  it('a new feed paints its list first, then its marks in a later frame', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    cleanupList.push(container);
    const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
    explorer.setAttribute('lang', 'en');
    explorer.style.setProperty('width', '1200px');
    container.appendChild(explorer);
    await explorer.updateComplete;
    const { directory, map } = parts(explorer);
    await waitFor(() => (map as GrappeMap).leafletMap, 3000, 'the Leaflet map');
    // What each frame showed, sampled once it has painted (a task after its animation frame).
    const frames: Array<{ list: boolean; marks: boolean }> = [];
    let sampling = true;
    const sample = () =>
      setTimeout(() => {
        frames.push({
          list: shadowAll(directory, 'li.item').length > 0,
          marks: shadowAll(map, '.leaflet-marker-icon').length > 0,
        });
        if (sampling) requestAnimationFrame(sample);
      }, 0);
    requestAnimationFrame(sample);
    explorer.setAttribute('src', feedUrl(sampleFeed()));
    await waitFor(() => frames.some((frame) => frame.marks), 5000, 'the marks');
    sampling = false;
    const listFrame = frames.findIndex((frame) => frame.list);
    const marksFrame = frames.findIndex((frame) => frame.marks);
    expect(listFrame).to.be.greaterThan(-1);
    // A frame showed the list without the marks: they did not hold up its first paint.
    expect(marksFrame, JSON.stringify(frames)).to.be.greaterThan(listFrame);
  });

  it('selecting in the list opens the details and highlights the marker; clicking a marker selects in the list', async () => {
    const explorer = await loadedExplorer();
    const { map, directory, cluster } = parts(explorer);
    await waitFor(() => shadowAll(map, '.cluster-marker').length === 3);
    const selected = oneEvent<{ clusterId: string }>(explorer, 'grappe-select');
    const button = shadowAll(directory, 'li.item .name').find((element) => element.textContent!.includes('ViaMeca'))!;
    button.click();
    expect((await selected).detail.clusterId).to.equal('viameca');
    await settle(explorer.shadowRoot!);
    expect(deepQuery(cluster, '.name')!.textContent).to.equal('ViaMeca');
    const marker = shadowAll(map, '.cluster-marker').find(
      (element) => element.getAttribute('aria-label') === 'ViaMeca',
    )!;
    expect(marker.classList.contains('selected')).to.equal(true);
    expect(explorer.selected).to.equal('viameca');

    // The map went to ViaMeca; back to everything, where Néopolia is drawn again.
    (map as unknown as { fitAll(animate: boolean): void }).fitAll(false);
    const other = await waitFor(
      () =>
        shadowAll(map, '.cluster-marker').find(
          (element) => element.getAttribute('aria-label') === 'Néopolia Aerospace',
        ),
      3000,
      'Néopolia’s marker',
    );
    const next = oneEvent<{ clusterId: string }>(explorer, 'grappe-select');
    other.click();
    expect((await next).detail.clusterId).to.equal('neopolia');
    await settle(explorer.shadowRoot!);
    const current = shadowAll(directory, 'li.item.selected .name').map((element) => element.textContent!.trim());
    expect(current).to.deep.equal(['Néopolia Aerospace']);
  });

  it('filters apply to the list, the map and the counts together', async () => {
    const explorer = await loadedExplorer();
    const { map, directory } = parts(explorer);
    await waitFor(() => shadowAll(map, '.cluster-marker').length === 3);
    const filters = deepQuery(directory, 'grappe-filters')!;
    const checkbox = shadowAll<HTMLInputElement>(filters, 'input[type=checkbox]').find(
      (input) => input.dataset['dimension'] === 'kind' && input.dataset['value'] === 'pole-de-competitivite',
    )!;
    const changed = oneEvent<{ visibleClusters: string[] }>(explorer, 'grappe-filter-change');
    checkbox.click();
    expect((await changed).detail.visibleClusters).to.deep.equal(['viameca']);
    await settle(explorer.shadowRoot!);
    expect(shadowAll(directory, 'li.item').length).to.equal(1);
    expect(deepQuery(directory, '.count')!.textContent).to.contain('1 of 3 clusters');
    await waitFor(() => shadowAll(map, '.leaflet-marker-pane .cluster-marker').length === 1, 3000, 'one marker left');
    expect(explorer.visibleClusters).to.deep.equal(['viameca']);
  });

  it('keeps selection and filters in the URL hash with routing, and follows back and forward', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#cluster=eco-energies`);
    const explorer = await loadedExplorer(sampleFeed(), 'routing');
    const { cluster } = parts(explorer);
    await waitFor(
      () => deepQuery(cluster, '.name')?.textContent === 'Eco-energies Cluster',
      3000,
      'cluster from the hash',
    );
    explorer.select('viameca');
    await waitFor(() => location.hash.includes('cluster=viameca'), 3000, 'hash updated');
    explorer.filters = { query: 'meca', facets: { kind: ['pole-de-competitivite'] } };
    await waitFor(
      () => location.hash.includes('kind=pole-de-competitivite') && location.hash.includes('q=meca'),
      3000,
      'filters in hash',
    );
    history.back();
    await waitFor(() => explorer.selected === 'eco-energies', 3000, 'back to the first selection');
  });

  it('shows a localised error with a retry button when the feed cannot be loaded', async () => {
    const explorer = document.createElement('grappe-explorer');
    explorer.setAttribute('lang', 'fr');
    const failed = oneEvent<{ kind: string; reason: string; message: string }>(explorer, 'grappe-error');
    explorer.setAttribute('src', '/__grappe/status?code=404');
    const container = document.createElement('div');
    cleanupList.push(container);
    document.body.appendChild(container);
    container.appendChild(explorer);
    const event = await failed;
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.reason).to.equal('http');
    expect(event.detail.message).to.contain('404');
    await settle(explorer.shadowRoot!);
    const directory = parts(explorer).directory;
    const alert = deepQuery(directory, '[role=alert]')!;
    expect(alert.textContent).to.contain("Les clusters n'ont pas pu être affichés");
    expect(deepQuery(directory, '[part~=retry-button]')!.textContent).to.contain('Réessayer');
  });

  it('dark on a light page, keeps its texts off its edges and its scroll bars dark; light, sits flush; the padding is a custom property', async () => {
    const dark = await loadedExplorer(sampleFeed(), 'theme=dark');
    const search = () => parts(dark).directory.shadowRoot!.querySelector('input[type=search]')!;
    const inset = () => search().getBoundingClientRect().left - dark.getBoundingClientRect().left;
    expect(inset()).to.be.at.least(8);
    dark.style.setProperty('--grappe-explorer-padding', '24px');
    expect(inset()).to.be.at.least(24);
    const light = await loadedExplorer(sampleFeed(), 'theme=light');
    expect(getComputedStyle(light).paddingLeft).to.equal('0px');
    // The browser's own parts (scroll bars, fields) follow the theme, not the page.
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(getComputedStyle(light).colorScheme).to.equal('light');
  });

  it('has no axe violations when loaded and with a cluster open', async () => {
    const explorer = await loadedExplorer();
    await waitFor(() => shadowAll(parts(explorer).map, '.cluster-marker').length === 3);
    await expectAccessible(explorer);
    explorer.select('eco-energies');
    await settle(explorer.shadowRoot!);
    await expectAccessible(explorer);
  });
});
