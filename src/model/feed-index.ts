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
import { buildDimensions, type Dimension } from './dimensions.js';
import { yieldToPage } from '../validate/yield-to-page.js';
import { allVariants } from '../text/localised-text.js';
import { foldCompact, organisationSearchText, searchTextFoldedAhead } from '../text/search-text.js';

export type { Dimension, DimensionLabel, DimensionValue } from './dimensions.js';

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
  /** For each membership, its cluster's and its organisation's index, -1 when unknown. */
  readonly clusterOfMembership: Int32Array;
  readonly organisationOfMembership: Int32Array;
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
    this.clusterOfMembership = organisationTables.clusterOfMembership;
    this.organisationOfMembership = organisationTables.organisationOfMembership;
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

    for (const dimension of buildDimensions(feed, this.territoryById, this.networksOfCluster)) {
      this.dimensions.push(dimension);
      this.dimensionById.set(dimension.id, dimension);
    }

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
    // The clusters' part, then the first render of the index, each in a task of its own.
    await yieldToPage();
    options.signal?.throwIfAborted();
    const index = new FeedIndex(feed, now, origins, tables);
    await yieldToPage();
    options.signal?.throwIfAborted();
    return index;
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
