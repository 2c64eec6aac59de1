import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-directory/grappe-directory.js';
import '../../components/grappe-members/grappe-members.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import type { GrappeErrorDetail } from '../../src/events/grappe-error.js';
import type { GrappeLoadDetail } from '../../src/events/grappe-load.js';
import {
  cleanup,
  deepQuery,
  feedUrl,
  fixture,
  oneEvent,
  sampleFeed,
  servedUrl,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';

async function dataElement(
  src: string,
  attributes: Record<string, string> = {},
): Promise<{ element: GrappeData; event: Promise<CustomEvent> }> {
  const element = document.createElement('grappe-data');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const event = Promise.race([oneEvent(element, 'grappe-load', 15000), oneEvent(element, 'grappe-error', 15000)]);
  element.setAttribute('src', src);
  element.appendChild(document.createElement('grappe-directory'));
  document.body.appendChild(element);
  created.push(element);
  return { element, event };
}
const created: HTMLElement[] = [];

describe('<grappe-data>', () => {
  afterEach(() => {
    cleanup();
    for (const element of created.splice(0)) element.remove();
  });

  it('loads a feed, announces counts and problems, and shares it with the elements inside', async () => {
    const feed = sampleFeed();
    (feed['clusters'] as unknown[]).push({ id: 'broken' });
    (feed['clusters'] as unknown[]).push({
      id: 'unsafe',
      name: 'Pôle au lien douteux',
      website: 'javascript:alert(1)',
    });
    const { element, event } = await dataElement(feedUrl(feed));
    const detail = (await event).detail as GrappeLoadDetail;
    expect(detail.counts.clusters).to.equal(4);
    expect(detail.problems.some((problem) => problem.code === 'record-dropped')).to.equal(true);
    await settle(element);
    const directory = element.querySelector('grappe-directory')!;
    expect(shadowAll(directory, 'li.item').length).to.equal(4);
    // The problems are listed for the publisher, with their path, and the record's name when it has one.
    expect(deepQuery(directory, '.problems')!.textContent).to.contain('$.clusters[3].name');
    const unsafe = shadowAll(directory, '.problems li').find((item) => item.textContent!.includes('javascript:'))!;
    expect(unsafe.querySelector('.record')!.textContent).to.equal('Pôle au lien douteux');
    expect(unsafe.querySelector('.path')!.textContent).to.equal('$.clusters[4].website');
  });

  it('merges several feeds: ids namespaced by publisher, cooperations across feeds resolved', async () => {
    const france = sampleFeed();
    (france['cooperations'] as unknown[]).push({ id: 'abroad', clusters: ['viameca', 'de:inplas'], name: 'Surfaces' });
    const germany = {
      format: 'grappe-feed',
      version: '1.0',
      publisher: { id: 'de', name: 'German sample' },
      languages: ['en'],
      clusters: [{ id: 'inplas', name: 'INPLAS', location: { type: 'Point', coordinates: [10.5, 52.3] } }],
    };
    const { element, event } = await dataElement(`${feedUrl(france)} ${feedUrl(germany)}`);
    const detail = (await event).detail as GrappeLoadDetail;
    expect(detail.sources.length).to.equal(2);
    expect(element.visibleClusters).to.include.members(['test:viameca', 'de:inplas']);
    const index = element.index!;
    const viameca = index.clusterIndexById.get('test:viameca')!;
    const partners = index.cooperationsOfCluster[viameca]!.flatMap((cooperation) => cooperation.clusters);
    expect(partners).to.include('de:inplas');
    expect(index.cooperationsOfCluster[index.clusterIndexById.get('de:inplas')!]!.length).to.equal(1);
    // An unprefixed id still selects, when only one feed has it.
    element.select('inplas');
    expect(element.snapshot.selectedClusterId).to.equal('de:inplas');
  });

  it('aborts a load in flight when src changes: the first never overwrites the second', async () => {
    const element = document.createElement('grappe-data');
    created.push(element);
    const loads: GrappeLoadDetail[] = [];
    element.addEventListener('grappe-load', (event) => loads.push(event.detail));
    element.setAttribute('src', '/__grappe/slow?ms=800');
    document.body.appendChild(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = sampleFeed();
    element.setAttribute('src', feedUrl(second));
    await waitFor(() => loads.length === 1, 5000, 'the second load');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(loads.length).to.equal(1);
    expect(element.visibleClusters).to.deep.equal(['viameca', 'eco-energies', 'neopolia']);
  });

  it('takes a feed as a property', async () => {
    const element = await fixture<GrappeData>(html`<grappe-data .data=${sampleFeed()}></grappe-data>`);
    await waitFor(() => element.snapshot.status === 'ready');
    expect(element.visibleClusters.length).to.equal(3);
  });

  const failures: Array<[string, string, string, RegExp, Record<string, string>?]> = [
    ['404', '/__grappe/status?code=404', 'http', /404/],
    ['500', '/__grappe/status?code=500', 'http', /500/],
    ['an HTML page served instead of JSON', '/__grappe/html', 'html', /web page instead of a JSON feed/],
    ['truncated JSON', '/__grappe/truncated', 'parse', /not valid JSON/],
    ['a timeout', '/__grappe/slow?ms=4000', 'timeout', /did not arrive within 1 s/, { timeout: '1' }],
    ['a very slow body', '/__grappe/slow-body?ms=4000', 'timeout', /did not arrive within 1 s/, { timeout: '1' }],
    ['a connection dropped mid-body', '/__grappe/drop', 'network', /could not be reached/],
    ['the wrong format', 'data:application/json,{"format":"geojson"}', 'schema', /not a Grappe feed/],
    [
      'an unknown major version',
      `data:application/json,${encodeURIComponent(JSON.stringify({ ...sampleFeed(), version: '2.0' }))}`,
      'schema',
      /not a Grappe feed/,
    ],
  ];
  for (const [title, src, kind, message, attributes] of failures) {
    it(`reports ${title} as a ${kind} error, in the element and in an event`, async () => {
      const { element, event } = await dataElement(src, { lang: 'en', ...attributes });
      const received = await event;
      expect(received.type).to.equal('grappe-error');
      const detail = received.detail as GrappeErrorDetail;
      expect(detail.reason).to.equal(kind);
      // The public kind: network, parse or schema.
      expect(detail.kind).to.equal(
        kind === 'html' || kind === 'parse' ? 'parse' : kind === 'schema' ? 'schema' : 'network',
      );
      expect(detail.message).to.match(message);
      await settle(element);
      const alert = deepQuery(element.querySelector('grappe-directory')!, '[role=alert]')!;
      expect(alert.textContent).to.match(message);
    });
  }

  it('a feed another site refuses to share (CORS) is a network failure whose message says what its publisher must do, without a second request', async () => {
    const before = Number(await (await fetch('/__grappe/cors-refused-count')).text());
    const crossOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/__grappe/cors-refused`;
    const { event } = await dataElement(crossOrigin, { lang: 'fr' });
    const detail = (await event).detail as GrappeErrorDetail;
    expect(detail.kind).to.equal('network');
    expect(detail.reason).to.equal('network');
    expect(detail.message).to.contain('Access-Control-Allow-Origin');
    // One request only: no `no-cors` probe telling the host the visitor came by.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Number(await (await fetch('/__grappe/cors-refused-count')).text()) - before).to.equal(1);
  });

  it('retries after an error with the retry button', async () => {
    const { element, event } = await dataElement('/__grappe/status?code=503', { lang: 'en' });
    await event;
    await settle(element);
    element.setAttribute('src', '/__grappe/status?code=503');
    const retried = oneEvent(element, 'grappe-error');
    (deepQuery(element.querySelector('grappe-directory')!, '[part~=retry-button]') as HTMLButtonElement).click();
    expect(((await retried).detail as GrappeErrorDetail).reason).to.equal('http');
  });

  it('fixes filters from filter-* attributes: clusters outside are not shown, counts included', async () => {
    const { element, event } = await dataElement(feedUrl(sampleFeed()), { 'filter-territory': 'fr-84', lang: 'en' });
    await event;
    await settle(element);
    // fr-84 includes its département fr-dep-42.
    expect(element.visibleClusters).to.deep.equal(['viameca', 'eco-energies']);
    const directory = element.querySelector('grappe-directory')!;
    expect(deepQuery(directory, '.count')!.textContent).to.contain('2 clusters');
    // A page that changes its fixed filters hears it, as when the visitor filters.
    const changed = oneEvent(element, 'grappe-filter-change', 5000);
    element.setAttribute('filter-programme', 'excellence');
    await waitFor(() => element.visibleClusters.length === 1);
    expect(element.visibleClusters).to.deep.equal(['eco-energies']);
    expect(((await changed) as CustomEvent<{ visibleClusters: string[] }>).detail.visibleClusters).to.deep.equal([
      'eco-energies',
    ]);
  });

  it('selected follows the selection: set again to an earlier cluster, it selects it again; emptied, it closes it', async () => {
    const { element, event } = await dataElement(feedUrl(sampleFeed()), { selected: 'viameca', lang: 'en' });
    await event;
    await waitFor(() => element.snapshot.selectedClusterId === 'viameca');
    element.select('eco-energies');
    expect(element.selected).to.equal('eco-energies');
    element.selected = 'viameca';
    await waitFor(() => element.snapshot.selectedClusterId === 'viameca', 3000, 'viameca selected again');
    element.setAttribute('selected', 'eco-energies');
    await waitFor(() => element.snapshot.selectedClusterId === 'eco-energies', 3000, 'selected by attribute');
    element.selected = '';
    await waitFor(() => element.snapshot.selectedClusterId === null, 3000, 'the selection closed');
  });

  it('theme="dark" on <grappe-data> themes the elements inside it, which have no theme of their own', async () => {
    const { element, event } = await dataElement(feedUrl(sampleFeed()), { theme: 'dark', lang: 'en' });
    await event;
    await settle(element);
    const directory = element.querySelector('grappe-directory')!;
    const name = deepQuery(directory, 'li.item .name') ?? deepQuery(directory, 'li.item')!;
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // Light text on a dark surface, as the explorer's dark theme draws it.
    expect(luminance(getComputedStyle(name).color), 'text').to.be.above(150);
    expect(luminance(getComputedStyle(element).backgroundColor), 'surface').to.be.below(60);
    const search = deepQuery(directory, 'input[type=search]')!;
    expect(luminance(getComputedStyle(search).color), 'field text').to.be.above(150);
    // Its own theme="auto" follows the system, not the dark around it: light on a light system.
    if (!matchMedia('(prefers-color-scheme: dark)').matches) {
      directory.setAttribute('theme', 'auto');
      await settle(directory.shadowRoot!);
      expect(luminance(getComputedStyle(name).color), 'auto text on a light system').to.be.below(100);
    }
  });

  it('moved out of the page and back (as a framework does), it finishes its load and its refresh timer restarts', async () => {
    const element = document.createElement('grappe-data') as GrappeData;
    element.setAttribute('src', '/__grappe/slow?ms=400');
    document.body.appendChild(element);
    created.push(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.remove(); // the load in flight stops
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(element.snapshot.status).to.equal('loading');
    document.body.appendChild(element);
    await waitFor(() => element.snapshot.status === 'ready', 5000, 'the load made again');
    // The refresh timer: gone while out of the page, back once in it.
    const counting = document.createElement('grappe-data') as GrappeData;
    counting.setAttribute('refresh', '1');
    counting.setAttribute('src', '/__grappe/counter');
    document.body.appendChild(counting);
    created.push(counting);
    await waitFor(() => counting.snapshot.status === 'ready', 5000, 'loaded');
    counting.remove();
    const whileOut = counting.index!.clusters.length;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(counting.index!.clusters.length).to.equal(whileOut);
    document.body.appendChild(counting);
    await waitFor(() => counting.index!.clusters.length > whileOut, 4000, 'a refresh after coming back');
  });

  it('stops reading a feed over max-bytes and says so, in the reader’s language', async () => {
    const { element, event } = await dataElement('/examples/clusters-france.json', { lang: 'fr', 'max-bytes': '2000' });
    const detail = (await event).detail as GrappeErrorDetail;
    expect(detail.reason).to.equal('too-large');
    expect(detail.kind).to.equal('network');
    await settle(element);
    const alert = deepQuery(element.querySelector('grappe-directory')!, '[role=alert]')!;
    expect(alert.textContent).to.contain('la taille que cette page accepte');
    expect(alert.textContent).to.match(/dépasse 2\sko/);
  });

  it('the filters getter and event details are copies: changing them changes nothing', async () => {
    const { element, event } = await dataElement(servedUrl(sampleFeed()), { lang: 'en' });
    const loaded = (await event) as CustomEvent<{ problems: unknown[]; sources: string[] }>;
    loaded.detail.sources.push('https://evil.example/');
    loaded.detail.problems.length = 0;
    element.filters = { query: '', facets: { kind: ['cluster'] } };
    const filters = element.filters;
    filters.facets['kind']!.push('spl');
    filters.query = 'zzz';
    expect(element.filters).to.deep.equal({ query: '', facets: { kind: ['cluster'] } });
    expect(element.visibleClusters).to.deep.equal(['neopolia']);
    const change = oneEvent<{ filters: { facets: Record<string, string[]> } }>(element, 'grappe-filter-change');
    element.filters = { query: '', facets: { kind: ['spl'] } };
    (await change).detail.filters.facets['kind']!.push('cluster');
    expect(element.filters.facets['kind']).to.deep.equal(['spl']);
  });

  it('fetches a members file only from the feed’s own origin unless members-origins allows more', async () => {
    const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const feed = sampleFeed();
    (feed['clusters'] as Array<Record<string, unknown>>)[2]!['membersHref'] = `${otherOrigin}/__grappe/cors-refused`;
    const before = Number(await (await fetch('/__grappe/cors-refused-count')).text());
    const { element, event } = await dataElement(servedUrl(feed), { lang: 'en' });
    await event;
    element.select('neopolia');
    await waitFor(
      () => element.snapshot.problems.some((problem) => problem.code === 'members-origin-refused'),
      3000,
      'the refusal',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Number(await (await fetch('/__grappe/cors-refused-count')).text())).to.equal(before);
    // Allowed by the page: the request is made.
    const allowed = await dataElement(servedUrl(feed), { lang: 'en', 'members-origins': otherOrigin });
    await allowed.event;
    allowed.element.select('neopolia');
    let count = before;
    for (let attempt = 0; attempt < 30 && count === before; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      count = Number(await (await fetch('/__grappe/cors-refused-count')).text());
    }
    expect(Number(await (await fetch('/__grappe/cors-refused-count')).text())).to.be.greaterThan(before);
  });

  it('loads a cluster members file (membersHref) when the cluster is opened', async () => {
    const members = {
      format: 'grappe-feed',
      version: '1.0',
      publisher: { id: 'test', name: 'Test' },
      clusters: [{ id: 'neopolia', name: 'Néopolia Aerospace' }],
      organisations: [
        { id: 'sub1', name: 'Sous-traitant un', kind: 'company' },
        { id: 'sub2', name: 'Sous-traitant deux', kind: 'company' },
      ],
      memberships: [
        { cluster: 'neopolia', organisation: 'sub1' },
        { cluster: 'neopolia', organisation: 'sub2' },
      ],
    };
    const feed = sampleFeed();
    (feed['clusters'] as Array<Record<string, unknown>>)[2]!['membersHref'] = servedUrl(members);
    const { element, event } = await dataElement(servedUrl(feed), { lang: 'en' });
    await event;
    element.appendChild(document.createElement('grappe-members'));
    expect(element.index!.membersOf('neopolia').length).to.equal(0);
    element.select('neopolia');
    await waitFor(() => element.index!.membersOf('neopolia').length === 2, 5000, 'members loaded');
    await settle(element);
    const names = shadowAll(element.querySelector('grappe-members')!, '.organisation').map((button) =>
      button.textContent!.trim(),
    );
    expect(names).to.deep.equal(['Sous-traitant un', 'Sous-traitant deux']);
    expect(element.snapshot.selectedClusterId).to.equal('neopolia');
  });

  it('refreshes periodically, keeping the selection; a failed refresh keeps the last good data', async () => {
    const { element, event } = await dataElement('/__grappe/counter', { refresh: '1' });
    await event;
    const first = element.visibleClusters.length;
    element.select('a');
    await waitFor(() => element.visibleClusters.length > first, 4000, 'a refresh');
    expect(element.snapshot.selectedClusterId).to.equal('a');
  });

  it('a failed refresh keeps the last good data and says so', async () => {
    const { element, event } = await dataElement(`/__grappe/flaky?key=${Math.random()}`, { refresh: '1', lang: 'en' });
    await event;
    element.select('a');
    const failed = await oneEvent<GrappeErrorDetail>(element, 'grappe-error', 5000);
    expect(failed.detail.refresh).to.equal(true);
    expect(failed.detail.kind).to.equal('network');
    expect(failed.detail.reason).to.equal('http');
    expect(element.visibleClusters).to.deep.equal(['a']);
    expect(element.snapshot.selectedClusterId).to.equal('a');
    await settle(element);
    const directory = element.querySelector('grappe-directory')!;
    expect(shadowAll(directory, 'li.item').length).to.equal(1);
    expect(deepQuery(directory, '.refresh-failed')!.textContent).to.contain('could not be refreshed');
  });
});
