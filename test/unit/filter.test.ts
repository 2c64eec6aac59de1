import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  filterClusters,
  normaliseFilters,
  organisationsMatching,
  sameFilters,
  EMPTY_FILTERS,
} from '../../src/filter/cluster-filters.js';
import { pointShown, visibleOrganisationPoints } from '../../src/filter/organisation-points.js';
import { foundedYear, sortClusters } from '../../src/filter/sort-clusters.js';
import { FeedIndex } from '../../src/model/feed-index.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import type { Feed } from '../../src/schema/feed-schema.js';
import { sampleFeed } from '../../stories/fixtures.js';

const indexOf = (overrides: Record<string, unknown> = {}) =>
  new FeedIndex(validateFeed(sampleFeed(overrides)).feed as Feed);
const ids = (index: FeedIndex, clusters: readonly number[]) =>
  clusters.map((clusterIndex) => index.clusters[clusterIndex]!.id);

test('facets and the query narrow the clusters; counts follow the other filters', () => {
  const index = indexOf();
  assert.deepEqual(ids(index, filterClusters(index, EMPTY_FILTERS).visible).sort(), [
    'eco-energies',
    'neopolia',
    'viameca',
  ]);
  const byKind = filterClusters(index, normaliseFilters({ facets: { kind: ['cluster'] } }));
  assert.deepEqual(ids(index, byKind.visible), ['neopolia']);
  // A facet's own counts ignore its own choice, so the other values stay choosable.
  assert.equal(byKind.facetCounts.get('kind')!.get('pole-de-competitivite'), 1);
  const byQuery = filterClusters(index, normaliseFilters({ query: 'eco energies' }));
  assert.deepEqual(ids(index, byQuery.visible), ['eco-energies']);
  assert.deepEqual(ids(index, filterClusters(index, normaliseFilters({ facets: { nothing: ['x'] } })).visible), []);
});

test('filters fixed by the page exclude clusters altogether', () => {
  const index = indexOf();
  const result = filterClusters(
    index,
    EMPTY_FILTERS,
    normaliseFilters({ facets: { kind: ['regional-cluster', 'cluster'] } }),
  );
  assert.deepEqual(ids(index, result.visible).sort(), ['eco-energies', 'neopolia']);
  assert.equal(result.facetCounts.get('kind')!.get('pole-de-competitivite') ?? 0, 0);
});

test('filters compare by value, not identity', () => {
  assert.ok(
    sameFilters(normaliseFilters({ facets: { kind: ['a', 'b'] } }), normaliseFilters({ facets: { kind: ['a', 'b'] } })),
  );
  assert.ok(!sameFilters(normaliseFilters({ query: 'x' }), EMPTY_FILTERS));
});

test('organisations visible under filters: members of the visible clusters only, all when unfiltered', () => {
  const index = indexOf();
  const all = visibleOrganisationPoints(index, {
    filters: EMPTY_FILTERS,
    constraints: EMPTY_FILTERS,
    visible: filterClusters(index, EMPTY_FILTERS).visible,
  });
  assert.equal(all.owner.length, 3);
  assert.equal(all.shown, null);
  const filters = normaliseFilters({ facets: { kind: ['pole-de-competitivite'] } });
  const some = visibleOrganisationPoints(index, {
    filters,
    constraints: EMPTY_FILTERS,
    visible: filterClusters(index, filters).visible,
  });
  const shownIds = [...some.owner.keys()]
    .filter((position) => pointShown(some, position))
    .map((position) => index.organisations[some.owner[position]!]!.id);
  assert.deepEqual(shownIds.sort(), ['acme', 'cetim']);
  // The points are the index's own, shared by every filter: only the mark of who shows changes.
  assert.equal(some.x, all.x);
  assert.ok([...some.x, ...some.y].every((value) => value >= 0 && value <= 1));
});

test('the directory’s orders: name in the reader’s language, members, year founded; ties by name', () => {
  const index = indexOf({
    clusters: [
      { id: 'b', name: 'Éole', founded: 2005 },
      { id: 'a', name: 'eole 2', founded: '1999-03-01' },
      { id: 'c', name: 'Aéro 10' },
      { id: 'd', name: 'Aéro 9', founded: 1999 },
    ],
    memberships: [
      { cluster: 'c', organisation: 'cetim' },
      { cluster: 'c', organisation: 'acme' },
      { cluster: 'b', organisation: 'lumen' },
    ],
    cooperations: [],
    networks: [],
  });
  const all = index.clusters.map((_, clusterIndex) => clusterIndex);
  assert.deepEqual(ids(index, sortClusters(index, all, 'name', 'fr')), ['d', 'c', 'b', 'a']);
  assert.deepEqual(ids(index, sortClusters(index, all, 'members', 'fr')), ['c', 'b', 'd', 'a']);
  assert.deepEqual(ids(index, sortClusters(index, all, 'founded', 'fr')), ['d', 'a', 'b', 'c']);
  assert.equal(foundedYear(undefined), Number.POSITIVE_INFINITY);
});

