/**
 * Several publishers' feeds in one view (a national or European aggregation). Ids are unique
 * only within a feed, so clusters, organisations, cooperations and networks are namespaced by
 * their publisher's id (`auvergne:memo`); a reference written `publisher:id` in one feed then
 * resolves to the other feed's record. Territories and taxonomies are shared vocabularies:
 * the same id in two feeds is the same thing, and the first definition wins.
 */
import type { Feed, LocalisedText } from '../schema/feed-schema.js';
import type { FeedProblem } from '../validate/problems.js';

/**
 * A publisher id as a prefix: `:` (the separator) and `%` escaped, so that publisher `region`
 * with cluster `pole:memo` and publisher `region:pole` with cluster `memo` stay two clusters
 * (`region:pole:memo` and `region%3Apole:memo`).
 */
export function prefixOf(publisherId: string): string {
  return publisherId.replace(/%/g, '%25').replace(/:/g, '%3A');
}

/** A short, stable tag of a feed's URL (FNV-1a), for two feeds that claim the same publisher id. */
function sourceTag(source: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < source.length; index += 1) {
    hash ^= source.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).slice(0, 6);
}

export interface FeedToMerge {
  feed: Feed;
  source: string;
}

/** Where the records with one prefix came from: to say on whose word a record stands, and to resolve its links. */
export interface FeedOrigin {
  /** The prefix of the feed's ids once merged (`''` for a single feed). */
  prefix: string;
  publisherName: LocalisedText;
  /** The feed's URL, as loaded. */
  source: string;
}

/**
 * One feed, "merged": itself, its ids unprefixed. Apart from the merging proper so that a page
 * showing one feed takes only this (feed-reader.ts), not the merge's code.
 */
export function mergedAlone({ feed, source }: FeedToMerge): ReturnType<typeof mergeFeedsWithPrefixes> {
  return { feed, prefixes: [''], origins: [{ prefix: '', publisherName: feed.publisher.name, source }], problems: [] };
}

export function mergeFeeds(feeds: readonly FeedToMerge[]): Feed {
  return mergeFeedsWithPrefixes(feeds).feed;
}

/**
 * The merged feed, the prefix each feed's ids received (empty for a single feed), and what the
 * merge could not settle (a publisher id claimed by two feeds, a reference that names two
 * records): reported, never resolved by the order of `src`.
 */
