import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed, validateFeedAsync, validationSteps } from '../../src/validate/validate-feed.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { describeProblem, describeProblemWithPath, getTranslation, availableLanguages } from '../../src/i18n/index.js';
import { feedJsonSchema } from '../../src/schema/json-schema.js';
import { sampleFeed } from '../../stories/fixtures.js';
import { jsonTypeName } from '../../src/i18n/json-type-name.js';
import { KeptRecords } from '../../src/validate/kept-records.js';

test('lenient validation keeps the valid records and reports each bad one with its path', () => {
  const feed = sampleFeed({
    clusters: [
      { id: 'ok', name: 'Fine' },
      { id: 'ok', name: 'Duplicate' },
      { name: 'No id' },
      { id: 'far', name: 'Swapped', location: { type: 'Point', coordinates: [45.76, 4.83] } },
    ],
    memberships: [{ cluster: 'ghost', organisation: 'acme' }],
    cooperations: [],
    networks: [],
  });
  const result = validateFeed(feed);
  assert.deepEqual(
    result.feed!.clusters.map((cluster) => cluster.id),
    ['ok', 'far'],
  );
  const codes = result.problems.map((problem) => problem.code);
  for (const code of ['duplicate-id', 'dangling-reference', 'missing-field', 'coordinates-swapped'])
    assert.ok(codes.includes(code as never), `${code} in ${codes}`);
  assert.equal(result.valid, false);
  assert.equal(result.counts.clusters.total, 4);
  assert.equal(result.counts.clusters.kept, 2);
});

test('problems read as sentences in French and English, with the path', () => {
  const result = validateFeed(
    sampleFeed({
      clusters: [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'B' },
      ],
      cooperations: [],
      networks: [],
      memberships: [],
    }),
  );
  const problem = result.problems.find((candidate) => candidate.code === 'duplicate-id')!;
  assert.match(describeProblem(problem, 'fr'), /[a-zé]/);
  assert.notEqual(describeProblem(problem, 'fr'), describeProblem(problem, 'en'));
  assert.match(describeProblemWithPath(problem, 'en'), /^\$\.clusters\[1\]/);
});

test("kept records: the list itself while none is left out, a copy with the input's positions from the first one on", () => {
  const records = ['a', 'b', 'c', 'd'];
  const whole = new KeptRecords(records, [10, 11, 12, 13]);
  records.forEach((_, index) => whole.keep(index));
  assert.equal(whole.whole, true);
  assert.equal(whole.result().records, records);
  assert.deepEqual(whole.result().origins, [10, 11, 12, 13]);
  const some = new KeptRecords(records, [10, 11, 12]); // an origin missing: the record's own index
  some.keep(0);
  some.drop(1);
  some.keep(2);
  some.keep(3);
  assert.equal(some.whole, false);
  assert.equal(some.count, 3);
  assert.deepEqual(some.result(), { records: ['a', 'c', 'd'], origins: [10, 12, 3] });
  assert.deepEqual(records, ['a', 'b', 'c', 'd']);
});

