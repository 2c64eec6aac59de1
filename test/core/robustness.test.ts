import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { validateFeed } from '../../src/validate/validate-feed.js';
import { parseFeedText, loadFeed, FeedLoadError } from '../../src/load/load-feed.js';
import { FeedIndex } from '../../src/model/feed-index.js';
import { filterClusters } from '../../src/filter/cluster-filters.js';
import { sampleFeed } from '../support/helpers.js';

describe('robustness', () => {
  it('for any JSON value, validation returns problems or a feed, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateFeed(value);
        expect(result.feed === null || Array.isArray(result.feed.clusters)).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });

  it('for any mutation of a valid feed, validation keeps what is valid and the index and filters work', () => {
    const keys = [
      'id',
      'name',
      'kind',
      'sector',
      'location',
      'territories',
      'categories',
      'clusters',
      'organisation',
      'cluster',
      'parent',
      'values',
      'geometry',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              'clusters',
              'organisations',
              'memberships',
              'territories',
              'cooperations',
              'networks',
              'taxonomies',
            ),
            fc.nat(3),
            fc.constantFrom(...keys),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          { maxLength: 8 },
        ),
        (mutations) => {
          const feed = sampleFeed() as Record<string, Array<Record<string, unknown>>>;
          for (const [collection, position, key, value] of mutations) {
            const record = feed[collection]?.[position];
            if (record && typeof record === 'object') record[key] = value;
          }
          const result = validateFeed(feed);
          if (result.feed) {
            const index = new FeedIndex(result.feed);
            const filtered = filterClusters(index, { query: 'a', facets: { kind: ['cluster'] } });
            expect(filtered.visible.length).to.be.at.most(index.clusters.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses 10,000 levels of nesting without a stack overflow', () => {
    const deep =
      '{"format":"grappe-feed","version":"1.0","publisher":{"id":"p","name":"P"},"clusters":[{"id":"a","name":"A","extensions":' +
      '['.repeat(10_000) +
      ']'.repeat(10_000) +
      '}]}';
    const parsed = parseFeedText(deep, 'deep.json');
    const result = validateFeed(parsed);
    expect(result.feed!.clusters.length).to.equal(1);
    const hostile = { ...sampleFeed(), clusters: JSON.parse('['.repeat(10_000) + ']'.repeat(10_000)) };
    expect(validateFeed(hostile).feed!.clusters.length).to.equal(0);
  });

  it('loads a 50 MB feed and keeps its valid records', async function () {
    this.timeout(60_000);
    const organisations = [];
    const filler = 'x'.repeat(400);
    for (let index = 0; index < 110_000; index += 1)
      organisations.push({ id: `o${index}`, name: `Organisation ${index}`, description: filler });
    organisations[5] = { id: 'o5' } as never; // one broken record
    const text = JSON.stringify({ ...sampleFeed(), organisations, memberships: [] });
    expect(text.length).to.be.greaterThan(50_000_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const loaded = await loadFeed(url);
    expect(loaded.result.counts.organisations).to.deep.equal({ total: 110_000, kept: 109_999 });
    URL.revokeObjectURL(url);
  });

  it('an HTML page, an empty body and a byte-order mark are told apart', () => {
    expect(() => parseFeedText('<!DOCTYPE html><p>404</p>', 'x'))
      .to.throw(FeedLoadError)
      .with.property('kind', 'html');
    expect(() => parseFeedText('', 'x'))
      .to.throw(FeedLoadError)
      .with.property('kind', 'parse');
    expect(parseFeedText('\uFEFF{"a":1}', 'x')).to.deep.equal({ a: 1 });
  });
});

/** Records built from valid parts, so that the fast path accepts a good share of them. */
function collection_valid() {
  const id = fc.constantFrom('a', 'o1', 'c-1', 'x y');
  return fc.oneof(
    fc.record(
      {
        id,
        name: fc.string(),
        kind: fc.constantFrom('company', 'university', 'galaxy'),
        size: fc.constantFrom('sme', 'micro', 'huge'),
        location: fc.record({
          type: fc.constant('Point'),
          coordinates: fc.tuple(
            fc.double({ min: -200, max: 200, noNaN: true }),
            fc.double({ min: -100, max: 100, noNaN: true }),
          ),
        }),
        address: fc.record({ city: fc.string(), country: fc.constantFrom('FR', 'fr', 'DE') }, { requiredKeys: [] }),
        website: fc.string({ maxLength: 10 }),
      },
      { requiredKeys: ['id', 'name'] },
    ),
    fc.record(
      {
        cluster: id,
        organisation: id,
        role: fc.constantFrom('member', 'founder', 'king'),
        since: fc.oneof(fc.integer({ min: 990, max: 10001 }), fc.constantFrom('2010', '2010-03', '10-2010')),
      },
      { requiredKeys: ['cluster', 'organisation'] },
    ),
  );
}

describe('the fast path for large collections', () => {
  it('accepts only what zod accepts, and returns the same record', async () => {
    const { FAST_ACCEPT } = await import('../../src/validate/fast-accept.js');
    const { recordSchemas } = await import('../../src/schema/feed-schema.js');
    const code = fc.constantFrom('company', 'sme', 'micro', 'member', 'board', 'galaxy', '', ' x', 'research-lab');
    const id = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', ' a', 'a ', '', 'x'.repeat(300)));
    const point = fc.oneof(
      fc.record({
        type: fc.constant('Point'),
        coordinates: fc.array(fc.oneof(fc.double({ min: -200, max: 200 }), fc.constant(Number.NaN)), {
          minLength: 0,
          maxLength: 3,
        }),
      }),
      fc.record(
        { type: fc.constantFrom('Point', 'LineString'), coordinates: fc.jsonValue(), extra: fc.jsonValue() },
        { requiredKeys: ['type'] },
      ),
    );
    const value = fc.oneof(
      id,
      code,
      point,
      fc.jsonValue({ maxDepth: 2 }),
      fc.integer({ min: 900, max: 10000 }),
      fc.constantFrom('2010', '2010-03', '2010-3', 'FR', 'fr'),
    );
    const valid = collection_valid();
    const record = fc.oneof(
      valid,
      fc.dictionary(
        fc.constantFrom(
          'id',
          'name',
          'kind',
          'size',
          'sector',
          'location',
          'address',
          'website',
          'description',
          'cluster',
          'organisation',
          'role',
          'since',
          'until',
          'sites',
          'other',
        ),
        value,
      ),
    );
    for (const collection of ['organisations', 'memberships'] as const) {
      const accept = FAST_ACCEPT[collection]!;
      const schema = recordSchemas[collection];
      let accepted = 0;
      fc.assert(
        fc.property(record, (candidate) => {
          if (!accept(candidate)) return;
          accepted += 1;
          const parsed = schema.safeParse(candidate, { jitless: true });
          expect(parsed.success, JSON.stringify(candidate)).to.equal(true);
          expect(parsed.data).to.deep.equal(candidate);
        }),
        { numRuns: 3000 },
      );
      // The property means something only if the fast path did accept some candidates.
      expect(accepted, collection).to.be.greaterThan(20);
    }
  });
});
