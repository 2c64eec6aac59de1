import { expect } from '@esm-bundle/chai';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { sampleFeed, settle, shadowAll, waitFor } from '../support/helpers.js';

// The global trap: any payload that runs calls it.
let trapped = 0;
(window as unknown as Record<string, unknown>)['__grappeXssTrap'] = () => {
  trapped += 1;
};
for (const name of ['alert', 'confirm', 'prompt'] as const) {
  (window as unknown as Record<string, unknown>)[name] = () => {
    trapped += 1;
  };
}

/** Elements Grappe itself renders; anything else in a shadow root came from a payload. */
const OWN_TAGS = new Set(
  'a abbr article aside br button caption circle code dd details dialog div dl dt fieldset img figcaption figure footer g h2 h3 h4 h5 h6 header input label legend li line ol option p path rect section select small span strong summary svg table tbody td text th thead tr ul slot canvas'.split(
    ' ',
  ),
);

function walkShadowRoots(root: ParentNode, visit: (element: Element) => void): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    visit(element);
    if (element.shadowRoot) walkShadowRoots(element.shadowRoot, visit);
  }
}

const REFERENCE_KEYS = new Set(['id', 'cluster', 'organisation', 'parent']);
const REFERENCE_LIST_KEYS = new Set(['territories', 'clusters']);
// Codes of closed vocabularies: a payload there is refused by validation (tested elsewhere);
// they are injected too, to prove the refusal never renders the value.
let stringFields = 0;

/**
 * Every string of the feed becomes the payload; ids and references get the payload plus a
 * number, the same everywhere, so that references still resolve and every record is shown.
 */
function poison(feed: Record<string, unknown>, payload: string, salt: number): Record<string, unknown> {
  const ids = new Map<string, string>();
  const idFor = (id: string) => {
    // Ids may not start or end with a space: the payload sits inside.
    if (!ids.has(id)) ids.set(id, `id${salt}-${ids.size} ${payload} #`);
    return ids.get(id)!;
  };
  let count = 0;
  const walk = (value: unknown, key: string | undefined, inLanguageMap: boolean): unknown => {
    if (typeof value === 'string') {
      count += 1;
      if (key === 'format' || key === 'version') return value;
      if ((key !== undefined && REFERENCE_KEYS.has(key)) || key === '__reference') return idFor(value);
      if (key === 'type') return value; // GeoJSON types
      if (key === 'color') return value;
      return payload;
    }
    if (Array.isArray(value))
      return value.map((entry) =>
        walk(entry, key !== undefined && REFERENCE_LIST_KEYS.has(key) ? '__reference' : key, false),
      );
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [childKey, child] of Object.entries(value)) {
        // Language tags stay tags; categories keep their taxonomy and value ids.
        out[childKey] = walk(
          child,
          childKey === 'categories' ? 'categories' : inLanguageMap ? undefined : childKey,
          childKey === 'name' || childKey === 'description' || childKey === 'label',
        );
      }
      return out;
    }
    return value;
  };
  const result = walk(feed, undefined, false) as Record<string, unknown>;
  stringFields = count;
  return result;
}