test('after a record left out, later problems still name the record where the input has it', () => {
  const near = (index: number) => ({ type: 'Point' as const, coordinates: [2 + index / 100, 46 + index / 100] });
  const organisations = [
    ...Array.from({ length: 6 }, (_, index) => ({ id: `o${index}`, name: `O${index}`, location: near(index) })),
    { id: 'o1', name: 'Twice' }, // left out: the ones after it move up in the feed
    { id: 'far', name: 'Swapped', location: { type: 'Point' as const, coordinates: [46.5, 2.5] } },
  ];
  const memberships = [
    { cluster: 'ghost', organisation: 'o0' }, // left out
    { cluster: 'a', organisation: 'o2' },
    { cluster: 'a', organisation: 'nobody' }, // left out
    { cluster: 'a', organisation: 'far' },
  ];
  const result = validateFeed(
    sampleFeed({ clusters: [{ id: 'a', name: 'A' }], organisations, memberships, cooperations: [], networks: [] }),
  );
  const pathOf = (code: string) =>
    result.problems.filter((problem) => problem.code === code).map((problem) => problem.path.join('.'));
  assert.deepEqual(pathOf('duplicate-id'), ['organisations.6.id']);
  assert.deepEqual(pathOf('coordinates-swapped'), ['organisations.7.location.coordinates']);
  assert.deepEqual(pathOf('dangling-reference'), ['memberships.0.cluster', 'memberships.2.organisation']);
  assert.deepEqual(
    result.feed!.organisations!.map(({ id }) => id),
    ['o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'far'],
  );
  assert.deepEqual(
    result.feed!.memberships!.map(({ organisation }) => organisation),
    ['o2', 'far'],
  );
});

test('every locale is complete and English is the fallback', () => {
  const english = getTranslation('en');
  for (const code of availableLanguages()) {
    const translation = getTranslation(code);
    assert.equal(translation.$code, code);
    for (const key of Object.keys(english)) assert.ok(key in translation, `${code} lacks ${key}`);
  }
  assert.equal(getTranslation('pt-BR'), english);
  assert.equal(getTranslation('fr-BE').$code, 'fr');
});

test('the JSON Schema is 2020-12 and names every collection', () => {
  const schema = feedJsonSchema() as { $schema: string; properties: Record<string, unknown> };
  assert.match(schema.$schema, /2020-12/);
  for (const key of [
    'publisher',
    'clusters',
    'organisations',
    'memberships',
    'cooperations',
    'networks',
    'territories',
    'taxonomies',
  ]) {
    assert.ok(key in schema.properties, key);
  }
});

test("a value of the wrong type is said in words, in the reader's language", () => {
  const result = validateFeed(
    sampleFeed({
      clusters: [{ id: 'a', name: 'A', indicators: [{ metric: 'members', year: 2023, value: 'beaucoup' }] }],
      memberships: [],
      cooperations: [],
      networks: [],
    }),
  );
  const wrong = result.problems.find((problem) => problem.code === 'invalid-type')!;
  assert.ok(wrong, 'the indicator is refused');
  assert.match(describeProblem(wrong, 'fr'), /Attendu : un nombre ; trouvé : un texte\./);
  assert.match(describeProblem(wrong, 'en'), /Expected a number, found text\./);
  assert.equal(jsonTypeName('string | array', { string: 'text', array: 'a list' }, ' or '), 'text or a list');
});

test('an indicator with neither a year nor a period is kept, and said, since comparisons leave it out', () => {
  const feed = sampleFeed({
    clusters: [
      {
        id: 'c',
        name: 'C',
        indicators: [
          { metric: 'members', year: 2020, value: 10 },
          { metric: 'members', value: 12 },
          { metric: 'jobs', period: 'phase 2', value: 3 },
        ],
      },
    ],
  });
  const result = validateFeed(feed);
  assert.equal(result.feed!.clusters[0]!.indicators!.length, 3);
  const said = result.problems.filter((problem) => problem.code === 'indicator-without-period');
  assert.deepEqual(
    said.map((problem) => problem.path),
    [['clusters', 0, 'indicators', 1]],
  );
  // A built-in metric is named by its label in the reader's language, not by its code.
  assert.match(describeProblem(said[0]!, 'fr'), /« Adhérents » n'a ni année ni période/);
  assert.match(describeProblem(said[0]!, 'en'), /"Members" gives neither a year nor a period/);
});

test('a problem inside a record carries its name, short and on one line; a problem summing up several records does not', () => {
  const feed = sampleFeed({
    clusters: [
      { id: 'a', name: 'Pôle A', website: 'javascript:alert(1)' },
      { id: 'b', name: { fr: `Pôle\nB ${'x'.repeat(200)}`, en: 'Cluster B' }, website: 'ftp://b.example' },
    ],
  });
  const result = validateFeed(feed);
  const unsafe = result.problems.filter((problem) => problem.code === 'unsafe-url');
  assert.deepEqual(
    unsafe.map((problem) => problem.record?.slice(0, 8)),
    ['Pôle A', 'Pôle B x'],
  );
  assert.ok(unsafe[1]!.record!.length <= 80 && unsafe[1]!.record!.endsWith('…'));
  assert.match(describeProblemWithPath(unsafe[0]!, 'en'), /^\$\.clusters\[0\]\.website \(Pôle A\): /);
  const summing = result.problems.find((problem) => problem.code === 'recommended-missing')!;
  assert.equal(summing.record, undefined);
  // A name of 5 MB, of 5 MB of spaces, or reversing its direction: read in part, on one line.
  const hostile = validateFeed(
    sampleFeed({
      clusters: [
        { id: 'h', name: `H${'x'.repeat(5_000_000)}`, website: 'ftp://h.example' },
        { id: 'r', name: 'Pôle \u202etxet\u202c R', website: 'ftp://r.example' },
        { id: 's', name: ' '.repeat(5_000_000), website: 'ftp://s.example' },
        { id: 'b', name: { en: 'Cluster B', fr: 'Pôle B' }, website: 'ftp://b.example' },
      ],
    }),
  );
  // The sample feed's first language is French: a name in several languages is shown in it.
  assert.deepEqual(
    hostile.problems.filter((problem) => problem.code === 'unsafe-url').map((problem) => problem.record),
    [`H${'x'.repeat(78)}…`, 'Pôle  txet  R', undefined, 'Pôle B'],
  );
});

test('a location written {lat, lon} is said as its missing GeoJSON fields, never as a value « undefined »', () => {
  const feed = sampleFeed({ clusters: [{ id: 'c', name: 'C', location: { lat: 45.1, lon: 4.8 } }] });
  const result = validateFeed(feed);
  const said = result.problems.filter(
    (problem) => problem.severity === 'error' && problem.path.join('.').startsWith('clusters.0.location'),
  );
  assert.deepEqual(
    said.map((problem) => [problem.code, problem.path.join('.')]),
    [
      ['missing-field', 'clusters.0.location.type'],
      ['missing-field', 'clusters.0.location.coordinates'],
    ],
  );
  for (const problem of said) assert.doesNotMatch(describeProblem(problem, 'fr'), /undefined/);
});

test('coordinates swapped on every row are caught for records whose address is in France, not for others', () => {
  const swappedLyon = { type: 'Point', coordinates: [45.76, 4.83] };
  const feed = sampleFeed({
    clusters: [
      { id: 'a', name: 'A', location: swappedLyon, address: { city: 'Lyon', postcode: '69001' } },
      { id: 'b', name: 'B', location: { type: 'Point', coordinates: [45.3, 4.9] }, address: { country: 'FR' } },
      // Somewhere in East Africa, said so: left alone.
      { id: 'c', name: 'C', location: { type: 'Point', coordinates: [45.3, 2.05] }, address: { country: 'SO' } },
      // Lyon as it should be.
      { id: 'd', name: 'D', location: { type: 'Point', coordinates: [4.83, 45.76] }, address: { postcode: '69001' } },
    ],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const swapped = validateFeed(feed)
    .problems.filter((problem) => problem.code === 'coordinates-swapped')
    .map((problem) => problem.path[1]);
  assert.deepEqual(swapped, [0, 1]);
});

test('the validation steps are short: a few records read by zod, or a few thousand accepted at once, between two looks at the clock', async () => {
  const feed = generateFeed({ clusters: 600, organisations: 30_000, seed: 7 }) as Record<string, unknown>;
  const clusters = (feed['clusters'] as unknown[]).length;
  const steps = validationSteps(structuredClone(feed));
  const yielded: number[] = [];
  let result: IteratorResult<number, unknown>;
  while (!(result = steps.next()).done) yielded.push(result.value);
  // Clusters go to zod: no more than 16 of them in a step (256 in a row made steps of 30–50 ms).
  const firstPass = yielded.slice(
    0,
    yielded.findIndex((value) => value > clusters),
  );
  const inClusters = [0, ...firstPass];
  // (Steps count all collections: taxonomies and territories, zod too, come before the clusters.)
  const widest = Math.max(...inClusters.slice(1).map((value, at) => value - inClusters[at]!));
  assert.ok(widest <= 16, `${widest} clusters in one step`);
  // After the records' own pass, the checks step through the organisations again (duplicate ids,
  // URLs and identifiers, references, swapped points), each saying where it is: every pass climbs
  // past 20,000 in steps of at most 8,192 records. (Duplicate ids, references and swapped points
  // were single steps.)
  const checks = yielded.slice(yielded.findIndex((value, at) => at > 0 && value < yielded[at - 1]!));
  let climbs = 0;
  checks.forEach((value, at) => {
    const before = checks[at - 1] ?? 0;
    if (value >= 20_000 && before < 20_000 && value > before) climbs += 1;
    if (value > before) assert.ok(value - before <= 8192, `a step of ${value - before} records`);
  });
  assert.ok(climbs >= 4, `${climbs} passes over the organisations in steps`);
  // What a page shows while it waits: records checked, in all collections, never going back.
  const progress: number[] = [];
  const checked = await validateFeedAsync(structuredClone(feed), {
    sliceMilliseconds: 0.01,
    progressIntervalMs: 0,
    onProgress: (count) => progress.push(count),
  });
  assert.ok(checked.feed);
  assert.deepEqual(
    progress,
    [...progress].sort((a, b) => a - b),
  );
  assert.equal(new Set(progress).size, progress.length);
  const memberships = (feed['memberships'] as unknown[]).length;
  assert.ok(progress.at(-1)! > 30_000 + memberships / 2, `last count ${progress.at(-1)}`);
});
