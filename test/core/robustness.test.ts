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
    const keys = ['id', 'name', 'kind', 'sector', 'location', 'territories', 'categories', 'clusters', 'organisation', 'cluster', 'parent', 'values', 'geometry'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('clusters', 'organisations', 'memberships', 'territories', 'cooperations', 'networks', 'taxonomies'), fc.nat(3), fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })), { maxLength: 8 }), (mutations) => {
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
      }),
      { numRuns: 300 },
    );
  });

  it('refuses 10,000 levels of nesting without a stack overflow', () => {
    const deep = '{"format":"grappe-feed","version":"1.0","publisher":{"id":"p","name":"P"},"clusters":[{"id":"a","name":"A","extensions":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}]}';
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
    for (let index = 0; index < 110_000; index += 1) organisations.push({ id: `o${index}`, name: `Organisation ${index}`, description: filler });
    organisations[5] = { id: 'o5' } as never; // one broken record
    const text = JSON.stringify({ ...sampleFeed(), organisations, memberships: [] });
    expect(text.length).to.be.greaterThan(50_000_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const loaded = await loadFeed(url);
    expect(loaded.result.counts.organisations).to.deep.equal({ total: 110_000, kept: 109_999 });
    URL.revokeObjectURL(url);
  });

  it('an HTML page, an empty body and a byte-order mark are told apart', () => {
    expect(() => parseFeedText('<!DOCTYPE html><p>404</p>', 'x')).to.throw(FeedLoadError).with.property('kind', 'html');
    expect(() => parseFeedText('', 'x')).to.throw(FeedLoadError).with.property('kind', 'parse');
    expect(parseFeedText('\uFEFF{"a":1}', 'x')).to.deep.equal({ a: 1 });
  });
});
