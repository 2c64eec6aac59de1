/**
 * A validated feed, indexed for the questions the components ask: a cluster by id, its
 * members, cooperations and networks; the values of every typology dimension (built-in or
 * declared by the feed) and which clusters carry each; folded text for search; organisation
 * coordinates as flat arrays for the map. Built once per load; never mutated afterwards, so it
 * can be shared through context.
 */
import type {
  Cluster,
  Cooperation,
  Feed,
  LocalisedText,
  Membership,
  Network,
  Organisation,
  Territory,
} from '../schema/feed-schema.js';
import {
  buildOrganisationTables,
  buildOrganisationTablesInSlices,
  type OrganisationTables,
} from './organisation-tables.js';
import type { FeedOrigin } from '../load/merge-feeds.js';
import { feedBaseUrl } from '../text/sanitise-url.js';
import { CLUSTER_DIMENSIONS, type VocabularyLabel } from '../schema/vocabularies.js';
import { allVariants } from '../text/localised-text.js';
import { foldCompact, organisationSearchText, searchTextFoldedAhead } from '../text/search-text.js';

/** A label as the feed or the built-in vocabulary gives it; resolved to a language when shown. */
export type DimensionLabel = LocalisedText | VocabularyLabel;

export interface DimensionValue {
  id: string;
  label: DimensionLabel;
  /** `#rrggbb`, from the feed's taxonomy (already checked by the schema). */
  color?: string;
  parent?: string;
  /** Its place in the built-in vocabulary, if it is one of its terms (its colour follows it). */
  rank?: number;
  /** Indexes (in `FeedIndex.clusters`) of the clusters that carry this value. */
  clusters: number[];
}

export interface Dimension {
  /** The `filter-<id>` attribute and the key in `filters.facets`. */
  id: string;
  label: DimensionLabel;
  builtIn: boolean;
  ordered: boolean;
  /** How many terms the built-in vocabulary has (the values' `rank` run below it). */
  vocabularySize?: number;
  values: DimensionValue[];
  valueById: Map<string, DimensionValue>;
  /** For each cluster index, the ids of its values in this dimension. */
  valuesOfCluster: string[][];
}

/** Dimensions that are not typologies but filter just the same. */
const TERRITORY_DIMENSION_LABEL: VocabularyLabel = { fr: 'Territoire', en: 'Territory' };
const NETWORK_DIMENSION_LABEL: VocabularyLabel = { fr: 'Réseau', en: 'Network' };

function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as T];
}

export class FeedIndex {
  readonly feed: Feed;
  readonly clusters: readonly Cluster[];
  readonly organisations: readonly Organisation[];
  readonly clusterIndexById = new Map<string, number>();
  readonly organisationIndexById: Map<string, number>;
  readonly territoryById = new Map<string, Territory>();
  readonly dimensions: Dimension[] = [];
  readonly dimensionById = new Map<string, Dimension>();
  /** Membership indexes by cluster index. */
  readonly membershipsOfCluster: number[][];
  /** Membership indexes by organisation index. */
  readonly membershipsOfOrganisation: number[][];
  readonly cooperationsOfCluster: Cooperation[][];
  readonly networksOfCluster: Network[][];
  /** Folded, separator-free text of each cluster, for search. */
  readonly clusterSearchText: string[];
  /** Folded text of each organisation, built on first search (large feeds rarely need it). */
  private readonly organisationSearchTextCache: string[] = [];
  /** Longitude and latitude of each organisation's main location (NaN when it has none). */
  readonly organisationLongitudes: Float64Array;
  readonly organisationLatitudes: Float64Array;
  /** The feed's default language: the first of `languages`, else French. */
  readonly defaultLanguage: string;
  /** When the index was built: what "former" membership is measured against. */
  readonly now: Date;
  /** For each membership (index in `feed.memberships`), 1 when current, 0 when its `until` has passed. */
  readonly membershipIsCurrent: Uint8Array;
  /** For each cluster, its current members (former ones are not counted). */
  readonly currentMembersOfCluster: Int32Array;

  /** The feeds merged here, by the prefix of their ids. */
  private readonly originByPrefix = new Map<string, FeedOrigin>();