function feedFor(payload: string, salt: number): Record<string, unknown> {
  const base = sampleFeed();
  (base['territories'] as Array<Record<string, unknown>>)[0]!['geometry'] = {
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
  const clusters = base['clusters'] as Array<Record<string, unknown>>;
  clusters[0]!['contact'] = { name: 'x', email: 'x', phone: 'x', url: 'x' };
  clusters[0]!['labels'] = [{ name: 'x', funder: 'x', url: 'x' }];
  clusters[0]!['board'] = [{ college: 'x', seats: 3 }];
  clusters[0]!['legalForm'] = 'x';
  clusters[0]!['shortName'] = 'x';
  clusters[0]!['indicators'] = [{ metric: 'x', label: 'x', period: 'x', value: 3, unit: 'x', source: 'x' }];
  clusters[2]!['sector'] = 'x';
  // Every field of an organisation's card, poisoned too.
  const organisations = base['organisations'] as Array<Record<string, unknown>>;
  Object.assign(organisations[1]!, {
    shortName: 'x',
    description: 'x',
    website: 'x',
    contact: { name: 'x', email: 'x', phone: 'x', url: 'x' },
    address: { street: 'x', postcode: 'x', city: 'x', region: 'x' },
    identifiers: [{ scheme: 'x', value: 'x' }],
    sites: [{ name: 'x', location: { type: 'Point', coordinates: [4.3, 45.4] }, address: { city: 'x' } }],
  });
  const poisoned = poison(base, payload, salt);
  // Categories must name declared taxonomies to be shown: keep the poisoned taxonomy's ids in sync.
  return poisoned;
}

/** @param every select every n-th cluster (1: all; the first cluster of each poisoned feed carries every kind of field) */
async function renderEveryView(explorer: GrappeExplorer, every = 1): Promise<number> {
  await explorer.updateComplete;
  const root = explorer.shadowRoot!;
  const data = root.querySelector('grappe-data')!;
  let views = 0;
  await waitFor(() => data.snapshot.status !== 'loading' && data.snapshot.status !== 'idle', 5000, 'load');
  await settle(root);
  views += 3; // list, filters, legend (and the problems panel) render with the data
  for (const id of (data.index?.clusters.map((cluster) => cluster.id) ?? []).filter(
    (_, position) => position % every === 0,
  )) {
    data.select(id);
    await settle(root);
    views += 2; // details with charts, members
  }
  // The card of the organisation that carries every field (one per feed).
  for (const organisation of (data.index?.organisations ?? []).filter((entry) => /(^|:)acme$/.test(entry.id))) {
    data.selectOrganisation(organisation.id);
    await settle(root);
    views += 1;
  }
  // Map tooltips are built as elements: open each territory's.
  const map = root.querySelector('grappe-map')!;
  map.leafletMap?.eachLayer((layer) => {
    const tooltip = (layer as { getTooltip?: () => { getContent(): unknown } | undefined }).getTooltip?.();
    if (tooltip) {
      (layer as unknown as { openTooltip(): void }).openTooltip();
      views += 1;
    }
  });
  await settle(root);
  return views;
}

function assertNothingInjected(explorer: GrappeExplorer, payload: string): void {
  expect(trapped, `a payload ran: ${JSON.stringify(payload)}`).to.equal(0);
  walkShadowRoots(explorer.shadowRoot!, (element) => {
    const tag = element.localName;
    if (!tag.startsWith('grappe-'))
      expect(OWN_TAGS.has(tag), `<${tag}> from ${JSON.stringify(payload)}`).to.equal(true);
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.startsWith('on'), `${attribute.name} on <${tag}> from ${JSON.stringify(payload)}`).to.equal(
        false,
      );
      if (
        !tag.startsWith('grappe-') &&
        (attribute.name === 'href' || attribute.name === 'src' || attribute.name === 'action')
      ) {
        expect(/^(https?:|mailto:|tel:|#)/i.test(attribute.value), `${attribute.name}=${attribute.value}`).to.equal(
          true,
        );
      }
    }
  });
}

async function naughtyStrings(): Promise<string[]> {
  const response = await fetch('/node_modules/big-list-of-naughty-strings/blns.json');
  return (await response.json()) as string[];
}

describe('injection: every payload in every string field, through every view', () => {
  it('runs no script, adds no element or attribute, and shows the text as text (team corpus)', async function () {
    this.timeout(180_000);
    let renders = 0;
    for (const [salt, payload] of XSS_PAYLOADS.entries()) {
      const explorer = document.createElement('grappe-explorer');
      explorer.setAttribute('lang', 'en');
      document.body.appendChild(explorer);
      explorer.data = feedFor(payload, salt);
      renders += await renderEveryView(explorer);
      assertNothingInjected(explorer, payload);
      // The payload is shown as text somewhere (the list's names), not dropped.
      const directory = explorer.shadowRoot!.querySelector('grappe-directory')!;
      const shown = shadowAll(directory, 'li.item .name').map((button) => button.textContent!.trim());
      if (payload.trim() !== '' && ![...payload].some((character) => character.charCodeAt(0) < 0x20)) {
        expect(
          shown.some((text) => text.includes(payload.trim().slice(0, 20))),
          `${JSON.stringify(payload)} not shown: ${JSON.stringify(shown)}`,
        ).to.equal(true);
      }
      explorer.remove();
    }
    console.log(
      `injection: ${XSS_PAYLOADS.length} team payloads × ${stringFields} string fields × ${Math.round(renders / XSS_PAYLOADS.length)} views`,
    );
  });

  it('runs no script and adds nothing with the big list of naughty strings', async function () {
    this.timeout(300_000);
    const strings = await naughtyStrings();
    // Many strings per explorer: each cluster, organisation and territory of one feed carries its own.
    const perFeed = 40;
    let renders = 0;
    for (let start = 0; start < strings.length; start += perFeed) {
      const batch = strings.slice(start, start + perFeed);
      const explorer = document.createElement('grappe-explorer');
      explorer.setAttribute('lang', 'fr');
      document.body.appendChild(explorer);
      const feeds = batch.map((payload, offset) => feedFor(payload, start + offset));
      explorer.data = {
        ...feeds[0],
        clusters: feeds.flatMap((feed) => feed['clusters'] as unknown[]),
        organisations: feeds.flatMap((feed) => feed['organisations'] as unknown[]),
        memberships: feeds.flatMap((feed) => feed['memberships'] as unknown[]),
        territories: feeds.flatMap((feed) => feed['territories'] as unknown[]),
        cooperations: feeds.flatMap((feed) => feed['cooperations'] as unknown[]),
        networks: feeds.flatMap((feed) => feed['networks'] as unknown[]),
      };
      renders += await renderEveryView(explorer, 3);
      assertNothingInjected(explorer, batch.join(' | ').slice(0, 200));
      explorer.remove();
    }
    console.log(
      `injection: ${strings.length} naughty strings × ${stringFields} string fields, ${renders} views rendered`,
    );
  });
});
