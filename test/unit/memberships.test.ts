import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endOfPartialDate, isFormer, membersOverTime } from '../../src/model/memberships.js';
import { FeedIndex } from '../../src/model/feed-index.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import type { Feed } from '../../src/schema/feed-schema.js';
import { sampleFeed } from '../../stories/fixtures.js';

const now = new Date(Date.UTC(2026, 10, 30));

test('a membership whose until has passed is former; until this year or later is current', () => {
  assert.equal(isFormer({ until: 2025 }, now), true);
  assert.equal(isFormer({ until: 2026 }, now), false);
  assert.equal(isFormer({ until: '2026-10' }, now), true);
  assert.equal(isFormer({ until: '2026-11-30' }, now), false);
  assert.equal(isFormer({}, now), false);
  assert.equal(endOfPartialDate('nonsense'), null);
});

test('members over time from since and until, one count per year up to now', () => {
  const series = membersOverTime(
    [{ since: 2020 }, { since: '2021-05', until: 2022 }, { since: 2022 }, { until: 2023 }, { since: 2030 }],
    now,
  );
  assert.deepEqual(series, [
    { period: '2020', value: 1 },
    { period: '2021', value: 2 },
    { period: '2022', value: 3 },
    { period: '2023', value: 2 },
    { period: '2024', value: 2 },
    { period: '2025', value: 2 },
    { period: '2026', value: 2 },
  ]);
  assert.deepEqual(membersOverTime([{ until: 2020 }], now), []);
  // A current member without a start cannot be counted in any year: no series, rather than one
  // that ends on fewer members than the list shows.
  assert.deepEqual(membersOverTime([{ since: 2009, until: 2012 }, {}], now), []);
  assert.deepEqual(membersOverTime([{ since: 2009, until: 2012 }, { until: 2010 }], now).at(-1), {
    period: '2026',
    value: 0,
  });
});

test('the index counts current members only', () => {
  const feed = validateFeed(
    sampleFeed({
      memberships: [
        { cluster: 'viameca', organisation: 'cetim' },
        { cluster: 'viameca', organisation: 'acme', since: 2001, until: 2004 },
      ],
    }),
  ).feed as Feed;
  const index = new FeedIndex(feed, now);
  const viameca = index.clusterIndexById.get('viameca')!;
  assert.equal(index.currentMembersOfCluster[viameca], 1);
  assert.deepEqual([...index.membershipIsCurrent], [1, 0]);
  assert.equal(index.resolveOrganisationId('acme'), 'acme');
});