  /**
   * @param now when "former" is decided: a membership whose `until` has passed by then is a
   * former one (tests pass a fixed date).
   * @param origins the feeds merged into `feed` (`mergeFeedsWithPrefixes`): where each record
   * came from, for its relative links and to say on whose word a cross-feed record stands
   * @param tables the organisations' part, when built beforehand in slices (`FeedIndex.build`)
   */
  constructor(feed: Feed, now: Date = new Date(), origins: readonly FeedOrigin[] = [], tables?: OrganisationTables) {
    this.feed = feed;
    this.now = now;
    for (const origin of origins) this.originByPrefix.set(origin.prefix, origin);
    this.clusters = feed.clusters;
    this.organisations = feed.organisations ?? [];
    this.defaultLanguage = feed.languages?.[0] ?? 'fr';
    this.clusters.forEach((cluster, index) => this.clusterIndexById.set(cluster.id, index));
    for (const territory of feed.territories ?? []) this.territoryById.set(territory.id, territory);
    const organisationTables = tables ?? buildOrganisationTables(feed, this.clusterIndexById, now);
    this.organisationIndexById = organisationTables.organisationIndexById;
    this.membershipsOfCluster = organisationTables.membershipsOfCluster;
    this.membershipsOfOrganisation = organisationTables.membershipsOfOrganisation;
    this.membershipIsCurrent = organisationTables.membershipIsCurrent;
    this.currentMembersOfCluster = organisationTables.currentMembersOfCluster;
    this.organisationLongitudes = organisationTables.organisationLongitudes;
    this.organisationLatitudes = organisationTables.organisationLatitudes;

    this.cooperationsOfCluster = this.clusters.map(() => []);
    for (const cooperation of feed.cooperations ?? []) {
      for (const reference of cooperation.clusters) {
        const clusterIndex = this.clusterIndexById.get(reference);
        if (clusterIndex !== undefined) this.cooperationsOfCluster[clusterIndex]!.push(cooperation);
      }
    }
    this.networksOfCluster = this.clusters.map(() => []);
    for (const network of feed.networks ?? []) {
      for (const reference of network.clusters) {
        const clusterIndex = this.clusterIndexById.get(reference);
        if (clusterIndex !== undefined) this.networksOfCluster[clusterIndex]!.push(network);
      }
    }

    this.buildDimensions();

    this.clusterSearchText = this.clusters.map((cluster) => {
      const parts = [
        ...allVariants(cluster.name),
        ...allVariants(cluster.shortName),
        ...allVariants(cluster.description),
        cluster.address?.city ?? '',
        ...(cluster.territories ?? []).flatMap((id) => allVariants(this.territoryById.get(id)?.name)),
      ];
      return foldCompact(parts.join(' '));
    });
  }

  /** Builds the index in slices of a few milliseconds, the page answering in between (large feeds). */
  static async build(
    feed: Feed,
    now: Date = new Date(),
    origins: readonly FeedOrigin[] = [],
    options: { signal?: AbortSignal } = {},
  ): Promise<FeedIndex> {
    const clusterIndexById = new Map(feed.clusters.map((cluster, index) => [cluster.id, index]));
    const tables = await buildOrganisationTablesInSlices(feed, clusterIndexById, now, options);
    return new FeedIndex(feed, now, origins, tables);
  }

  private addDimension(dimension: Omit<Dimension, 'valueById'>): void {
    const full: Dimension = { ...dimension, valueById: new Map(dimension.values.map((value) => [value.id, value])) };
    this.dimensions.push(full);
    this.dimensionById.set(full.id, full);
  }

