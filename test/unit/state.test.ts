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
