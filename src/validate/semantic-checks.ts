/**
 * The rules a JSON Schema cannot say: unique ids, references that resolve, coordinates that
 * look swapped, dates, safe URLs, check digits, recommended fields. They run on the records
 * that passed the schema, and mend the feed the lenient way: a duplicate or a dangling
 * reference is removed, the rest of its record kept.
 */
import { CLUSTER_DIMENSION_IDS } from '../schema/vocabularies.js';
import { valueDepths } from '../schema/taxonomy.js';
import type { Feed, RecordCollection } from '../schema/feed-schema.js';
import { checkGeometryRings, checkIdentifiers, checkPeriod, checkSwappedPoints, checkUrls } from './record-checks.js';
import { checkClusterActivity, firstOccurrences, keepKnown, REPEATABLE_CLUSTER_LISTS } from './reference-lists.js';
import type { ProblemCollector } from './problem-collector.js';
import type { JsonPath } from './problems.js';
import { leaveResolvedMemberships } from './resolved-memberships.js';
import { KeptRecords } from './kept-records.js';

export interface SemanticOptions {
  now: Date;
  base?: string;
  /** For each collection, the index in the input of each kept record (records may have been dropped). */
  origins: Record<RecordCollection, number[]>;
}

const TWO_YEARS_MS = 2 * 365.25 * 24 * 3600 * 1000;
const ONE_DAY_MS = 24 * 3600 * 1000;
const RECORDS_PER_STEP = 2048;
/** Clusters carry many more checks (categories, activity, URLs, identifiers) than members. */
const CLUSTERS_PER_STEP = 128;
/** Levels a taxonomy may have (a root and seven below it); deeper values are attached to the root. */
const MAX_TAXONOMY_DEPTH = 8;
/** Levels of territories (Europe, a country, a région, a département… eight in all). */
const MAX_TERRITORY_DEPTH = 8;

