import { expect } from '@esm-bundle/chai';
import { unzipSync, zipSync } from 'fflate';
import { waitFor } from '../support/helpers.js';

interface Probe {
  violations: string[];
  loads: number;
  errors: string[];
  /** When the page saw `<grappe-explorer>` defined (performance.now()). */
  explorerDefinedAt?: number;
}

async function openPage(query: string): Promise<{ frame: HTMLIFrameElement; probe: Probe; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '800';
  frame.src = `/__grappe/csp-page?${query}`;
  document.body.appendChild(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __probe: Probe };
  await waitFor(
    () => win.__probe && (win.__probe.loads > 0 || win.__probe.errors.length > 0),
    10000,
    'the page to load its feed',
  );
  return { frame, probe: win.__probe, doc: frame.contentDocument! };
}

/** The paths the frame's page fetched itself (a worker's fetches are in the worker's timeline). */
function fetchedPaths(frame: HTMLIFrameElement): string[] {
  const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return entries.map(({ name }) => new URL(name).pathname);
}

/** The items of the list inside the elements `hosts` lead to (none while it is not there). */
function listItems(doc: Document, ...hosts: string[]): number {
  return deep(doc, ...hosts, 'grappe-directory')?.shadowRoot?.querySelectorAll('li.item').length ?? 0;
}

/**
 * The publishing page in a frame, under the strict CSP with Trusted Types, its file input there;
 * `give` hands it files as a visitor's drop would.
 */
