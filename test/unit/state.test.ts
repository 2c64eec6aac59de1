import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GrappeStore, type GrappeSnapshot } from '../../src/state/grappe-store.js';
import { readRoute, writeRoute } from '../../src/state/hash-route.js';
import { normaliseFilters } from '../../src/filter/cluster-filters.js';
import { sampleFeed } from '../../stories/fixtures.js';

function storeWithLog() {
  const log: string[] = [];
  const snapshots: GrappeSnapshot[] = [];
  const store = new GrappeStore({
    onChange: (snapshot) => snapshots.push(snapshot),
    onLoad: (summary) => log.push(`load ${summary.counts.clusters}`),
    onError: (error) => log.push(`error ${error.kind}`),
    onSelect: (cluster, organisation) => log.push(`select ${cluster} ${organisation}`),
    onFilterChange: (filters) => log.push(`filter ${filters.query}`),
  });
  return { store, log, snapshots };
}

test('a feed given as data loads, indexes and says so; snapshots are frozen and replaced, never changed', async () => {
  const { store, log, snapshots } = storeWithLog();
  await store.setData(sampleFeed());
  assert.equal(store.snapshot.status, 'ready');
  assert.deepEqual([...store.snapshot.visibleClusterIds].sort(), ['eco-energies', 'neopolia', 'viameca']);
  assert.deepEqual(log, ['load 3']);
  assert.ok(Object.isFrozen(store.snapshot));
  assert.ok(snapshots.length >= 2 && snapshots[0] !== snapshots.at(-1));
});

test('a selection asked for before the data takes effect when it arrives; a second identical one changes nothing', async () => {
  const { store, log } = storeWithLog();
  store.select('viameca');
  assert.equal(store.snapshot.selectedClusterId, null);
  await store.setData(sampleFeed());
  assert.equal(store.snapshot.selectedClusterId, 'viameca');
  assert.ok(log.includes('select viameca null'));
  const before = log.length;
  store.select('viameca');
  assert.equal(log.length, before);
  store.selectOrganisation('acme');
  assert.equal(store.snapshot.selectedOrganisationId, 'acme');
  store.selectOrganisation('nobody');
  assert.equal(store.snapshot.selectedOrganisationId, 'acme');
});

test('filters narrow the view and tell; the same filters again say nothing', async () => {
  const { store, log } = storeWithLog();
  await store.setData(sampleFeed());
  store.setFilters({ query: 'néopolia' });
  assert.deepEqual(store.snapshot.visibleClusterIds, ['neopolia']);
  store.setFilters({ query: 'néopolia' });
  assert.equal(log.filter((entry) => entry.startsWith('filter')).length, 1);
  store.setConstraints({ facets: { kind: ['cluster'] } });
  store.setFilters({ query: '' });
  assert.deepEqual(store.snapshot.visibleClusterIds, ['neopolia']);
});

test('an unusable feed is an error with its problems, not an exception', async () => {
  const { store, log } = storeWithLog();
  await store.setData({ format: 'something else' });
  assert.equal(store.snapshot.status, 'error');
  assert.deepEqual(log, ['error schema']);
  assert.ok(store.snapshot.problems.length > 0);
});

test('the hash keeps selection, organisation, query and facets; a prefix keeps two explorers apart', () => {
  const route = {
    cluster: 'viameca',
    organisation: 'acme',
    filters: normaliseFilters({ query: 'méca', facets: { kind: ['cluster', 'spl'] } }),
  };
  const hash = writeRoute('', route);
  assert.deepEqual(readRoute(hash), route);
  const both = writeRoute(
    writeRoute('', route, 'first'),
    { cluster: 'neopolia', organisation: null, filters: normaliseFilters({}) },
    'second',
  );
  assert.deepEqual(readRoute(both, 'first'), route);
  assert.equal(readRoute(both, 'second').cluster, 'neopolia');
  assert.deepEqual(Object.keys(readRoute('#%E0%A4%A').filters.facets), []);
});

test('the reference point of the distance order: set, checked, forgotten; choosing it is shared', async () => {
  const { store } = storeWithLog();
  await store.setData(sampleFeed());
  store.setChoosingPoint(true);
  assert.equal(store.snapshot.choosingPoint, true);
  store.setReferencePoint({ longitude: 4.85, latitude: 45.75, source: 'map' });
  assert.deepEqual(store.snapshot.referencePoint, { longitude: 4.85, latitude: 45.75, source: 'map' });
  assert.ok(Object.isFrozen(store.snapshot.referencePoint));
  store.setReferencePoint({ longitude: 4.85, latitude: 120, source: 'map' });
  assert.equal(store.snapshot.referencePoint, null, 'a latitude past the pole is no point');
  store.setReferencePoint({ longitude: 1, latitude: 2, source: 'position' });
  store.setReferencePoint(null);
  assert.equal(store.snapshot.referencePoint, null);
});

test('while a large feed loads, the count of records checked is shown a few times a second, not at every pause', async () => {
  const organisations = Array.from({ length: 60_000 }, (_, index) => ({
    id: `o${index}`,
    name: `Organisation ${index}`,
  }));
  const memberships = organisations.map(({ id }) => ({ cluster: 'c', organisation: id }));
  const body = JSON.stringify({
    format: 'grappe-feed',
    version: '1.1',
    publisher: { id: 'p', name: 'P' },
    clusters: [{ id: 'c', name: 'C' }],
    organisations,
    memberships,
  });
  const original = globalThis.fetch;
  globalThis.fetch = async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
  const shown: Array<{ at: number; progress: number }> = [];
  const store = new GrappeStore({
    onChange: (snapshot) => {
      if (snapshot.progress > 0) shown.push({ at: performance.now(), progress: snapshot.progress });
    },
  });
  const started = performance.now();
  try {
    await store.load(['http://127.0.0.1/large-feed.json']);
  } finally {
    globalThis.fetch = original;
  }
  const took = performance.now() - started;
  assert.equal(store.snapshot.status, 'ready');
  assert.equal(store.snapshot.index?.organisations.length, 60_000);
  // The first count at once, then one every 250 ms at most: the pauses come every 8 ms.
  assert.ok(shown.length >= 1, 'no count shown');
  assert.ok(shown.length <= Math.ceil(took / 250) + 1, `${shown.length} counts in ${Math.round(took)} ms`);
  for (let at = 1; at < shown.length; at += 1) {
    assert.ok(shown[at]!.at - shown[at - 1]!.at >= 250, 'two counts shown within 250 ms');
    assert.ok(shown[at]!.progress > shown[at - 1]!.progress);
  }
});
