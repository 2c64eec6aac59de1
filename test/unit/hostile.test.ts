import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed } from '../../src/validate/validate-feed.js';
import { feedBaseUrl, sanitiseEmail, sanitiseUrl } from '../../src/text/sanitise-url.js';
import { mergeFeedsWithPrefixes } from '../../src/load/merge-feeds.js';
import { FeedIndex } from '../../src/model/feed-index.js';
import { sampleFeed } from '../../stories/fixtures.js';
import { describeProblem } from '../../src/i18n/index.js';

/**
 * Runs a hostile input. Its time is not asserted here (speed belongs to the benchmark:
 * `node bench/hostile.mjs` times these inputs against a limit): a freeze shows as a test that
 * does not end within the suite's timeout, a stack overflow as its error.
 */
function run<T>(work: () => T): { value: T } {
  return { value: work() };
}

test('a cooperation repeating its clusters 1,500 times keeps each once, with a warning', () => {
  const clusters = Array.from({ length: 3000 }, (_, at) => (at % 2 === 0 ? 'viameca' : 'eco-energies'));
  const { value: result } = run(() => validateFeed(sampleFeed({ cooperations: [{ id: 'c', clusters }] })));
  assert.deepEqual(result.feed!.cooperations![0]!.clusters, ['viameca', 'eco-energies']);
  assert.ok(result.problems.some((problem) => problem.code === 'duplicate-reference'));
});

test('the e-mail and URL checks read 200,000 dots and give the right answer (their time: bench/hostile.mjs)', () => {
  const hostile = `a@${'.'.repeat(200_000)} x`;
  run(() => {
    sanitiseEmail(hostile);
    sanitiseUrl(hostile);
    sanitiseUrl(`${'a.'.repeat(100_000)}!`);
  });
  assert.equal(sanitiseEmail(hostile), null);
  assert.equal(sanitiseEmail('contact@viameca.fr')?.href, 'mailto:contact@viameca.fr');
});

test('texts over their field’s maximum are cut with a warning; the record stays', () => {
  const organisation = {
    id: 'big',
    name: 'N'.repeat(1_000_000),
    description: 'd'.repeat(30_000),
    website: `https://example.org/${'p'.repeat(5000)}`,
  };
  const feed = sampleFeed({ organisations: [organisation], memberships: [] });
  const { value: result } = run(() => validateFeed(feed));
  const kept = result.feed!.organisations![0]!;
  assert.equal((kept.name as string).length, 500);
  assert.equal((kept.description as string).length, 20_000);
  assert.ok((kept.website ?? '').length <= 2048);
  const truncated = result.problems
    .filter((problem) => problem.code === 'text-truncated')
    .map((problem) => problem.path.join('.'));
  assert.deepEqual(truncated.slice(0, 2), ['organisations.0.name', 'organisations.0.description']);
  // The page's own object is not changed.
  assert.equal(organisation.name.length, 1_000_000);
});

test('a lone surrogate is repaired (U+FFFD) with a warning; the record stays and nothing throws', () => {
  const result = validateFeed(
    sampleFeed({
      clusters: [
        { id: 'a', name: 'Bad \udc00 name', contact: { email: 'x\ud800@example.org' } },
        { id: 'b', name: { fr: 'Pôle \ud83d', en: 'Fine 😀' } },
      ],
      memberships: [],
      cooperations: [],
      networks: [],
    }),
  );
  const [a, b] = result.feed!.clusters;
  assert.equal(a!.name, 'Bad \ufffd name');
  assert.deepEqual(b!.name, { fr: 'Pôle \ufffd', en: 'Fine 😀' });
  const repaired = result.problems
    .filter((problem) => problem.code === 'text-repaired')
    .map((problem) => problem.path.join('.'));
  assert.deepEqual(repaired, ['clusters.0.name', 'clusters.0.contact.email', 'clusters.1.name.fr']);
  assert.doesNotThrow(() => encodeURI(a!.name as string));
});

test('mailto links keep the address only: no bcc, subject or body from a feed', () => {
  assert.equal(
    sanitiseUrl('mailto:contact@viameca.fr?bcc=all@spam.example&subject=Hi&body=x')?.href,
    'mailto:contact@viameca.fr',
  );
  assert.equal(sanitiseEmail('mailto:contact@viameca.fr?cc=x@y.z')?.href, 'mailto:contact@viameca.fr');
  // A lone surrogate never makes the sanitiser throw.
  assert.equal(sanitiseEmail('x\ud800@example.org'), null);
  assert.doesNotThrow(() => sanitiseUrl('https://example.org/\udc00'));
});

