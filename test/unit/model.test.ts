import { csvTable, importSpreadsheet } from '../../src/csv/spreadsheet-import.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedIndex } from '../../src/model/feed-index.js';
import { buildOrganisationTablesInSlices } from '../../src/model/organisation-tables.js';
import { resolvedMemberships } from '../../src/validate/resolved-memberships.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import { exportClustersCsv, exportFeedJson } from '../../src/export/export-view.js';
import { filterClusters, normaliseFilters } from '../../src/filter/cluster-filters.js';
import { readCsv } from '../../src/csv/csv.js';
import type { Feed } from '../../src/schema/feed-schema.js';
import type { GrappeSnapshot } from '../../src/state/grappe-store.js';
import { sampleFeed } from '../../stories/fixtures.js';
import { COLOUR_BLIND_SAFE_PALETTE, dimensionColours } from '../../src/styles/palette.js';
import { buildDimensions } from '../../src/model/dimensions.js';

const index = new FeedIndex(validateFeed(sampleFeed()).feed as Feed);

test('the index answers the elements’ questions: by id, members, cooperations, networks, dimensions', () => {
  const viameca = index.clusterIndexById.get('viameca')!;
  assert.equal(index.membershipsOfCluster[viameca]!.length, 2);
  assert.equal(index.cooperationsOfCluster[viameca]!.length, 1);
  assert.equal(index.networksOfCluster[viameca]![0]!.id, 'mecafuture');
  assert.ok(index.dimensionById.get('kind')!.builtIn);
  assert.deepEqual(index.dimensionById.get('programme')!.valuesOfCluster[viameca], ['grappes']);
  // A territory filter includes the clusters of the territories inside it.
  const territory = index.dimensionById.get('territory');
  assert.ok(territory, 'territories are a dimension');
  const acme = index.organisationIndexById.get('acme')!;
  assert.ok(Math.abs(index.organisationLongitudes[acme]! - 4.4) < 1e-9);
  assert.equal(index.resolveClusterId('viameca'), 'viameca');
  assert.equal(index.resolveClusterId('nothing'), undefined);
  // Each membership's cluster and organisation by position, looked up once for every filter.
  const memberships = index.feed.memberships ?? [];
  memberships.forEach((membership, position) => {
    assert.equal(index.clusterOfMembership[position], index.clusterIndexById.get(membership.cluster) ?? -1);
    assert.equal(
      index.organisationOfMembership[position],
      index.organisationIndexById.get(membership.organisation) ?? -1,
    );
  });
  assert.ok(index.membershipsOfCluster[viameca]!.every((position) => index.clusterOfMembership[position] === viameca));
});

test('the visible list, out: CSV rows of the visible clusters, and a feed that validates on its own', async () => {
  const filters = normaliseFilters({ facets: { kind: ['pole-de-competitivite', 'regional-cluster'] } });
  const filterResult = filterClusters(index, filters);
  const snapshot = { index, filterResult } as unknown as GrappeSnapshot;
  const csv = await exportClustersCsv(snapshot, 'fr');
  const rows = readCsv(csv);
  assert.equal(rows.length, 3);
  assert.ok(rows.slice(1).some((row) => row.includes('Cluster Éco-énergies')));
  // The layout `grappe import` reads: French headings and labels, sorted by name.
  assert.deepEqual(rows[0]!.slice(0, 4), ['Identifiant', 'Nom', 'Nom@en', 'Nom court']);
  assert.ok(rows[0]!.includes('Type') && rows[0]!.includes('Code postal'));
  assert.deepEqual(
    rows.slice(1).map((row) => row[0]),
    ['eco-energies', 'viameca'],
  );
  assert.ok(rows[1]!.includes('Cluster régional'));
  const back = importSpreadsheet([csvTable('clusters.csv', csv)]);
  assert.deepEqual(
    (back.feed['clusters'] as Array<{ id: string; kind: unknown }>).map((cluster) => [cluster.id, cluster.kind]),
    [
      ['eco-energies', 'regional-cluster'],
      ['viameca', 'pole-de-competitivite'],
    ],
  );
  const feed = JSON.parse(exportFeedJson(snapshot));
  const again = validateFeed(feed);
  assert.ok(again.valid, JSON.stringify(again.problems.slice(0, 3)));
  assert.deepEqual(feed.clusters.map((cluster: { id: string }) => cluster.id).sort(), ['eco-energies', 'viameca']);
  assert.equal(feed.cooperations.length, 1);
});