test('search by member: a company’s name or acronym lists its clusters, with the member that matched', () => {
  const index = indexOf({
    organisations: [
      { id: 'cetim', name: 'Centre technique des industries mécaniques', shortName: 'CETIM' },
      { id: 'acme', name: 'Acmé Mécanique' },
      { id: 'gone', name: 'Ancienne Forge' },
    ],
    memberships: [
      { cluster: 'viameca', organisation: 'cetim' },
      { cluster: 'neopolia', organisation: 'cetim' },
      { cluster: 'eco-energies', organisation: 'acme' },
      { cluster: 'neopolia', organisation: 'gone', since: 1990, until: 2001 },
    ],
  });
  const byAcronym = filterClusters(index, normaliseFilters({ query: 'cetim' }));
  assert.deepEqual(ids(index, byAcronym.visible).sort(), ['neopolia', 'viameca']);
  assert.equal(index.organisations[byAcronym.via!.get(index.clusterIndexById.get('viameca')!)!]!.id, 'cetim');
  // A cluster that matches by its own name has no "via".
  const own = filterClusters(index, normaliseFilters({ query: 'viameca' }));
  assert.equal(own.via, undefined);
  // Former members do not make a cluster match.
  assert.deepEqual(filterClusters(index, normaliseFilters({ query: 'ancienne forge' })).visible, []);
  // Facets still apply to clusters found by a member.
  const narrowed = filterClusters(index, normaliseFilters({ query: 'cetim', facets: { kind: ['cluster'] } }));
  assert.deepEqual(ids(index, narrowed.visible), ['neopolia']);
  assert.deepEqual([...narrowed.via!.keys()], [index.clusterIndexById.get('neopolia')!]);
});

test('dimension and taxonomy ids are plain keys: constructor, toString and __proto__ read nothing inherited', () => {
  const index = indexOf({
    taxonomies: [
      { id: 'constructor', label: 'C', values: [{ id: 'x', label: 'X' }] },
      { id: 'toString', label: 'T', values: [{ id: 'y', label: 'Y' }] },
    ],
    clusters: [
      { id: 'a', name: 'A', categories: { constructor: 'x' } },
      { id: 'b', name: 'B' },
    ],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  assert.deepEqual(index.dimensionById.get('constructor')!.valuesOfCluster, [['x'], []]);
  assert.deepEqual(index.dimensionById.get('toString'), undefined, 'no cluster uses it');
  const filters = normaliseFilters({ facets: JSON.parse('{"__proto__": ["x"], "constructor": ["x"]}') });
  assert.equal(Object.getPrototypeOf(filters.facets), null);
  assert.deepEqual(ids(index, filterClusters(index, filters).visible), []);
  assert.deepEqual(ids(index, filterClusters(index, normaliseFilters({ facets: { constructor: ['x'] } })).visible), [
    'a',
  ]);
  assert.ok(
    sameFilters(
      normaliseFilters({ facets: { constructor: ['x'] } }),
      normaliseFilters({ facets: { constructor: ['x'] } }),
    ),
  );
});

test('a copy of the filters may be changed without changing the original', async () => {
  const { copyFilters } = await import('../../src/filter/cluster-filters.js');
  const original = normaliseFilters({ query: 'méca', facets: { kind: ['spl'] } });
  const copy = copyFilters(original);
  copy.facets['kind']!.push('cluster');
  copy.facets['stage'] = ['influence'];
  assert.deepEqual(original.facets['kind'], ['spl']);
  assert.equal(Object.hasOwn(original.facets, 'stage'), false);
});

test('search by member while typing: each step finds what a full pass finds, and steps back are remembered', () => {
  const names = ['Polymeca', 'Pôle Ouest', 'Apollo', 'Cluster Polaris', 'Clermont Plastiques', 'Scopelec', 'Pop'];
  const index = indexOf({
    organisations: names.map((name, position) => ({ id: `o${position}`, name })),
    memberships: names.map((_, position) => ({ cluster: 'viameca', organisation: `o${position}` })),
  });
  // The queries here are one lower-case word without accents: their one token is the word.
  const tokensOf = (query: string) => (query ? [query] : []);
  const fullPass = (query: string) =>
    index.organisations
      .map((_, position) => position)
      .filter((position) => tokensOf(query).every((token) => index.organisationSearchText(position).includes(token)));
  const steps = ['p', 'po', 'pol', 'pole', 'pol', 'po', 'p', 'c', 'cl', 'cle', 'cl', 'pl', 'pla'];
  const results = new Map<string, Int32Array>();
  for (const query of steps) {
    const found = organisationsMatching(index, tokensOf(query));
    assert.deepEqual(Array.from(found), fullPass(query), query);
    if (results.has(query)) assert.equal(found, results.get(query), `${query} again is remembered`);
    results.set(query, found);
  }
  // Two words, each inside the text, in any order.
  assert.deepEqual(
    Array.from(organisationsMatching(index, ['plast', 'cler'])).map((position) => index.organisations[position]!.name),
    ['Clermont Plastiques'],
  );
});