test('CSV export neutralises formulas behind spaces, NUL, no-break and zero-width spaces, and full-width ＝', async () => {
  const { csvRecords, writeCsv } = await import('../../src/csv/csv.js');
  const hostile = [
    ' =HYPERLINK("x")',
    '\0=1+1',
    '\u00a0=1+1',
    '\u200b=1+1',
    '＝1+1',
    '\t-1',
    '=SUM(A1)',
    '+33 4 77 00 00 00',
    '-12,5',
  ];
  const text = writeCsv([hostile.map((_, at) => `c${at}`), hostile]);
  // Read back by Grappe (the import): the values come back as they were.
  assert.deepEqual(Object.values(csvRecords(text)[0]!), hostile);
  // As a spreadsheet reads the file: every formula-like cell starts with a quote.
  const raw = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)[1]!
    .split(';')
    .map((cell) => cell.replace(/^"|"$/g, ''));
  assert.deepEqual(
    raw.map((cell) => cell.startsWith("'")),
    [true, true, true, true, true, true, true, false, false],
  );
});

test('the documented text limits', async () => {
  const { TEXT_LIMITS, DEFAULT_MAX } = await import('../../src/validate/text-limits.js');
  assert.equal(TEXT_LIMITS['email'], 254);
  assert.equal(TEXT_LIMITS['website'], 2048);
  assert.equal(TEXT_LIMITS['name'], 500);
  assert.equal(TEXT_LIMITS['description'], 20_000);
  assert.equal(DEFAULT_MAX, 2000);
});

test('a taxonomy 10,000 levels deep: flattened below 8 levels with warnings, in well under a second; a cycle does not loop', () => {
  const values = Array.from({ length: 10_000 }, (_, at) =>
    at === 0 ? { id: 'v0', label: 'V0' } : { id: `v${at}`, label: `V${at}`, parent: `v${at - 1}` },
  );
  values.push(
    { id: 'loop-a', label: 'A', parent: 'loop-b' },
    { id: 'loop-b', label: 'B', parent: 'loop-a' },
    { id: 'self', label: 'S', parent: 'self' },
  );
  const { value: result } = run(() =>
    validateFeed(
      sampleFeed({
        taxonomies: [{ id: 'deep', label: 'Deep', values }],
        clusters: [{ id: 'a', name: 'A', categories: { deep: ['v9999', 'loop-a', 'self'] } }],
        memberships: [],
        cooperations: [],
        networks: [],
      }),
    ),
  );
  const kept = result.feed!.taxonomies![0]!.values;
  assert.equal(kept.length, 10_003);
  assert.equal(kept[7]!.parent, 'v6');
  assert.equal(kept[8]!.parent, undefined);
  assert.ok(result.problems.some((problem) => problem.code === 'taxonomy-too-deep'));
});

test('a chain of 20,000 parent territories is cut at eight levels, said, and indexes in a few steps', () => {
  const territories = Array.from({ length: 20_000 }, (_, at) =>
    at === 0 ? { id: 't0', name: 'T0' } : { id: `t${at}`, name: `T${at}`, parent: `t${at - 1}` },
  );
  const references = Array.from({ length: 2_000 }, (_, at) => `t${19_999 - at}`);
  const result = validateFeed(
    sampleFeed({
      territories,
      clusters: [{ id: 'a', name: 'A', territories: references }],
      memberships: [],
      cooperations: [],
      networks: [],
    }),
  );
  const kept = result.feed!.territories!;
  assert.equal(kept.length, 20_000, 'every territory is kept');
  assert.equal(kept[7]!.parent, 't6');
  assert.equal(kept[8]!.parent, undefined, 'the ninth level loses its parent');
  const cut = result.problems.filter((problem) => problem.code === 'territory-too-deep');
  assert.ok(cut.length > 0 && cut.every((problem) => problem.severity === 'warning'));
  assert.match(describeProblem(cut[0]!, 'fr'), /^Le territoire « t8 » est à plus de 8 niveaux/);
  // The cluster is in its 2,000 territories and their few ancestors, not in 20,000 walked 2,000 times.
  const index = new FeedIndex(result.feed!);
  const territory = index.dimensions.find((dimension) => dimension.id === 'territory')!;
  const values = territory.valuesOfCluster[0]!;
  assert.ok(values.length >= 2_000 && values.length <= 2_000 * 8, `${values.length} territories`);
});

