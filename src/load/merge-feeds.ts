/**
 * Several publishers' feeds in one view (a national or European aggregation). Ids are unique
 * only within a feed, so clusters, organisations, cooperations and networks are namespaced by
 * their publisher's id (`auvergne:memo`); a reference written `publisher:id` in one feed then
 * resolves to the other feed's record. Territories and taxonomies are shared vocabularies:
 * the same id in two feeds is the same thing, and the first definition wins.
 */
import type { Feed } from '../schema/feed-schema.js';

export interface FeedToMerge {
  feed: Feed;
  source: string;
}

export function mergeFeeds(feeds: readonly FeedToMerge[]): Feed {
  return mergeFeedsWithPrefixes(feeds).feed;
}

/** The merged feed, and the prefix each feed's ids received (empty for a single feed). */
export function mergeFeedsWithPrefixes(feeds: readonly FeedToMerge[]): { feed: Feed; prefixes: string[] } {
  if (feeds.length === 1) return { feed: feeds[0]!.feed, prefixes: [''] };
  if (feeds.length === 0) throw new Error('mergeFeeds needs at least one feed');
  const prefixes: string[] = [];

  const usedPrefixes = new Set<string>();
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
    let prefix = feed.publisher.id;
    if (usedPrefixes.has(prefix)) prefix = `${prefix}-${feedIndex + 1}`;
    usedPrefixes.add(prefix);
    prefixes.push(prefix);
    const own = (id: string) => `${prefix}:${id}`;
    // A reference to another publisher's record is already qualified; a local one gets the prefix.
    const clusterIds = new Set(feed.clusters.map((cluster) => cluster.id));
    const clusterReference = (reference: string) => (clusterIds.has(reference) ? own(reference) : reference);

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
    for (const cluster of feed.clusters) merged.clusters.push({ ...cluster, id: own(cluster.id) });
    for (const organisation of feed.organisations ?? [])
      merged.organisations!.push({ ...organisation, id: own(organisation.id) });
    for (const membership of feed.memberships ?? []) {
      merged.memberships!.push({
        ...membership,
        cluster: own(membership.cluster),
        organisation: own(membership.organisation),
      });
    }
    for (const cooperation of feed.cooperations ?? []) {
      merged.cooperations!.push({
        ...cooperation,
        id: own(cooperation.id),
        clusters: cooperation.clusters.map(clusterReference),
      });
    }
    for (const network of feed.networks ?? []) {
      merged.networks!.push({ ...network, id: own(network.id), clusters: network.clusters.map(clusterReference) });
    }
  });

  // The same cooperation published by both partners appears once.
  const seenCooperations = new Set<string>();
  merged.cooperations = merged.cooperations!.filter((cooperation) => {
    const key = [...cooperation.clusters].sort().join('\u0000') + '\u0001' + JSON.stringify(cooperation.name ?? '');
    if (seenCooperations.has(key)) return false;
    seenCooperations.add(key);
    return true;
  });
  return { feed: merged, prefixes };
}