  private buildDimensions(): void {
    const declared = new Map((this.feed.taxonomies ?? []).map((taxonomy) => [taxonomy.id, taxonomy]));
    const clusterCount = this.clusters.length;

    const collect = (
      id: string,
      label: DimensionLabel,
      builtIn: boolean,
      ordered: boolean,
      knownValues: Array<Omit<DimensionValue, 'clusters'>>,
      valuesOf: (cluster: Cluster) => string[],
      vocabularySize?: number,
    ) => {
      const values = new Map<string, DimensionValue>();
      for (const value of knownValues) values.set(value.id, { ...value, clusters: [] });
      const valuesOfCluster: string[][] = new Array(clusterCount);
      for (let index = 0; index < clusterCount; index += 1) {
        const ids = [...new Set(valuesOf(this.clusters[index]!))];
        valuesOfCluster[index] = ids;
        for (const valueId of ids) {
          let value = values.get(valueId);
          if (!value) {
            // Open vocabularies (sector) take any code: its label is the code itself.
            value = { id: valueId, label: valueId, clusters: [] };
            values.set(valueId, value);
          }
          value.clusters.push(index);
        }
      }
      // A value is listed when a cluster carries it, or when it is the parent of one that is.
      const used = [...values.values()].filter((value) => value.clusters.length > 0);
      const usedIds = new Set(used.map((value) => value.id));
      for (const value of used) {
        let parent = value.parent ? values.get(value.parent) : undefined;
        while (parent && !usedIds.has(parent.id)) {
          usedIds.add(parent.id);
          parent = parent.parent ? values.get(parent.parent) : undefined;
        }
      }
      const listed = [...values.values()].filter((value) => usedIds.has(value.id));
      if (listed.length === 0) return;
      this.addDimension({
        id,
        label,
        builtIn,
        ordered,
        ...(vocabularySize !== undefined ? { vocabularySize } : {}),
        values: listed,
        valuesOfCluster,
      });
    };

    for (const vocabulary of CLUSTER_DIMENSIONS) {
      const override = declared.get(vocabulary.id);
      const known = new Map<string, Omit<DimensionValue, 'clusters'>>(
        vocabulary.terms.map((term, rank) => [term.id, { id: term.id, label: term.label, rank }]),
      );
      // A feed may declare a taxonomy with a built-in id to relabel, colour or extend it.
      for (const value of override?.values ?? []) {
        const rank = known.get(value.id)?.rank;
        known.set(value.id, {
          id: value.id,
          label: value.label,
          ...(rank !== undefined ? { rank } : {}),
          ...(value.color ? { color: value.color } : {}),
          ...(value.parent ? { parent: value.parent } : {}),
        });
      }
      collect(
        vocabulary.id,
        override?.label ?? vocabulary.label,
        true,
        vocabulary.ordered ?? false,
        [...known.values()],
        (cluster) =>
          expandAncestors(
            [
              ...asArray((cluster as Record<string, unknown>)[vocabulary.id] as string | string[] | undefined),
              ...asArray(ownCategory(cluster, vocabulary.id)),
            ],
            override?.values ?? [],
          ),
        vocabulary.terms.length,
      );
    }

    for (const taxonomy of this.feed.taxonomies ?? []) {
      if (this.dimensionById.has(taxonomy.id) || CLUSTER_DIMENSIONS.some((vocabulary) => vocabulary.id === taxonomy.id))
        continue;
      collect(
        taxonomy.id,
        taxonomy.label,
        false,
        false,
        taxonomy.values.map((value) => ({
          id: value.id,
          label: value.label,
          ...(value.color ? { color: value.color } : {}),
          ...(value.parent ? { parent: value.parent } : {}),
        })),
        (cluster) => expandAncestors(asArray(ownCategory(cluster, taxonomy.id)), taxonomy.values),
      );
    }

    // Territories: a cluster in a département is also in its region.
    if (this.territoryById.size > 0) {
      collect(
        'territory',
        TERRITORY_DIMENSION_LABEL,
        true,
        false,
        [...this.territoryById.values()].map((territory) => ({
          id: territory.id,
          label: territory.name,
          ...(territory.parent ? { parent: territory.parent } : {}),
        })),
        (cluster) => {
          const ids: string[] = [];
          // One walk per cluster: a territory reached twice has had its ancestors added already.
          const seen = new Set<string>();
          for (const id of cluster.territories ?? []) {
            let territory = this.territoryById.get(id);
            while (territory && !seen.has(territory.id)) {
              seen.add(territory.id);
              ids.push(territory.id);
              territory = territory.parent ? this.territoryById.get(territory.parent) : undefined;
            }
          }
          return ids;
        },
      );
    }

    if ((this.feed.networks ?? []).length > 0) {
      collect(
        'network',
        NETWORK_DIMENSION_LABEL,
        true,
        false,
        (this.feed.networks ?? []).map((network) => ({ id: network.id, label: network.name })),
        (cluster) => this.networksOfCluster[this.clusterIndexById.get(cluster.id)!]!.map((network) => network.id),
      );
    }
  }

  /** Memberships of a cluster, with their organisations and whether they are current. */
  membersOf(
    clusterId: string,
  ): Array<{ membership: Membership; organisation: Organisation; organisationIndex: number; current: boolean }> {
    const clusterIndex = this.clusterIndexById.get(clusterId);
    if (clusterIndex === undefined) return [];
    const memberships = this.feed.memberships ?? [];
    return this.membershipsOfCluster[clusterIndex]!.flatMap((membershipIndex) => {
      const membership = memberships[membershipIndex]!;
      const organisationIndex = this.organisationIndexById.get(membership.organisation);
      return organisationIndex === undefined
        ? []
        : [
            {
              membership,
              organisation: this.organisations[organisationIndex]!,
              organisationIndex,
              current: this.membershipIsCurrent[membershipIndex] === 1,
            },
          ];
    });
  }

  /** An organisation's folded name, short name (acronym) and town, for search. */
  organisationSearchText(index: number): string {
    if (this.organisationSearchTextCache.length < this.organisations.length) this.prepareOrganisationSearch(Infinity);
    return this.organisationSearchTextCache[index] ?? '';
  }