test('the rich fixture uses every value of every built-in dimension and validates without an error', async () => {
  const { richFeed } = await import('../../stories/fixtures.js');
  const { CLUSTER_DIMENSIONS, termIds } = await import('../../src/schema/vocabularies.js');
  const result = validateFeed(richFeed());
  assert.deepEqual(
    result.problems.filter((problem) => problem.severity === 'error'),
    [],
  );
  const rich = new FeedIndex(result.feed!);
  for (const dimension of CLUSTER_DIMENSIONS) {
    const used = new Set(rich.dimensionById.get(dimension.id)!.valuesOfCluster.flat());
    assert.deepEqual(
      termIds(dimension).filter((id) => !used.has(id)),
      [],
      dimension.id,
    );
  }
});

test('partnersFor ranks clusters by shared markets, technologies, sectors, target zones and complements, without known partners', async () => {
  const { partnersFor } = await import('../../src/model/partners.js');
  const feed = validateFeed({
    format: 'grappe-feed',
    version: '1.1',
    publisher: { id: 'p', name: 'P' },
    territories: [
      { id: 'de', name: 'Allemagne', kind: 'country', code: { scheme: 'ISO-3166-1', value: 'DE' } },
      { id: 'bw', name: 'Bade-Wurtemberg', kind: 'region', parent: 'de' },
    ],
    clusters: [
      {
        id: 'viameca',
        name: 'ViaMéca',
        sector: 'mechanical-engineering',
        markets: ['aero', 'auto'],
        technologies: ['machining'],
        targetZones: ['de'],
      },
      { id: 'aero-only', name: 'Aéro', markets: ['aero'], technologies: ['composites'] },
      { id: 'both', name: 'Both', markets: ['aero', 'auto'], technologies: ['machining'] },
      { id: 'german', name: 'German', territories: ['bw'] },
      { id: 'sector', name: 'Same sector', sector: 'mechanical-engineering' },
      { id: 'partner', name: 'Partner already', markets: ['aero', 'auto'] },
      { id: 'nothing', name: 'Nothing in common', markets: ['food'] },
    ],
    cooperations: [{ id: 'c', clusters: ['viameca', 'partner'] }],
  }).feed!;
  const index = new FeedIndex(feed);
  const ranked = partnersFor(index, 'viameca');
  assert.deepEqual(
    ranked.map((candidate) => [candidate.clusterId, candidate.score]),
    [
      ['both', 8],
      ['aero-only', 5],
      ['german', 2],
      ['sector', 1],
    ],
  );
  assert.deepEqual(ranked[1]!.reasons, [
    { kind: 'market', values: ['aero'] },
    { kind: 'complement', values: ['composites'] },
  ]);
  assert.deepEqual(ranked[2]!.reasons, [{ kind: 'zone', values: ['de'] }]);
  assert.deepEqual(partnersFor(index, 'viameca', { limit: 1 }).length, 1);
  assert.deepEqual(partnersFor(index, 'unknown'), []);
});