test('relative URLs resolve against the feed’s URL the same way in validation and rendering', () => {
  const base = 'https://region.example.fr/feeds/clusters.json';
  // A logo or a members file is a file beside the feed; a page name too; a bare domain stays a site.
  assert.equal(sanitiseUrl('logo.png', base, { resource: true })?.href, 'https://region.example.fr/feeds/logo.png');
  assert.equal(sanitiseUrl('memo.json', base, { resource: true })?.href, 'https://region.example.fr/feeds/memo.json');
  assert.equal(sanitiseUrl('contact.html', base)?.href, 'https://region.example.fr/feeds/contact.html');
  assert.equal(sanitiseUrl('/about', base)?.href, 'https://region.example.fr/about');
  assert.equal(sanitiseUrl('www.viameca.fr', base)?.href, 'https://www.viameca.fr/');
  assert.equal(sanitiseUrl('javascript:alert(1)', base, { resource: true }), null);
  // Without a web base, a relative reference cannot be resolved: refused, by both.
  assert.equal(sanitiseUrl('/about'), null);
  assert.equal(feedBaseUrl('file.json'), undefined);
  assert.equal(feedBaseUrl(base), base);
  const feed = sampleFeed({
    clusters: [{ id: 'a', name: 'A', logo: 'logo.png', website: '/about', membersHref: 'members/a.json' }],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const unsafe = (source?: string) =>
    validateFeed(structuredClone(feed), source ? { source } : {}).problems.filter(
      (problem) => problem.code === 'unsafe-url',
    ).length;
  assert.equal(unsafe(base), 0);
  assert.equal(unsafe(), 2, 'without a web base, /about and members/a.json cannot be resolved');
});

test('a cooperation or network from another feed says whose word it is; a record’s links resolve against its feed', () => {
  const feedA = validateFeed(
    sampleFeed({
      publisher: { id: 'a', name: 'Région A' },
      clusters: [{ id: 'alpha', name: 'Alpha' }],
      memberships: [],
      cooperations: [],
      networks: [],
    }),
  ).feed!;
  const feedB = validateFeed(
    sampleFeed({
      publisher: { id: 'b', name: 'Région B' },
      clusters: [{ id: 'beta', name: 'Beta' }],
      memberships: [],
      cooperations: [{ id: 'link', clusters: ['beta', 'a:alpha'] }],
      networks: [],
    }),
  ).feed!;
  const { feed, origins } = mergeFeedsWithPrefixes([
    { feed: feedA, source: 'https://a.example/feed.json' },
    { feed: feedB, source: 'https://b.example/data/feed.json' },
  ]);
  const index = new FeedIndex(feed, new Date(), origins);
  assert.equal(index.declaredElsewhere('b:link', 'a:alpha'), 'Région B');
  assert.equal(index.declaredElsewhere('b:link', 'b:beta'), null);
  assert.equal(index.baseUrlOf('b:beta'), 'https://b.example/data/feed.json');
  assert.equal(index.baseUrlOf('a:alpha'), 'https://a.example/feed.json');
  const single = new FeedIndex(feedA, new Date(), [
    { prefix: '', publisherName: 'Région A', source: 'https://a.example/x.json' },
  ]);
  assert.equal(single.declaredElsewhere('anything', 'alpha'), null);
  assert.equal(single.baseUrlOf('alpha'), 'https://a.example/x.json');
});

test('lists: a reference repeated 100,000 times is kept once; a list past its maximum is cut with a warning; coordinates are never cut', () => {
  const ring = Array.from({ length: 3000 }, (_, i) => [2 + Math.cos(i / 477) / 10, 45 + Math.sin(i / 477) / 10]);
  ring.push(ring[0]!);
  const feed = sampleFeed({
    territories: [{ id: 't', name: 'T', kind: 'region', geometry: { type: 'Polygon', coordinates: [ring] } }],
    clusters: [
      {
        id: 'a',
        name: 'A',
        territories: Array.from({ length: 100_000 }, () => 't'),
        sector: ['aeronautics', 'aeronautics', 'automotive'],
        indicators: Array.from({ length: 200_000 }, (_, i) => ({ metric: 'jobs', year: 1 + (i % 3000), value: i })),
      },
    ],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const result = validateFeed(feed);
  const cluster = result.feed!.clusters[0]!;
  assert.deepEqual(cluster.territories, ['t']);
  assert.deepEqual(cluster.sector, ['aeronautics', 'automotive']);
  assert.equal(cluster.indicators!.length, 1000);
  const codes = (code: string) => result.problems.filter((problem) => problem.code === code);
  assert.deepEqual(
    codes('list-truncated').map((problem) => [problem.path.join('.'), problem.params]),
    [
      ['clusters.0.territories', { length: 100_000, max: 5000 }],
      ['clusters.0.indicators', { length: 200_000, max: 1000 }],
    ],
  );
  // Repeats are reported, each code's first 200 in detail and the rest counted in one line.
  assert.equal(codes('duplicate-reference').length, 200);
  assert.equal(result.problems.length < 300, true);
  const geometry = result.feed!.territories![0]!.geometry as { coordinates: number[][][] };
  assert.equal(geometry.coordinates[0]!.length, 3001);
});
