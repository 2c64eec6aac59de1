/**
 * The directory's orders: by name in the reader's language (accents and case ignored, numbers
 * in numeric order), by number of members (most first), by year founded (oldest first), by
 * distance from a point the visitor chose (nearest first, clusters without a seat last); ties
 * by name. The CSV export and `grappe export` write rows in the same order.
 */
import { clusterDistances, type ReferencePoint } from '../geo/distance.js';
import type { FeedIndex } from '../model/feed-index.js';
import { resolveText } from '../text/localised-text.js';

export type ClusterSort = 'name' | 'members' | 'founded' | 'distance';

export const CLUSTER_SORTS: readonly ClusterSort[] = ['name', 'members', 'founded', 'distance'];

/** The year of `founded` (a year or an ISO date); unknown years sort last. */
export function foundedYear(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value.slice(0, 4)) || Number.POSITIVE_INFINITY;
  return Number.POSITIVE_INFINITY;
}

const cache = new WeakMap<FeedIndex, Map<string, Int32Array>>();

/** Each cluster's position in the order (`ranks[clusterIndex]`), computed once per index, order and language. */
export function clusterRanks(index: FeedIndex, sort: Exclude<ClusterSort, 'distance'>, lang: string): Int32Array {
  const key = `${sort}\u0000${lang}`;
  let byKey = cache.get(index);
  if (!byKey) cache.set(index, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const names = index.clusters.map((cluster) => resolveText(cluster.name, lang, index.defaultLanguage));
  const order = index.clusters.map((_, clusterIndex) => clusterIndex);
  const byName = (a: number, b: number) => collator.compare(names[a]!, names[b]!);
  if (sort === 'members') {
    const members = (clusterIndex: number) => index.currentMembersOfCluster[clusterIndex] ?? 0;
    order.sort((a, b) => members(b) - members(a) || byName(a, b));
  } else if (sort === 'founded') {
    const years = index.clusters.map((cluster) => foundedYear(cluster.founded));
    order.sort((a, b) => years[a]! - years[b]! || byName(a, b));
  } else {
    order.sort(byName);
  }
  const ranks = new Int32Array(index.clusters.length);
  order.forEach((clusterIndex, rank) => (ranks[clusterIndex] = rank));
  byKey.set(key, ranks);
  return ranks;
}

/**
 * The given clusters (indexes in `index.clusters`) in the chosen order, as a new array. By
 * `distance` without a point, by name.
 */
export function sortClusters(
  index: FeedIndex,
  clusters: readonly number[],
  sort: ClusterSort,
  lang: string,
  point: ReferencePoint | null = null,
): number[] {
  const ranks = clusterRanks(index, sort === 'distance' ? 'name' : sort, lang);
  if (sort !== 'distance' || !point) return [...clusters].sort((a, b) => ranks[a]! - ranks[b]!);
  const distances = clusterDistances(index, point);
  const far = (position: number) =>
    Number.isNaN(distances[position]!) ? Number.POSITIVE_INFINITY : distances[position]!;
  return [...clusters].sort((a, b) => far(a) - far(b) || ranks[a]! - ranks[b]!);
}