test('format 1.1: a 1.0 feed stays valid; projects, events, membership terms, markets and network members are read; unknown references are left out with a warning', () => {
  assert.ok(validateFeed(sampleFeed({ version: '1.0' }), { mode: 'strict' }).valid);
  const result = validateFeed(
    sampleFeed({
      version: '1.1',
      clusters: [
        {
          id: 'nekoe',
          name: 'Nekoé',
          markets: ['services', 'services'],
          membership: {
            open: true,
            who: 'Entreprises de services',
            fee: '150 € par an',
            howTo: 'https://nekoe.example/adherer',
          },
          projects: [
            {
              id: 'p1',
              name: 'Innovation par les services',
              partners: ['nekoe', 'acme', 'ghost'],
              start: 2010,
              funding: [{ funder: 'Région', amount: 50000, currency: 'EUR' }],
            },
          ],
          events: [{ id: 'e1', name: 'Rencontres', start: '2026-12-10' }],
          targetZones: ['BE', 'nowhere'],
          indicators: [{ metric: 'projects', year: 2011, value: 30, target: 35 }],
        },
      ],
      organisations: [{ id: 'acme', name: 'Acme' }],
      memberships: [],
      cooperations: [],
      networks: [{ id: 'mecafuture', name: 'Mecafuture', clusters: ['nekoe'], members: ['acme', 'fim'] }],
    }),
  );
  const cluster = result.feed!.clusters[0]!;
  assert.deepEqual(cluster.markets, ['services']);
  assert.deepEqual(cluster.projects![0]!.partners, ['nekoe', 'acme']);
  assert.deepEqual(cluster.targetZones, ['BE']);
  assert.equal(cluster.indicators![0]!.target, 35);
  assert.deepEqual(result.feed!.networks![0]!.members, ['acme']);
  const dangling = result.problems
    .filter((problem) => problem.code === 'dangling-reference')
    .map((problem) => problem.path.join('.'));
  assert.deepEqual(dangling.sort(), [
    'clusters.0.projects.0.partners.2',
    'clusters.0.targetZones.1',
    'networks.0.members.1',
  ]);
});

function compareFeed() {
  return validateFeed({
    format: 'grappe-feed',
    version: '1.1',
    publisher: { id: 'p', name: 'P' },
    organisations: [
      { id: 'o1', name: 'O1' },
      { id: 'o2', name: 'O2' },
    ],
    memberships: [
      { cluster: 'derived', organisation: 'o1', since: 2008 },
      { cluster: 'derived', organisation: 'o2', since: 2009, until: 2009 },
    ],
    clusters: [
      {
        id: 'eco',
        name: 'Éco-énergies',
        indicators: [
          { metric: 'members', period: '2006/07', value: 25 },
          { metric: 'members', period: '2007/08', value: 48, target: 40 },
          { metric: 'members', year: 2009, value: 124 },
          { metric: 'jobs', year: 2009, value: 300 },
        ],
      },
      {
        id: 'lumiere',
        name: 'Cluster Lumière',
        indicators: [
          { metric: 'members', year: 2009, value: 70 },
          { metric: 'members', period: '2007/08', value: 60, target: 80 },
        ],
      },
      // An undated figure is left out of comparisons: it does not count for its metric either.
      { id: 'none', name: 'Aucun chiffre daté', indicators: [{ metric: 'companies', value: 580 }] },
      { id: 'derived', name: 'Adhésions datées' },
    ],
  }).feed!;
}