  /**
   * Folds up to `count` more organisations' search texts; true when all are done. The store
   * has it done in slices after a load, so that the first search by member does not fold
   * 100,000 names at once; a search before then finishes the work.
   */
  prepareOrganisationSearch(count: number): boolean {
    const cache = this.organisationSearchTextCache;
    const end = Math.min(this.organisations.length, cache.length + count);
    for (let index = cache.length; index < end; index += 1) {
      const organisation = this.organisations[index]!;
      cache.push(searchTextFoldedAhead(organisation) ?? organisationSearchText(organisation));
    }
    return cache.length >= this.organisations.length;
  }

  /** `prepareOrganisationSearch`, `count` at a time, as steps for `runStepsInSlices`, until done or `stop()`. */
  *organisationSearchSteps(count: number, stop: () => boolean): Generator<void, void> {
    while (!stop() && !this.prepareOrganisationSearch(count)) yield;
  }

  cluster(id: string): Cluster | undefined {
    const index = this.clusterIndexById.get(id);
    return index === undefined ? undefined : this.clusters[index];
  }

  /** The clusters an organisation belongs to, with each membership, current ones first. */
  clustersOf(
    organisationId: string,
  ): Array<{ membership: Membership; clusterIndex: number | undefined; current: boolean }> {
    const organisationIndex = this.organisationIndexById.get(organisationId);
    if (organisationIndex === undefined) return [];
    const memberships = this.feed.memberships ?? [];
    return this.membershipsOfOrganisation[organisationIndex]!.map((membershipIndex) => ({
      membership: memberships[membershipIndex]!,
      clusterIndex: this.clusterIndexById.get(memberships[membershipIndex]!.cluster),
      current: this.membershipIsCurrent[membershipIndex] === 1,
    })).sort((a, b) => Number(b.current) - Number(a.current));
  }

  /** The feed a record (cluster, organisation, cooperation, network) came from, by its id's prefix. */
  originOf(recordId: string): FeedOrigin | undefined {
    if (this.originByPrefix.size <= 1) return this.originByPrefix.values().next().value;
    const separator = recordId.indexOf(':');
    return separator < 0 ? undefined : this.originByPrefix.get(recordId.slice(0, separator));
  }

  /** The absolute URL a record's relative links resolve against: its feed's (as validation used). */
  baseUrlOf(recordId: string): string | undefined {
    return feedBaseUrl(this.originOf(recordId)?.source);
  }

  /**
   * The publisher on whose word a cooperation or network stands, when another feed than the
   * cluster's own declared it (a feed may name other publishers' clusters); null otherwise.
   */
  declaredElsewhere(recordId: string, clusterId: string): LocalisedText | null {
    if (this.originByPrefix.size <= 1) return null;
    const declaring = this.originOf(recordId);
    return declaring && declaring !== this.originOf(clusterId) ? declaring.publisherName : null;
  }

  /**
   * A cluster's id as a user or a link gives it: exact, or (when several feeds are merged and ids
   * carry their publisher's prefix) the unprefixed id when only one cluster has it.
   */
  resolveClusterId(id: string): string | undefined {
    return resolveId(id, this.clusterIndexById, this.clusters);
  }

  /** An organisation's id as a link gives it, the same way as `resolveClusterId`. */
  resolveOrganisationId(id: string): string | undefined {
    return resolveId(id, this.organisationIndexById, this.organisations);
  }
}

/** Exact, or the one record whose prefixed id (`publisher:id`) ends with `:id`. */
function resolveId(
  id: string,
  byId: ReadonlyMap<string, number>,
  records: ReadonlyArray<{ id: string }>,
): string | undefined {
  if (byId.has(id)) return id;
  const suffix = `:${id}`;
  const matches = records.filter((record) => record.id.endsWith(suffix));
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/** A cluster's values of a taxonomy: own keys only (a taxonomy may be called `constructor`). */
function ownCategory(cluster: Cluster, taxonomyId: string): string | string[] | undefined {
  const categories = cluster.categories;
  return categories && Object.hasOwn(categories, taxonomyId) ? categories[taxonomyId] : undefined;
}

const parentMaps = new WeakMap<object, Map<string, string | undefined> | null>();

/** With nested taxonomies, a cluster tagged "géothermie" also counts under "énergie". */
function expandAncestors(ids: string[], values: ReadonlyArray<{ id: string; parent?: string | undefined }>): string[] {
  // The parents of a taxonomy's values, once per taxonomy (not once per cluster).
  let parentOf = parentMaps.get(values);
  if (parentOf === undefined) {
    parentOf = values.some((value) => value.parent) ? new Map(values.map((value) => [value.id, value.parent])) : null;
    parentMaps.set(values, parentOf);
  }
  if (parentOf === null) return ids;
  const out = new Set<string>();
  for (const id of ids) {
    let current: string | undefined = id;
    while (current !== undefined && !out.has(current)) {
      out.add(current);
      current = parentOf.get(current);
    }
  }
  return [...out];
}