async function openPublisher<P>(): Promise<{
  frame: HTMLIFrameElement;
  win: Window & { __probe: Probe };
  doc: Document;
  publisher: HTMLElement & P;
  give(files: Array<{ bytes: BlobPart; name: string; type?: string }>): void;
}> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '800';
  frame.src = '/__grappe/csp-page?bundle=publisher&tt=1';
  document.body.appendChild(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & {
    __probe: Probe;
    DataTransfer: typeof DataTransfer;
    File: typeof File;
    Event: typeof Event;
  };
  const doc = frame.contentDocument!;
  await waitFor(() => win.customElements.get('grappe-publisher'), 8000, 'the element');
  const publisher = doc.querySelector('grappe-publisher') as unknown as HTMLElement & P;
  await waitFor(() => publisher.shadowRoot?.querySelector('input[type=file]'), 5000, 'the file input');
  const give = (files: Array<{ bytes: BlobPart; name: string; type?: string }>) => {
    // Files of the frame's realm, as its input takes them.
    const transfer = new win.DataTransfer();
    for (const { bytes, name, type } of files) transfer.items.add(new win.File([bytes], name, type ? { type } : {}));
    const input = publisher.shadowRoot!.querySelector('input[type=file]') as HTMLInputElement;
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  return { frame, win, doc, publisher, give };
}

function deep(doc: Document, ...selectors: string[]): Element | null {
  let scope: Element | Document | ShadowRoot | null = doc;
  for (const selector of selectors) {
    // Elements of the frame belong to another realm: no instanceof here.
    const shadow: ShadowRoot | null = (scope as Element).shadowRoot;
    scope = shadow?.querySelector(selector) ?? scope.querySelector(selector) ?? null;
    if (!scope) return null;
  }
  return scope as Element;
}

describe('strict embedding', () => {
  it('the embed bundle runs under the strict CSP with zero violations, and works', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed');
    const explorer = doc.querySelector('grappe-explorer')!;
    const map = await waitFor(
      () => {
        const found = deep(doc, 'grappe-explorer', 'grappe-map');
        return found?.shadowRoot?.querySelectorAll('.cluster-marker').length ? found : null;
      },
      8000,
      'markers',
    );
    // Every placed cluster is a marker of its own or counted in a group of clusters.
    const grouped = [...map.shadowRoot!.querySelectorAll('.seat-group')].reduce(
      (sum, group) => sum + Number(group.textContent),
      0,
    );
    expect(map.shadowRoot!.querySelectorAll('.cluster-marker').length + grouped).to.be.greaterThan(15);
    // The base map's data loads from next to the script under the same policy, and is drawn.
    await waitFor(
      () => map.shadowRoot!.querySelector('[part~=attribution]')?.textContent?.includes('Natural Earth'),
      8000,
      'the base map',
    );
    // Interaction under the policy: choose a cluster in the list, its details open.
    const item = deep(doc, 'grappe-explorer', 'grappe-directory', 'li.item .name') as HTMLButtonElement;
    item.click();
    await waitFor(() => deep(doc, 'grappe-explorer', 'grappe-cluster', '.name'), 5000, 'details');
    expect((explorer as HTMLElement & { selected: string }).selected).to.not.equal('');
    // The details came from parts/details.js beside the bundle; the comparison waits to be shown.
    expect(fetchedPaths(frame)).to.include('/dist/parts/details.js');
    expect(fetchedPaths(frame)).to.not.include('/dist/parts/compare.js');
    explorer.setAttribute('view', 'compare');
    await waitFor(() => deep(doc, 'grappe-explorer', 'grappe-compare', '#compare-title'), 5000, 'the comparison');
    expect(fetchedPaths(frame)).to.include('/dist/parts/compare.js');
    // Colours set through the CSSOM, never a style attribute.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probe.errors, probe.errors.join('\n')).to.deep.equal([]);
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('a deferred bundle requests the feed before its elements are defined, once, under the policy', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&defer=1');
    await waitFor(() => listItems(doc, 'grappe-explorer') > 0, 8000, 'the list');
    const feedRequests = (
      frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter(({ name }) => new URL(name).pathname === '/examples/clusters-france.json');
    expect(feedRequests.length, 'the reader took the request made early').to.equal(1);
    const definedAt = probe.explorerDefinedAt;
    expect(definedAt).to.be.a('number');
    expect(feedRequests[0]!.startTime).to.be.below(definedAt!);
    expect(probe.errors, probe.errors.join('\n')).to.deep.equal([]);
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('without parts/ beside the bundle, the list and the map work and the panes say what could not be loaded', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&parts=none');
    await waitFor(() => listItems(doc, 'grappe-explorer'), 8000, 'the list');
    await waitFor(
      () => deep(doc, 'grappe-explorer', 'grappe-map')?.shadowRoot?.querySelector('.cluster-marker'),
      8000,
      'the map',
    );
    (deep(doc, 'grappe-explorer', 'grappe-directory', 'li.item .name') as HTMLButtonElement).click();
    // In French: locales/fr.js may still be on its way when the message first renders (hidden).
    const french = 'Cette partie de la page n’a pas pu être chargée ; rechargez la page pour réessayer.';
    const message = await waitFor(
      () => {
        const shown = deep(doc, 'grappe-explorer', '.detail-pane .part-failed');
        return shown?.textContent === french ? shown : null;
      },
      5000,
      'the details’ message, in French',
    );
    expect(message.textContent).to.equal(french);
    doc.querySelector('grappe-explorer')!.setAttribute('view', 'compare');
    await waitFor(() => deep(doc, 'grappe-explorer', '.compare-pane .part-failed'), 5000, 'the comparison’s message');
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('the full embed, map included, runs with Trusted Types required: map, list, details, selection, zero violations', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&tt=1');
    const map = await waitFor(
      () => {
        const found = deep(doc, 'grappe-explorer', 'grappe-map');
        return found?.shadowRoot?.querySelectorAll('.cluster-marker, .seat-group').length ? found : null;
      },
      8000,
      'the map’s marks',
    );
    await waitFor(
      () => map.shadowRoot!.querySelector('[part~=attribution]')?.textContent?.includes('Natural Earth'),
      8000,
      'the base map',
    );
    const item = deep(doc, 'grappe-explorer', 'grappe-directory', 'li.item .name') as HTMLButtonElement;
    item.click();
    await waitFor(() => deep(doc, 'grappe-explorer', 'grappe-cluster', '.name'), 5000, 'details');
    const explorer = doc.querySelector('grappe-explorer') as HTMLElement & { selected: string };
    expect(explorer.selected).to.not.equal('');
    // The selected cluster stands out on the map too.
    await waitFor(() => map.shadowRoot!.querySelector('.cluster-marker.selected'), 3000, 'the selection on the map');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probe.errors, probe.errors.join('\n')).to.deep.equal([]);
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('the directory bundle runs with Trusted Types required, with zero violations', async () => {
    const { frame, probe, doc } = await openPage('bundle=directory&tt=1');
    await waitFor(() => listItems(doc, 'grappe-data'), 8000, 'the list');
    expect(deep(doc, 'grappe-data', 'grappe-cluster', '.name')!.textContent).to.equal('ViaMeca');
    // The bundle carries English only: the French texts come from locales/fr.js beside it. The
    // list may be rendered before they arrive (the feed is requested at once), hidden meanwhile.
    await waitFor(
      () => deep(doc, 'grappe-data', 'grappe-directory', 'label.search span')?.textContent === 'Rechercher un cluster',
      8000,
      'the French texts',
    );
    expect(deep(doc, 'grappe-data', 'grappe-directory')!.hasAttribute('data-texts-pending')).to.equal(false);
    // So did the vocabularies' French labels (scripts/vocabulary-labels.mjs): a kind badge.
    const badges = Array.from(
      deep(doc, 'grappe-data', 'grappe-directory')!.shadowRoot!.querySelectorAll('.badge'),
      (badge) => badge.textContent,
    );
    expect(badges).to.include('Pôle de compétitivité');
    const fetched = fetchedPaths(frame);
    expect(fetched).to.include('/dist/locales/fr.js');
    // The detail elements (the ViaMeca page above) came from parts/details.js beside the bundle.
    expect(fetched).to.include('/dist/parts/details.js');
    const search = deep(doc, 'grappe-data', 'grappe-directory', 'input[type=search]') as HTMLInputElement;
    search.value = 'lumière';
    search.dispatchEvent(new Event('input'));
    await waitFor(() => listItems(doc, 'grappe-data') === 1, 3000, 'the search');
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('a language outside the bundle loads from beside the script, under Trusted Types too', async () => {
    const { frame, probe, doc } = await openPage('bundle=directory&tt=1&lang=de');
    // German is not in the bundle: its texts arrive from locales/de.js, and the elements re-render.
    await waitFor(
      () => deep(doc, 'grappe-data', 'grappe-directory', 'label.search span')?.textContent === 'Cluster suchen',
      8000,
      'the German texts',
    );
    expect(deep(doc, 'grappe-data', 'grappe-cluster', '.name')!.textContent).to.equal('ViaMeca');
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('a large workbook is read on the page under the strict CSP: no blob: worker to unpack it', async () => {
    const { frame, win, doc, publisher, give } = await openPublisher<{ feed: { clusters: unknown[] } | null }>();
    // The chamber's workbook with 700 KB of comment in a sheet: compressed parts of over 512 KB
    // unpacked are what fflate hands to a worker it makes from a blob: URL.
    const parts = unzipSync(new Uint8Array(await (await fetch('/__grappe/fixture/chambre.xlsx')).arrayBuffer()));
    const sheet = Object.keys(parts).find((name) => /^xl\/worksheets\/.+\.xml$/.test(name))!;
    const xml = new TextDecoder().decode(parts[sheet]);
    parts[sheet] = new TextEncoder().encode(xml.replace('?>', `?><!--${' padding'.repeat(90_000)}-->`));
    give([{ bytes: zipSync(parts, { level: 9 }), name: 'chambre.xlsx' }]);
    await waitFor(() => publisher.feed, 8000, 'the feed');
    expect(publisher.feed!.clusters.length).to.be.greaterThan(0);
    expect(deep(doc, 'grappe-publisher', '.problems')?.textContent ?? '').to.not.contain('illisible');
    expect(win.__probe.violations, win.__probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('the publishing page under the strict CSP with Trusted Types: files in, problems, geocoding, preview, zero violations', async () => {
    const { frame, win, doc, publisher, give } = await openPublisher<{
      feed: { clusters: Array<{ location?: unknown }> } | null;
      geocode(): Promise<void>;
    }>();
    const files = [];
    for (const name of ['clusters.csv', 'organisations.csv', 'adhesions.csv']) {
      const bytes = await (await fetch(`/__grappe/fixture/chambre/${name}`)).arrayBuffer();
      files.push({ bytes, name, type: 'text/csv' });
    }
    give(files);
    await waitFor(() => publisher.feed, 8000, 'the feed');
    await publisher.geocode();
    expect(publisher.feed!.clusters.every((cluster) => cluster.location)).to.equal(true);
    await waitFor(() => listItems(doc, 'grappe-publisher', 'grappe-explorer') === 7, 8000, 'the preview');
    expect(deep(doc, 'grappe-publisher', '.problems')!.textContent).to.contain('figure déjà ligne 2');
    expect(win.__probe.violations, win.__probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('the feed is read on the page by the reader beside the script; the finer base map is decoded by a worker', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&tt=1');
    await waitFor(() => listItems(doc, 'grappe-explorer'), 8000, 'the list');
    // Resource timing lists a fetch in the timeline of the global that made it: the page loaded
    // the reader's file (as a module, under `script-src 'self'`) and fetched the feed itself.
    const fetched = fetchedPaths(frame);
    expect(fetched).to.include('/dist/worker/feed-worker.js');
    expect(fetched).to.include('/examples/clusters-france.json');
    // The finer base map files are fetched and decoded by a worker started from the same file:
    // the outlines of the feed's régions and départements. The page decodes only the coarse world
    // (1:110m, ~10 ms), the land it always has, even where a worker's answers are not waited for.
    await waitFor(
      () => deep(doc, 'grappe-explorer', 'grappe-map', '[part~=attribution]')?.textContent?.includes('IGN'),
      8000,
      'the French outlines',
    );
    const onPage = fetchedPaths(frame).filter((path) => path.startsWith('/dist/basemap/'));
    expect(onPage, onPage.join(' ')).to.deep.equal(['/dist/basemap/world-110m.json']);
    expect(probe.violations, probe.violations.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('where the page refuses workers, the base map too is read on the page and everything still shows', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&workers=none');
    const items = await waitFor(() => listItems(doc, 'grappe-explorer'), 8000, 'the list');
    expect(items).to.be.greaterThan(15);
    expect(probe.errors).to.deep.equal([]);
    await waitFor(
      () => deep(doc, 'grappe-explorer', 'grappe-map', '[part~=attribution]')?.textContent?.includes('Natural Earth'),
      8000,
      'the base map',
    );
    const fetched = fetchedPaths(frame);
    expect(fetched).to.include('/examples/clusters-france.json');
    expect(fetched).to.include('/dist/basemap/world-110m.json');
    // The one refusal is the policy's own, reported by the browser; nothing else is blocked.
    expect(
      probe.violations.every((violation) => violation.startsWith('worker-src')),
      probe.violations.join('\n'),
    ).to.be.true;
    frame.remove();
  });

  it('read on the page, a failure keeps its kind (the worker file’s error class is not the bundle’s)', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&workers=none&src=/__grappe/html');
    expect(probe.errors).to.deep.equal(['html']);
    await waitFor(() => deep(doc, 'grappe-explorer', 'grappe-directory', '[role=alert]'), 5000, 'the error message');
    frame.remove();
  });

  it('a broken feed under the strict CSP shows its message, still without violations', async () => {
    const { frame, probe, doc } = await openPage('bundle=embed&src=/__grappe/html');
    expect(probe.errors).to.deep.equal(['html']);
    await waitFor(() => deep(doc, 'grappe-explorer', 'grappe-directory', '[role=alert]'), 5000, 'the error message');
    expect(probe.violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('two explorers, and one inside a site’s own shadow root', () => {
  it('do not interfere', async () => {
    await import('../../components/grappe-explorer/grappe-explorer.js');
    const { sampleFeed } = await import('../support/helpers.js');
    const first = document.createElement('grappe-explorer');
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const second = document.createElement('grappe-explorer');
    shadow.appendChild(second);
    document.body.append(first, host);
    const feedA = sampleFeed();
    const feedB = sampleFeed({
      clusters: [{ id: 'solo', name: 'Solo', location: { type: 'Point', coordinates: [1, 45] } }],
      cooperations: [],
      networks: [],
      memberships: [],
    });
    (first as unknown as { data: unknown }).data = feedA;
    (second as unknown as { data: unknown }).data = feedB;
    await waitFor(
      () =>
        (first as unknown as { visibleClusters: string[] }).visibleClusters.length === 3 &&
        (second as unknown as { visibleClusters: string[] }).visibleClusters.length === 1,
      5000,
      'both loaded',
    );
    (first as unknown as { select(id: string): void }).select('viameca');
    await waitFor(() => first.getAttribute('selected') === 'viameca');
    expect(second.getAttribute('selected')).to.equal('');
    (second as unknown as { filters: unknown }).filters = { query: 'zzz', facets: {} };
    await waitFor(() => (second as unknown as { visibleClusters: string[] }).visibleClusters.length === 0);
    expect((first as unknown as { visibleClusters: string[] }).visibleClusters.length).to.equal(3);
    first.remove();
    host.remove();
  });
});