test('compareClusters: one row per cluster, one column per period with a target column where one is given, totals', async () => {
  const { compareClusters, metricsOf, sortComparisonRows, yearOfPeriod } = await import('../../src/model/compare.js');
  const index = new FeedIndex(compareFeed(), new Date('2010-06-01T00:00:00Z'));
  const all = [0, 1, 2, 3];
  assert.equal(yearOfPeriod('2006/07'), 2006);
  assert.equal(yearOfPeriod('phase 2'), null);
  assert.equal(yearOfPeriod('20123'), null);
  assert.deepEqual(
    metricsOf(index, all).map((choice) => [choice.metric, choice.clusters]),
    [
      ['members', 2],
      ['jobs', 1],
    ],
  );
  const comparison = compareClusters(index, all, 'members', { from: 2007, to: 2009 });
  assert.deepEqual(
    comparison.columns.map((column) => `${column.period}:${column.kind}`),
    ['2007/08:value', '2007/08:target', '2009:value'],
  );
  // Declared figures are not mixed with members counted from a feed's (partial) member lists.
  assert.deepEqual(
    comparison.rows.map((row) => [row.clusterId, row.cells, row.fromMemberships]),
    [
      ['eco', [48, 40, 124], false],
      ['lumiere', [60, 80, 70], false],
      ['none', [null, null, null], false],
      ['derived', [null, null, null], false],
    ],
  );
  assert.deepEqual(comparison.totals, [108, 120, 194]);
  // Sorted by the last column, largest first; empty cells last whatever the direction.
  const byLatest = sortComparisonRows(comparison.rows, 2, 'descending', (id) => id, 'fr');
  assert.deepEqual(
    byLatest.map((row) => row.clusterId),
    ['eco', 'lumiere', 'derived', 'none'],
  );
  const ascending = sortComparisonRows(comparison.rows, 2, 'ascending', (id) => id, 'fr');
  assert.deepEqual(
    ascending.map((row) => row.clusterId),
    ['lumiere', 'eco', 'derived', 'none'],
  );
  // Only the clusters given (the filters): the totals follow.
  assert.deepEqual(compareClusters(index, [1], 'members', { from: 2009 }).totals, [70]);
  // Where no cluster compared declares members, they are counted from the memberships' dates.
  const counted = compareClusters(index, [2, 3], 'members');
  assert.deepEqual(
    counted.rows.map((row) => [row.clusterId, row.cells, row.fromMemberships]),
    [
      ['none', [null, null, null], false],
      ['derived', [1, 2, 1], true],
    ],
  );
  assert.deepEqual(
    counted.columns.map((column) => column.period),
    ['2008', '2009', '2010'],
  );
  assert.deepEqual(
    metricsOf(index, [2, 3]).map((choice) => [choice.metric, choice.clusters]),
    [['members', 1]],
  );
});

test('splitEvents: a partial date lasts to its end; upcoming soonest first, past latest first', async () => {
  const { splitEvents } = await import('../../src/model/cluster-events.js');
  const events = [
    { id: 'a', name: 'A', start: '2026-11' },
    { id: 'b', name: 'B', start: '2026-11-29' },
    { id: 'c', name: 'C', start: 2026 },
    { id: 'd', name: 'D', start: '2026-12-05' },
    { id: 'e', name: 'E', start: '2025-05-01', end: '2025-05-03' },
  ];
  const { upcoming, past } = splitEvents(events, new Date('2026-11-30T10:00:00Z'));
  assert.deepEqual(
    upcoming.map((event) => event.id),
    ['c', 'a', 'd'],
  );
  assert.deepEqual(
    past.map((event) => event.id),
    ['b', 'e'],
  );
});

test('distances: haversine in km, clusters without a seat last in distance order, ties and no point by name', async () => {
  const { distanceKm, clusterDistances, formatKilometres } = await import('../../src/geo/distance.js');
  const { sortClusters } = await import('../../src/filter/sort-clusters.js');
  // Paris – Lyon: about 392 km as the crow flies.
  const parisLyon = distanceKm(2.3522, 48.8566, 4.8357, 45.764);
  assert.ok(parisLyon > 388 && parisLyon < 396, String(parisLyon));
  assert.equal(formatKilometres(12.44, 'fr'), '12,4');
  assert.equal(formatKilometres(391.7, 'en'), '392');
  const feed = validateFeed({
    format: 'grappe-feed',
    version: '1.0',
    publisher: { id: 'p', name: 'P' },
    clusters: [
      { id: 'lyon', name: 'A Lyon', location: { type: 'Point', coordinates: [4.8357, 45.764] } },
      { id: 'nowhere', name: 'B nulle part' },
      { id: 'paris', name: 'C Paris', location: { type: 'Point', coordinates: [2.3522, 48.8566] } },
    ],
  }).feed!;
  const index = new FeedIndex(feed);
  const fromOrleans = { longitude: 1.909, latitude: 47.902, source: 'map' as const };
  assert.ok(Number.isNaN(clusterDistances(index, fromOrleans)[1]!));
  assert.deepEqual(sortClusters(index, [0, 1, 2], 'distance', 'fr', fromOrleans), [2, 0, 1]);
  assert.deepEqual(sortClusters(index, [0, 1, 2], 'distance', 'fr', null), [0, 1, 2]);
});