type AnyRecord = Record<string, unknown>;

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function* runSemanticChecks(
  feed: Feed,
  collector: ProblemCollector,
  options: SemanticOptions,
): Generator<number, void> {
  const pathOf = (collection: RecordCollection, index: number, ...rest: Array<string | number>): JsonPath => [
    collection,
    options.origins[collection][index] ?? index,
    ...rest,
  ];

  // 1. Ids are unique per kind: the first record keeps the id, later ones are left out. The ids
  // kept are the references' targets below.
  const keptIds = new Map<RecordCollection, ReadonlyMap<string, number>>();
  // Whether every organisation kept its place (none left out): then their ids' map holds their indexes.
  let organisationsInPlace = false;
  for (const collection of [
    'taxonomies',
    'territories',
    'clusters',
    'organisations',
    'cooperations',
    'networks',
  ] as const) {
    const records = feed[collection] as AnyRecord[] | undefined;
    if (!records) continue;
    const firstIndex = new Map<string, number>();
    const kept = new KeptRecords(records, options.origins[collection]);
    for (let index = 0; index < records.length; index += 1) {
      const id = records[index]!['id'] as string;
      const first = firstIndex.get(id);
      if (first !== undefined) {
        kept.drop(index);
        collector.add({
          severity: 'error',
          code: 'duplicate-id',
          path: pathOf(collection, index, 'id'),
          params: { id, first: `$.${collection}[${options.origins[collection][first] ?? first}]` },
        });
      } else {
        firstIndex.set(id, index);
        kept.keep(index);
      }
      if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield index;
    }
    const result = kept.result();
    (feed as unknown as Record<string, unknown[]>)[collection] = result.records;
    options.origins[collection] = result.origins;
    keptIds.set(collection, firstIndex);
    if (collection === 'organisations') organisationsInPlace = kept.whole;
  }
  yield 0;

  const ids = (collection: RecordCollection): ReadonlyMap<string, number> => keptIds.get(collection) ?? new Map();
  const territoryIds = ids('territories');
  const clusterIds = ids('clusters');
  const organisationIds = ids('organisations');
  const taxonomyValues = new Map<string, Set<string>>();

  // 2. Taxonomies: values unique, parents resolve within the taxonomy.
  (feed.taxonomies ?? []).forEach((taxonomy, taxonomyIndex) => {
    const valueIds = new Set<string>();
    taxonomy.values = taxonomy.values.filter((value, valueIndex) => {
      if (valueIds.has(value.id)) {
        collector.add({
          severity: 'error',
          code: 'duplicate-id',
          path: pathOf('taxonomies', taxonomyIndex, 'values', valueIndex, 'id'),
          params: { id: value.id, first: `$.taxonomies[${options.origins.taxonomies[taxonomyIndex]}]` },
        });
        return false;
      }
      valueIds.add(value.id);
      return true;
    });
    taxonomy.values.forEach((value, valueIndex) => {
      if (value.parent !== undefined && !valueIds.has(value.parent)) {
        collector.add({
          severity: 'error',
          code: 'dangling-reference',
          path: pathOf('taxonomies', taxonomyIndex, 'values', valueIndex, 'parent'),
          params: { id: value.parent, kind: 'values' },
        });
        delete value.parent;
      }
    });
    // Deeper than MAX_TAXONOMY_DEPTH levels: attached to the root (depths computed in one pass).
    const depths = valueDepths(taxonomy.values);
    taxonomy.values.forEach((value, valueIndex) => {
      if ((depths.get(value.id) ?? 0) < MAX_TAXONOMY_DEPTH) return;
      collector.add({
        severity: 'warning',
        code: 'taxonomy-too-deep',
        path: pathOf('taxonomies', taxonomyIndex, 'values', valueIndex, 'parent'),
        params: { id: value.id, max: MAX_TAXONOMY_DEPTH },
      });
      delete value.parent;
    });
    taxonomyValues.set(taxonomy.id, valueIds);
  });

  // 3. References.
  (feed.territories ?? []).forEach((territory, index) => {
    if (territory.parent !== undefined && !territoryIds.has(territory.parent)) {
      collector.add({
        severity: 'error',
        code: 'dangling-reference',
        path: pathOf('territories', index, 'parent'),
        params: { id: territory.parent, kind: 'territories' },
      });
      delete territory.parent;
    }
    checkGeometryRings(territory.geometry, pathOf('territories', index, 'geometry'), collector);
  });
  // Deeper than MAX_TERRITORY_DEPTH levels: the parent is dropped, so that a cluster's territories
  // expand to their ancestors in a few steps (a chain of 20,000 parents would freeze the page).
  const territoryDepths = valueDepths(feed.territories ?? []);
  (feed.territories ?? []).forEach((territory, index) => {
    if ((territoryDepths.get(territory.id) ?? 0) < MAX_TERRITORY_DEPTH) return;
    collector.add({
      severity: 'warning',
      code: 'territory-too-deep',
      path: pathOf('territories', index, 'parent'),
      params: { id: territory.id, max: MAX_TERRITORY_DEPTH },
    });
    delete territory.parent;
  });

  const builtInDimensions = new Set(CLUSTER_DIMENSION_IDS);
  for (let index = 0; index < feed.clusters.length; index += 1) {
    const cluster = feed.clusters[index]!;
    // Lists of codes and references: a value repeated (100,000 times the same territory) is kept once.
    for (const field of REPEATABLE_CLUSTER_LISTS) {
      const list = (cluster as AnyRecord)[field];
      if (!Array.isArray(list)) continue;
      const unique = firstOccurrences(list as string[], pathOf('clusters', index, field), collector);
      (cluster as AnyRecord)[field] = list.filter((_, at) => unique[at]);
    }
    if (cluster.territories) {
      cluster.territories = cluster.territories.filter((reference, referenceIndex) => {
        if (territoryIds.has(reference)) return true;
        collector.add({
          severity: 'error',
          code: 'dangling-reference',
          path: pathOf('clusters', index, 'territories', referenceIndex),
          params: { id: reference, kind: 'territories' },
        });
        return false;
      });
    }
    if (cluster.categories) {
      const categories: Record<string, string[]> = {};
      for (const [taxonomyId, raw] of Object.entries(cluster.categories)) {
        const declared = taxonomyValues.get(taxonomyId);
        if (!declared && !builtInDimensions.has(taxonomyId)) {
          collector.add({
            severity: 'error',
            code: 'dangling-reference',
            path: pathOf('clusters', index, 'categories', taxonomyId),
            params: { id: taxonomyId, kind: 'taxonomies' },
          });
          continue;
        }
        const unique = Array.isArray(raw)
          ? firstOccurrences(raw, pathOf('clusters', index, 'categories', taxonomyId), collector)
          : [true];
        categories[taxonomyId] = asArray(raw).filter((valueId, valueIndex) => {
          if (!unique[valueIndex]) return false;
          if (!declared || declared.has(valueId)) return true;
          collector.add({
            severity: 'error',
            code: 'dangling-reference',
            path: [...pathOf('clusters', index, 'categories', taxonomyId), ...(Array.isArray(raw) ? [valueIndex] : [])],
            params: { id: valueId, kind: 'values' },
          });
          return false;
        });
      }
      cluster.categories = categories;
    }
    checkClusterActivity(cluster as AnyRecord, pathOf('clusters', index), collector, {
      known: (reference) =>
        clusterIds.has(reference) ||
        organisationIds.has(reference) ||
        isExternalReference(reference, feed.publisher.id),
      zone: (reference) => territoryIds.has(reference) || /^[A-Z]{2}$/.test(reference),
    });
    checkUrls(cluster as AnyRecord, () => pathOf('clusters', index), collector, options.base);
    checkIdentifiers(cluster as AnyRecord, () => pathOf('clusters', index), collector);
    if (index % CLUSTERS_PER_STEP === CLUSTERS_PER_STEP - 1) yield index;
  }

  const organisations = feed.organisations ?? [];
  for (let index = 0; index < organisations.length; index += 1) {
    const organisation = organisations[index]!;
    checkUrls(organisation as AnyRecord, () => pathOf('organisations', index), collector, options.base);
    checkIdentifiers(organisation as AnyRecord, () => pathOf('organisations', index), collector);
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield index;
  }

  if (feed.memberships) {
    const kept = new KeptRecords(feed.memberships, options.origins.memberships);
    const organisationOfKept = new Int32Array(feed.memberships.length);
    // Memberships are mostly listed organisation by organisation: the last one's organisation, or
    // the next in the list, is read before the map of ids, whose look-ups each miss the
    // processor's cache (some 20 ms at 100,000 organisations). Only where the map's indexes are
    // the list's positions (no duplicate left out).
    const inOrder = organisationsInPlace ? (feed.organisations ?? []) : [];
    let last = -1;
    for (let index = 0; index < feed.memberships.length; index += 1) {
      const membership = feed.memberships[index]!;
      let ok = true;
      if (!clusterIds.has(membership.cluster)) {
        collector.add({
          severity: 'error',
          code: 'dangling-reference',
          path: pathOf('memberships', index, 'cluster'),
          params: { id: membership.cluster, kind: 'clusters' },
        });
        ok = false;
      }
      const named = membership.organisation;
      const organisationIndex =
        inOrder[last]?.id === named ? last : inOrder[last + 1]?.id === named ? last + 1 : organisationIds.get(named);
      if (organisationIndex !== undefined) last = organisationIndex;
      else {
        collector.add({
          severity: 'error',
          code: 'dangling-reference',
          path: pathOf('memberships', index, 'organisation'),
          params: { id: named, kind: 'organisations' },
        });
        ok = false;
      }
      // Asked only of a membership with both dates: most have one or none, and each ask makes a closure.
      if (membership.until !== undefined && membership.since !== undefined)
        checkPeriod(membership, 'since', 'until', () => pathOf('memberships', index), collector);
      if (ok) {
        organisationOfKept[kept.count] = organisationIndex!;
        kept.keep(index);
      } else kept.drop(index);
      if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield index;
    }
    const { records: keptMemberships, origins: keptOrigins } = kept.result();
    if (feed.organisations && organisationsInPlace)
      leaveResolvedMemberships(keptMemberships, {
        organisations: feed.organisations,
        indexById: organisationIds as Map<string, number>,
        organisationOf: organisationOfKept.subarray(0, kept.count),
      });
    feed.memberships = keptMemberships;
    options.origins.memberships = keptOrigins;
    yield 0;
  }

  for (const collection of ['cooperations', 'networks'] as const) {
    const records = feed[collection];
    if (!records) continue;
    const minimum = collection === 'cooperations' ? 2 : 1;
    const keptOrigins: number[] = [];
    const kept = (records as Array<{ clusters: string[] } & AnyRecord>).filter((record, index) => {
      // A reference listed twice is kept once: `["a","b","a","b",…]` must not draw a line per repeat.
      const unique = firstOccurrences(record.clusters, pathOf(collection, index, 'clusters'), collector);
      record.clusters = record.clusters.filter((reference, referenceIndex) => {
        if (!unique[referenceIndex]) return false;
        if (clusterIds.has(reference) || isExternalReference(reference, feed.publisher.id)) return true;
        collector.add({
          severity: 'error',
          code: 'dangling-reference',
          path: pathOf(collection, index, 'clusters', referenceIndex),
          params: { id: reference, kind: 'clusters' },
        });
        return false;
      });
      checkUrls(record, () => pathOf(collection, index), collector, options.base);
      checkPeriod(record, 'since', 'until', () => pathOf(collection, index), collector);
      if (collection === 'networks' && Array.isArray(record['members']))
        // Organisations may belong to a network themselves (1.1): they must be the feed's.
        record['members'] = keepKnown(
          record['members'] as string[],
          (reference) => organisationIds.has(reference) || isExternalReference(reference, feed.publisher.id),
          pathOf(collection, index, 'members'),
          'organisations',
          collector,
        );
      if (record.clusters.length < minimum) {
        collector.add({
          severity: 'error',
          code: 'record-dropped',
          path: pathOf(collection, index),
          params: { kind: collection, field: 'clusters' },
        });
        return false;
      }
      keptOrigins.push(options.origins[collection][index] ?? index);
      return true;
    });
    (feed as unknown as Record<string, unknown[]>)[collection] = kept;
    options.origins[collection] = keptOrigins;
  }

  // 4. The publisher and the feed's dates.
  checkUrls(feed.publisher as AnyRecord, () => ['publisher'], collector, options.base);
  if (feed.updated) {
    const updated = Date.parse(feed.updated);
    if (!Number.isNaN(updated)) {
      if (updated - options.now.getTime() > ONE_DAY_MS) {
        collector.add({
          severity: 'warning',
          code: 'updated-in-future',
          path: ['updated'],
          params: { value: feed.updated },
        });
      } else if (options.now.getTime() - updated > TWO_YEARS_MS) {
        collector.add({
          severity: 'warning',
          code: 'updated-stale',
          path: ['updated'],
          params: { value: feed.updated },
        });
      }
    }
  }

  // 5. Points that look swapped: far from the others, close to them once swapped.
  yield* checkSwappedPoints(feed, collector, pathOf);

  // 6. Recommended fields, one line per field (each field a step: 100,000 records are read).
  const recommend = (collection: RecordCollection, field: string, has: (record: AnyRecord) => boolean) => {
    const records = (feed[collection] as AnyRecord[] | undefined) ?? [];
    let missing = 0;
    let first: number | undefined;
    records.forEach((record, index) => {
      if (!has(record)) {
        missing += 1;
        first ??= index;
      }
    });
    if (missing > 0 && first !== undefined) {
      collector.add({
        severity: 'warning',
        code: 'recommended-missing',
        path: pathOf(collection, first, field),
        params: {
          count: missing,
          total: records.length,
          kind: collection,
          field,
          first: `$.${collection}[${options.origins[collection][first] ?? first}]`,
        },
      });
    }
  };
  recommend('clusters', 'location', (record) => record['location'] !== undefined);
  recommend('clusters', 'kind', (record) => record['kind'] !== undefined);
  recommend('clusters', 'description', (record) => record['description'] !== undefined);
  recommend('clusters', 'website', (record) => record['website'] !== undefined);
  yield 0;
  recommend('organisations', 'location', (record) => record['location'] !== undefined || record['sites'] !== undefined);
  yield 0;
  recommend('organisations', 'kind', (record) => record['kind'] !== undefined);
  yield 0;
  if (!feed.publisher.url && !feed.publisher.contact) {
    collector.add({
      severity: 'warning',
      code: 'recommended-missing',
      path: ['publisher', 'url'],
      params: { count: 1, total: 1, kind: 'publisher', field: 'url', first: '' },
    });
  }
  if (!feed.updated)
    collector.add({
      severity: 'warning',
      code: 'recommended-missing',
      path: ['updated'],
      params: { count: 1, total: 1, kind: 'publisher', field: 'updated', first: '' },
    });
  if (!feed.license)
    collector.add({
      severity: 'warning',
      code: 'recommended-missing',
      path: ['license'],
      params: { count: 1, total: 1, kind: 'publisher', field: 'license', first: '' },
    });
}

/**
 * `publisher:id` names a cluster in another publisher's feed: cooperations and networks cross
 * feeds, and are resolved when the feeds are loaded together.
 */
export function isExternalReference(reference: string, ownPublisherId: string): boolean {
  const separator = reference.indexOf(':');
  return separator > 0 && separator < reference.length - 1 && reference.slice(0, separator) !== ownPublisherId;
}