export function mergeFeedsWithPrefixes(feeds: readonly FeedToMerge[]): {
  feed: Feed;
  prefixes: string[];
  origins: FeedOrigin[];
  problems: FeedProblem[];
} {
  const originsOf = (prefixes: readonly string[]) =>
    feeds.map(({ feed, source }, position) => ({
      prefix: prefixes[position]!,
      publisherName: feed.publisher.name,
      source,
    }));
  if (feeds.length === 1) return mergedAlone(feeds[0]!);
  if (feeds.length === 0) throw new Error('mergeFeeds needs at least one feed');
  const problems: FeedProblem[] = [];
  // A publisher id claimed by several feeds: each of them is told apart by its URL, whatever the order.
  const claims = new Map<string, number>();
  for (const { feed } of feeds) claims.set(feed.publisher.id, (claims.get(feed.publisher.id) ?? 0) + 1);
  const prefixes = feeds.map(({ feed, source }) =>
    (claims.get(feed.publisher.id) ?? 0) > 1
      ? `${prefixOf(feed.publisher.id)}~${sourceTag(source)}`
      : prefixOf(feed.publisher.id),
  );
  for (const [publisherId, count] of claims) {
    if (count > 1)
      problems.push({
        severity: 'warning',
        code: 'publisher-id-shared',
        path: ['publisher', 'id'],
        params: { id: publisherId, count },
      });
  }
  // Every cluster id, as written by its feed, under each publisher id: to resolve `publisher:id` references.
  const clustersByPublisher = new Map<string, Array<{ prefix: string; ids: Set<string> }>>();
  feeds.forEach(({ feed }, feedIndex) => {
    const list = clustersByPublisher.get(feed.publisher.id) ?? [];
    list.push({ prefix: prefixes[feedIndex]!, ids: new Set(feed.clusters.map((cluster) => cluster.id)) });
    clustersByPublisher.set(feed.publisher.id, list);
  });
  /**
   * `publisher:id` from another feed, as merged: every reading of the reference (a publisher id
   * may itself hold `:`) that names an existing cluster; one reading resolves, several are a
   * collision (reported, left unresolved), none leaves the reference as written.
   */
  const externalReference = (reference: string, from: number, at: (string | number)[]): string => {
    const readings: string[] = [];
    for (let separator = reference.indexOf(':'); separator > 0; separator = reference.indexOf(':', separator + 1)) {
      const publisherId = reference.slice(0, separator);
      const id = reference.slice(separator + 1);
      for (const candidate of clustersByPublisher.get(publisherId) ?? [])
        if (candidate.ids.has(id)) readings.push(`${candidate.prefix}:${id}`);
    }
    if (readings.length === 1) return readings[0]!;
    if (readings.length > 1)
      problems.push({
        severity: 'error',
        code: 'merge-collision',
        path: at,
        params: { id: reference, count: readings.length, feed: from + 1 },
      });
    return reference;
  };

  const merged: Feed = {
    format: 'grappe-feed',
    version: feeds[0]!.feed.version,
    publisher: {
      id: 'merged',
      name: feeds.map(({ feed }) => feed.publisher.name).find((name) => typeof name === 'string') ?? '',
    },
    languages: [...new Set(feeds.flatMap(({ feed }) => feed.languages ?? []))],
    taxonomies: [],
    territories: [],
    clusters: [],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  };
  if (merged.languages?.length === 0) delete merged.languages;
  const taxonomyIds = new Set<string>();
  const territoryIds = new Set<string>();

  feeds.forEach(({ feed }, feedIndex) => {
    const prefix = prefixes[feedIndex]!;
    const own = (id: string) => `${prefix}:${id}`;
    // A reference to another publisher's record is qualified (`publisher:id`); a local one gets the prefix.
    const clusterIds = new Set(feed.clusters.map((cluster) => cluster.id));
    const clusterReference = (collection: string, recordIndex: number) => (reference: string, at: number) =>
      clusterIds.has(reference)
        ? own(reference)
        : externalReference(reference, feedIndex, [collection, recordIndex, 'clusters', at]);

    for (const taxonomy of feed.taxonomies ?? []) {
      if (taxonomyIds.has(taxonomy.id)) continue;
      taxonomyIds.add(taxonomy.id);
      merged.taxonomies!.push(taxonomy);
    }
    for (const territory of feed.territories ?? []) {
      if (territoryIds.has(territory.id)) continue;
      territoryIds.add(territory.id);
      merged.territories!.push(territory);
    }
    const organisationIds = new Set((feed.organisations ?? []).map((organisation) => organisation.id));
    // A project's partner of this feed gets its prefix; another publisher's (`publisher:id`) stays as written.
    const ownRecord = (reference: string) =>
      clusterIds.has(reference) || organisationIds.has(reference) ? own(reference) : reference;
    for (const cluster of feed.clusters)
      merged.clusters.push({
        ...cluster,
        id: own(cluster.id),
        ...(cluster.projects
          ? {
              projects: cluster.projects.map((project) => ({ ...project, partners: project.partners?.map(ownRecord) })),
            }
          : {}),
      });
    for (const organisation of feed.organisations ?? [])
      merged.organisations!.push({ ...organisation, id: own(organisation.id) });
    for (const membership of feed.memberships ?? []) {
      merged.memberships!.push({
        ...membership,
        cluster: own(membership.cluster),
        organisation: own(membership.organisation),
      });
    }
    (feed.cooperations ?? []).forEach((cooperation, index) => {
      merged.cooperations!.push({
        ...cooperation,
        id: own(cooperation.id),
        clusters: cooperation.clusters.map(clusterReference('cooperations', index)),
      });
    });
    (feed.networks ?? []).forEach((network, index) => {
      merged.networks!.push({
        ...network,
        id: own(network.id),
        clusters: network.clusters.map(clusterReference('networks', index)),
        ...(network.members ? { members: network.members.map(ownRecord) } : {}),
      });
    });
  });

  // The same cooperation published by both partners appears once.
  const seenCooperations = new Set<string>();
  merged.cooperations = merged.cooperations!.filter((cooperation) => {
    const key = [...cooperation.clusters].sort().join('\u0000') + '\u0001' + JSON.stringify(cooperation.name ?? '');
    if (seenCooperations.has(key)) return false;
    seenCooperations.add(key);
    return true;
  });
  return { feed: merged, prefixes, origins: originsOf(prefixes), problems };
}