test('a large feed is indexed in slices: the same index as at once, with the page given turns in between', async () => {
  const clusters = Array.from({ length: 30 }, (_, index) => ({ id: `c${index}`, name: `Cluster ${index}` }));
  const organisations = Array.from({ length: 9000 }, (_, index) => ({
    id: `o${index}`,
    name: `Organisation ${index}`,
    ...(index % 3 === 0 ? {} : { location: { type: 'Point' as const, coordinates: [2 + index / 1e4, 46] } }),
  }));
  const memberships = organisations.map((organisation, index) => ({
    cluster: `c${index % 30}`,
    organisation: organisation.id,
    ...(index % 7 === 0 ? { until: '2001-01-01' } : {}),
  }));
  const feed = { version: '1.1', publisher: { id: 'p', name: 'P' }, clusters, organisations, memberships } as Feed;
  const now = new Date('2026-01-01');
  const atOnce = new FeedIndex(feed, now);
  let turns = 0;
  const counting = setInterval(() => (turns += 1), 0);
  const inSlices = await buildOrganisationTablesInSlices(feed, atOnce.clusterIndexById, now, { sliceMilliseconds: 0 });
  clearInterval(counting);
  const built = await FeedIndex.build(feed, now);
  for (const index of [built, { ...inSlices } as unknown as FeedIndex]) {
    assert.deepEqual(index.membershipsOfCluster, atOnce.membershipsOfCluster);
    assert.deepEqual(index.membershipsOfOrganisation, atOnce.membershipsOfOrganisation);
    assert.deepEqual(index.currentMembersOfCluster, atOnce.currentMembersOfCluster);
    assert.deepEqual(index.organisationLongitudes, atOnce.organisationLongitudes);
    assert.equal(index.organisationIndexById.get('o8999'), 8999);
  }
  assert.equal(atOnce.currentMembersOfCluster[0], 300 - 43); // multiples of 210 ended in 2001
  assert.ok(Number.isNaN(atOnce.organisationLongitudes[0]!));
  // 9,000 organisations and 9,000 memberships in steps of 2,000: the page had turns in between.
  assert.ok(turns > 0, 'no turn given to the page');
  const stopped = new AbortController();
  stopped.abort();
  await assert.rejects(buildOrganisationTablesInSlices(feed, atOnce.clusterIndexById, now, { signal: stopped.signal }));
});

test('the index takes the memberships the validator resolved, and looks them up itself when the lists changed', () => {
  const organisations = Array.from({ length: 50 }, (_, index) => ({ id: `o${index}`, name: `O${index}` }));
  const memberships = [
    ...organisations.map((organisation, index) => ({ cluster: `c${index % 3}`, organisation: organisation.id })),
    { cluster: 'c0', organisation: 'nobody' }, // dangling: left out, the next ones move up
    { cluster: 'c1', organisation: 'o7' },
    { cluster: 'gone', organisation: 'o8' },
    { cluster: 'c2', organisation: 'o49' },
  ];
  const clusters = [0, 1, 2].map((index) => ({ id: `c${index}`, name: `C${index}` }));
  const input = {
    format: 'grappe-feed',
    version: '1.1',
    publisher: { id: 'p', name: 'P' },
    clusters,
    organisations,
    memberships,
  };
  const feed = validateFeed(input).feed!;
  const now = new Date('2026-01-01');
  assert.ok(resolvedMemberships(feed.organisations!, feed.memberships!));
  const reused = new FeedIndex(feed, now);
  // The same lists copied: nothing handed over, everything looked up again.
  const copied = { ...feed, organisations: [...feed.organisations!], memberships: [...feed.memberships!] };
  assert.equal(resolvedMemberships(copied.organisations, copied.memberships), undefined);
  const fresh = new FeedIndex(copied, now);
  assert.equal(feed.memberships!.length, 52);
  assert.deepEqual([...reused.organisationOfMembership], [...fresh.organisationOfMembership]);
  assert.deepEqual(reused.membershipsOfOrganisation, fresh.membershipsOfOrganisation);
  assert.deepEqual([...reused.organisationIndexById], [...fresh.organisationIndexById]);
  assert.deepEqual([...reused.organisationOfMembership.slice(-2)], [7, 49]);
  // What was handed over is the validator's: the same map, never a JSON key.
  assert.equal(reused.organisationIndexById, new FeedIndex(feed, now).organisationIndexById);
  assert.notEqual(fresh.organisationIndexById, reused.organisationIndexById);
  assert.equal(Object.keys(feed.memberships!).length, 52);
  // A list that grew in place since: looked up again, the new organisation found.
  feed.organisations!.push({ id: 'late', name: 'Late' });
  feed.memberships!.push({ cluster: 'c0', organisation: 'late' });
  const grown = new FeedIndex(feed, now);
  assert.equal(grown.organisationOfMembership.at(-1), 50);
  assert.equal(grown.organisationIndexById.get('late'), 50);
  // A duplicate id early in the list: the validator keeps the first, the others move up, and the
  // index still finds each organisation where it now stands.
  const twice = [organisations[0]!, { id: 'o0', name: 'Again' }, ...organisations.slice(1)];
  const deduplicated = new FeedIndex(validateFeed({ ...input, organisations: twice }).feed!, now);
  assert.equal(deduplicated.organisationIndexById.get('o49'), 49);
  assert.deepEqual([...deduplicated.organisationOfMembership.slice(-2)], [7, 49]);
});

