import { expect } from '@esm-bundle/chai';
import { validateFeed, validateFeedAsync } from '../../src/validate/validate-feed.js';
import { formatJsonPath, type FeedProblem } from '../../src/validate/problems.js';
import { describeProblem } from '../../src/i18n/index.js';
import { sampleFeed } from '../support/helpers.js';

const NOW = new Date('2026-11-01T00:00:00Z');
const clone = <T>(value: T): T => structuredClone(value);

function find(problems: FeedProblem[], code: string, path?: string): FeedProblem | undefined {
  return problems.find(
    (problem) => problem.code === code && (path === undefined || formatJsonPath(problem.path) === path),
  );
}

// A feed being broken on purpose takes any shape: typing each mutation would hide what it breaks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type BrokenFeed = Record<string, any>;

describe('validateFeed', () => {
  it('accepts the sample feeds in the repository in strict and lenient mode', async () => {
    for (const file of ['/examples/clusters-france.json', '/examples/clusters-europe.json']) {
      const feed = await (await fetch(file)).json();
      for (const mode of ['strict', 'lenient'] as const) {
        const result = validateFeed(feed, { mode, now: NOW });
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        expect(
          errors.map((problem) => describeProblem(problem, 'en')),
          file,
        ).to.deep.equal([]);
        expect(result.valid).to.equal(true);
        expect(result.counts.clusters.kept).to.equal(feed.clusters.length);
      }
    }
  });

  it('accepts a spreadsheet-grade feed: ids, names and towns only', () => {
    const result = validateFeed(
      {
        format: 'grappe-feed',
        version: '1.0',
        publisher: { id: 'cci', name: 'CCI' },
        clusters: [{ id: 'a', name: 'Alpha', address: { city: 'Lyon' } }],
      },
      { now: NOW },
    );
    expect(result.valid).to.equal(true);
    expect(result.problems.every((problem) => problem.severity !== 'error')).to.equal(true);
    expect(find(result.problems, 'recommended-missing', '$.clusters[0].location')).to.exist;
  });

  it('keeps every valid record when some are broken, and reports each with its path', () => {
    const feed = sampleFeed();
    (feed['clusters'] as unknown[]).splice(1, 0, { id: 'broken' }, 'not an object', { name: 'No id' });
    const result = validateFeed(feed, { mode: 'lenient', now: NOW });
    expect(result.feed!.clusters.map((cluster) => cluster.id)).to.deep.equal(['viameca', 'eco-energies', 'neopolia']);
    expect(find(result.problems, 'missing-field', '$.clusters[1].name')).to.exist;
    expect(find(result.problems, 'record-dropped', '$.clusters[1]')).to.exist;
    expect(find(result.problems, 'invalid-type', '$.clusters[2]')).to.exist;
    expect(find(result.problems, 'missing-field', '$.clusters[3].id')).to.exist;
    expect(result.valid).to.equal(false);
    expect(result.counts.clusters).to.deep.equal({ total: 6, kept: 3 });
  });

  it('drops only the faulty value of an optional field, not the record', () => {
    const feed = sampleFeed();
    const cluster = (feed['clusters'] as Array<Record<string, unknown>>)[0]!;
    cluster['services'] = ['matchmaking', 'teleportation'];
    cluster['location'] = { type: 'Point', coordinates: [200, 45] };
    cluster['stage'] = 'adolescence';
    const result = validateFeed(feed, { now: NOW });
    const kept = result.feed!.clusters[0]!;
    expect(kept.id).to.equal('viameca');
    expect(kept.services).to.deep.equal(['matchmaking']);
    expect(kept.location).to.equal(undefined);
    expect(kept.stage).to.equal(undefined);
    const unknown = find(result.problems, 'unknown-code', '$.clusters[0].services[1]');
    expect(unknown?.params?.['value']).to.equal('teleportation');
    expect(find(result.problems, 'out-of-range', '$.clusters[0].location.coordinates[0]')).to.exist;
    expect(find(result.problems, 'unknown-code', '$.clusters[0].stage')).to.exist;
  });

  // One invalid feed per rule: the code and the JSON path a publisher is shown.
  const corpus: Array<[string, (feed: BrokenFeed) => void, string, string]> = [
    [
      'duplicate cluster id',
      (feed) => feed.clusters.push({ id: 'viameca', name: 'Again' }),
      'duplicate-id',
      '$.clusters[3].id',
    ],
    [
      'dangling territory',
      (feed) => (feed.clusters[0].territories = ['fr-99']),
      'dangling-reference',
      '$.clusters[0].territories[0]',
    ],
    [
      'dangling membership cluster',
      (feed) => feed.memberships.push({ cluster: 'nowhere', organisation: 'cetim' }),
      'dangling-reference',
      '$.memberships[3].cluster',
    ],
    [
      'dangling membership organisation',
      (feed) => feed.memberships.push({ cluster: 'viameca', organisation: 'ghost' }),
      'dangling-reference',
      '$.memberships[3].organisation',
    ],
    [
      'dangling cooperation partner',
      (feed) => feed.cooperations[0].clusters.push('ghost'),
      'dangling-reference',
      '$.cooperations[0].clusters[2]',
    ],
    [
      'dangling taxonomy value',
      (feed) => (feed.clusters[0].categories = { programme: 'nope' }),
      'dangling-reference',
      '$.clusters[0].categories.programme',
    ],
    [
      'undeclared taxonomy',
      (feed) => (feed.clusters[0].categories = { colour: 'red' }),
      'dangling-reference',
      '$.clusters[0].categories.colour',
    ],
    [
      'latitude out of range',
      (feed) => (feed.clusters[0].location.coordinates = [4, 95]),
      'out-of-range',
      '$.clusters[0].location.coordinates[1]',
    ],
    [
      'swapped coordinates, out of range',
      (feed) => (feed.organisations[0].location.coordinates = [45.4, 120]),
      'coordinates-swapped',
      '$.organisations[0].location.coordinates',
    ],
    [
      'swapped coordinates, in range',
      (feed) => (feed.clusters[2].location.coordinates = [47.273, -2.214]),
      'coordinates-swapped',
      '$.clusters[2].location.coordinates',
    ],
    ['updated in the future', (feed) => (feed.updated = '2030-01-01'), 'updated-in-future', '$.updated'],
    ['updated long ago', (feed) => (feed.updated = '2019-05-01'), 'updated-stale', '$.updated'],
    [
      'membership that ends before it starts',
      (feed) => Object.assign(feed.memberships[0], { since: 2012, until: '2009-06' }),
      'ends-before-start',
      '$.memberships[0].until',
    ],
    [
      'event that ends before it starts',
      (feed) => (feed.clusters[0].events = [{ id: 'e', name: 'E', start: '2026-05-03', end: '2026-05-01' }]),
      'ends-before-start',
      '$.clusters[0].events[0].end',
    ],
    [
      'cooperation that ends before it starts',
      (feed) => Object.assign(feed.cooperations[0], { since: 2015, until: 2014 }),
      'ends-before-start',
      '$.cooperations[0].until',
    ],
    [
      'wrong colour',
      (feed) => (feed.taxonomies[0].values[0].color = 'red'),
      'invalid-format',
      '$.taxonomies[0].values[0].color',
    ],
    [
      'javascript: website',
      (feed) => (feed.clusters[0].website = 'javascript:alert(1)'),
      'unsafe-url',
      '$.clusters[0].website',
    ],
    [
      'wrong SIRET check digit',
      (feed) => (feed.organisations[0].identifiers = [{ scheme: 'FR-SIRET', value: '73282932000075' }]),
      'invalid-check-digit',
      '$.organisations[0].identifiers[0].value',
    ],
    ['missing publisher', (feed) => delete feed.publisher, 'missing-field', '$.publisher'],
    ['clusters not a list', (feed) => (feed.clusters = { a: 1 }), 'not-an-array', '$.clusters'],
    ['unknown field', (feed) => (feed.clusters[0].colour = 'blue'), 'unknown-field', '$.clusters[0].colour'],
    [
      'cooperation with one cluster',
      (feed) => (feed.cooperations[0].clusters = ['viameca']),
      'too-short',
      '$.cooperations[0].clusters',
    ],
    [
      'text that is neither a string nor a language map',
      (feed) => (feed.clusters[1].name = 42),
      'invalid-type',
      '$.clusters[1].name',
    ],
    [
      'bad language tag',
      (feed) => (feed.clusters[1].name = { 'Français!': 'x' }),
      'invalid-format',
      '$.clusters[1].name["Français!"]',
    ],
    [
      'unclosed polygon ring',
      (feed) =>
        (feed.territories[0].geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        }),
      'ring-not-closed',
      '$.territories[0].geometry.coordinates[0]',
    ],
    [
      'self-intersecting polygon (a bow tie)',
      (feed) =>
        (feed.territories[0].geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [2, 2],
              [2, 0],
              [0, 2],
              [0, 0],
            ],
          ],
        }),
      'self-intersection',
      '$.territories[0].geometry.coordinates[0]',
    ],
  ];
  for (const [title, breakIt, code, path] of corpus) {
    it(`reports ${title} as ${code} at ${path}`, () => {
      const feed = clone(sampleFeed()) as BrokenFeed;
      breakIt(feed);
      const result = validateFeed(feed, { mode: 'strict', now: NOW });
      const problem = find(result.problems, code, path);
      expect(problem, JSON.stringify(result.problems.map((entry) => [entry.code, formatJsonPath(entry.path)]))).to
        .exist;
      // Every problem reads as a sentence in both languages.
      expect(describeProblem(problem!, 'fr')).to.be.a('string').and.not.equal('');
      expect(describeProblem(problem!, 'en')).to.be.a('string').and.not.equal('');
    });
  }

  it('refuses an unknown major version clearly and loads a newer minor one with a notice', () => {
    const major = validateFeed({ ...sampleFeed(), version: '2.0' }, { now: NOW });
    expect(major.feed).to.equal(null);
    expect(major.problems[0]!.code).to.equal('unsupported-version');
    expect(describeProblem(major.problems[0]!, 'fr')).to.contain('2.0');
    const minor = validateFeed({ ...sampleFeed(), version: '1.7' }, { now: NOW });
    expect(minor.valid).to.equal(true);
    expect(find(minor.problems, 'newer-minor-version')?.severity).to.equal('notice');
  });

  it('refuses what is not a feed at all', () => {
    for (const input of [null, 42, 'feed', [], [sampleFeed()]]) {
      const result = validateFeed(input);
      expect(result.feed).to.equal(null);
      expect(result.problems[0]!.code).to.equal('wrong-top-level-type');
    }
    expect(validateFeed({ format: 'geojson', clusters: [] }).problems[0]!.code).to.equal('wrong-format');
  });

  it('cannot be polluted through __proto__, constructor or prototype keys', () => {
    const text = JSON.stringify(sampleFeed()).replace(
      '"clusters":[',
      '"__proto__":{"polluted":true},"clusters":[{"id":"p","name":"P","__proto__":{"polluted":true},"extensions":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}},"categories":{"__proto__":"x"}},',
    );
    const result = validateFeed(JSON.parse(text), { now: NOW });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>)['polluted']).to.equal(undefined);
    for (const cluster of result.feed!.clusters)
      expect((cluster as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(result.feed!.clusters.some((cluster) => cluster.id === 'p')).to.equal(true);
  });

  it('caps the problem list: 100,000 broken records give a readable report', () => {
    const feed = sampleFeed({ organisations: Array.from({ length: 100_000 }, (_, index) => ({ id: `o${index}` })) });
    const result = validateFeed(feed, { now: NOW });
    expect(result.problems.length).to.be.below(1000);
    const summary = find(result.problems, 'too-many-problems');
    expect(summary?.params?.['count']).to.be.greaterThan(99_000);
  });

  it('validates in slices that leave the page responsive', async () => {
    // 100,000 records: with a warm engine, 20,000 were checked within one or two slices, and
    // progress is said only when the count grows (the checks after the records' own step
    // through them again), so a fast run said it once (fresh-clone CI, Chromium).
    const feed = sampleFeed({
      organisations: Array.from({ length: 100_000 }, (_, index) => ({ id: `o${index}`, name: `Org ${index}` })),
    });
    const progress: number[] = [];
    const result = await validateFeedAsync(feed, {
      sliceMilliseconds: 4,
      progressIntervalMs: 0, // every pause's count: the pauses are what this test is about
      onProgress: (checked) => progress.push(checked),
      now: NOW,
    });
    expect(result.counts.organisations.kept).to.equal(100_000);
    expect(progress.length, 'pauses said').to.be.greaterThan(1);
    expect(progress, 'progress only grows').to.deep.equal([...progress].sort((a, b) => a - b));
    // By default, a count every 250 ms at most: each one a page shows re-renders its status.
    const told: number[] = [];
    await validateFeedAsync(structuredClone(feed), {
      sliceMilliseconds: 4,
      onProgress: () => told.push(performance.now()),
      now: NOW,
    });
    expect(told.length, 'counts told').to.be.at.least(1);
    for (let at = 1; at < told.length; at += 1) expect(told[at]! - told[at - 1]!).to.be.at.least(250);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const feed = sampleFeed({
      organisations: Array.from({ length: 50_000 }, (_, index) => ({ id: `o${index}`, name: `Org ${index}` })),
    });
    const pending = validateFeedAsync(feed, { signal: controller.signal, sliceMilliseconds: 2 });
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).name).to.equal('AbortError');
  });
});