test('a kind of cluster has the same colour in every feed, whatever other kinds the feed holds', () => {
  const publisher = { id: 'p', name: 'P' };
  const feedOf = (kinds: string[], taxonomies: unknown[] = []) =>
    validateFeed({
      format: 'grappe-feed',
      version: '1.0',
      publisher,
      taxonomies,
      clusters: kinds.map((kind, at) => ({ id: `c${at}`, name: `C${at}`, kind })),
    }).feed as Feed;
  const kindColours = (feed: Feed) => dimensionColours(new FeedIndex(feed).dimensionById.get('kind'));
  // The kind dimension knows each term's place in the vocabulary of eight, whatever the feed holds.
  const kind = buildDimensions(feedOf(['cluster', 'spl']), new Map(), []).find((dimension) => dimension.id === 'kind')!;
  assert.equal(kind.vocabularySize, 8);
  assert.deepEqual(
    kind.values.map((value) => [value.id, value.rank]),
    [
      ['spl', 1],
      ['cluster', 7],
    ],
  );
  const alone = kindColours(feedOf(['cluster']));
  const mixed = kindColours(feedOf(['technopole', 'pole-de-competitivite', 'cluster', 'spl']));
  assert.equal(alone.get('cluster'), mixed.get('cluster'));
  assert.equal(mixed.get('pole-de-competitivite'), COLOUR_BLIND_SAFE_PALETTE[0]);
  assert.equal(new Set(mixed.values()).size, 4, 'four kinds, four colours');
  // The generic "Cluster", common, is not given the grey that reads as "no kind".
  assert.notEqual(mixed.get('cluster'), COLOUR_BLIND_SAFE_PALETTE[7]);
  // A feed's own colour still wins.
  const coloured = kindColours(
    feedOf(
      ['cluster'],
      [{ id: 'kind', label: 'Type', values: [{ id: 'cluster', label: 'Cluster', color: '#123456' }] }],
    ),
  );
  assert.equal(coloured.get('cluster'), '#123456');
  // A value outside the vocabulary takes a colour no term shown holds.
  const values = [
    { id: 'pole-de-competitivite', label: 'Pôle', rank: 0, clusters: [0] },
    { id: 'incubateur', label: 'Incubateur', clusters: [1] },
  ];
  const mixedIn = dimensionColours({
    id: 'kind',
    label: 'Type',
    builtIn: true,
    ordered: false,
    vocabularySize: 8,
    values,
    valueById: new Map(values.map((value) => [value.id, value])),
    valuesOfCluster: [['pole-de-competitivite'], ['incubateur']],
  });
  assert.notEqual(mixedIn.get('incubateur'), mixedIn.get('pole-de-competitivite'));
});
