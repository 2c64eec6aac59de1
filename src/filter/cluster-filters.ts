/**
 * Which clusters match a search and a set of facets, and how many would match each facet
 * value: the one question the directory, the map, the legend and the filters panel all ask.
 *
 * Within a dimension, values are alternatives (kind = pôle OR grappe); across dimensions they
 * add up (kind AND sector). Counts follow the usual faceted-search rule: a value's count is
 * what the list would show if that value were chosen, the other dimensions' choices kept.
 */
import type { FeedIndex } from '../model/feed-index.js';
import { matchesTokens, queryTokens } from '../text/search-text.js';

/** The public shape of the filters (`filters` property, `grappe-filter-change` detail, URL). */
export interface ClusterFilters {
  /** Free text: matches names, descriptions, towns and territories, ignoring case and accents. */
  query: string;
  /** Chosen values by dimension id (`kind`, `sector`, `territory`, or a feed's own taxonomy). */
  facets: Record<string, string[]>;
}

export const EMPTY_FILTERS: ClusterFilters = Object.freeze({ query: '', facets: Object.freeze({}) }) as ClusterFilters;

/** Accepts partial or sloppy input (from attributes, URLs, a site's script) and returns clean filters. */
export function normaliseFilters(input: Partial<ClusterFilters> | null | undefined): ClusterFilters {
  // Keyed by dimension ids from feeds, URLs and attributes: no prototype to read or replace.
  const facets = Object.create(null) as Record<string, string[]>;
  const rawFacets = input?.facets;
  if (rawFacets && typeof rawFacets === 'object') {
    for (const [dimension, values] of Object.entries(rawFacets)) {
      const list = (Array.isArray(values) ? values : [values]).filter(
        (value): value is string => typeof value === 'string' && value !== '',
      );
      if (list.length > 0) facets[dimension] = [...new Set(list)];
    }
  }
  return { query: typeof input?.query === 'string' ? input.query : '', facets };
}

/** A copy a caller may change without changing the state it came from (getters, event details). */
export function copyFilters(filters: ClusterFilters): ClusterFilters {
  return {
    query: filters.query,
    facets: Object.fromEntries(Object.entries(filters.facets).map(([dimension, values]) => [dimension, [...values]])),
  };
}

export function filtersAreEmpty(filters: ClusterFilters): boolean {
  return filters.query.trim() === '' && Object.keys(filters.facets).length === 0;
}

export function sameFilters(a: ClusterFilters, b: ClusterFilters): boolean {
  if (a.query !== b.query) return false;
  const aKeys = Object.keys(a.facets);
  if (aKeys.length !== Object.keys(b.facets).length) return false;
  return aKeys.every((key) => {
    const left = a.facets[key] ?? [];
    const right = new Set(Object.hasOwn(b.facets, key) ? b.facets[key] : []);
    return left.length === right.size && left.every((value) => right.has(value));
  });
}

export interface FilterResult {
  /** Indexes of the matching clusters, in feed order. */
  visible: number[];
  /** Clusters left by the page's fixed filters alone: the "N" of "3 of N clusters". */
  universe: number;
  /** Per dimension, per value: the number of clusters the list would show with that value chosen. */
  facetCounts: Map<string, Map<string, number>>;
  /**
   * Clusters that match the search through a current member, not their own texts: the member
   * (its index in `index.organisations`), so that the list can say "via Acme".
   */
  via?: Map<number, number>;
}

/** Searches remembered per index: typing on and deleting back reuse them. */
const RECENT_SEARCHES = 8;
const recentSearches = new WeakMap<FeedIndex, Array<{ key: string; tokens: readonly string[]; matches: Int32Array }>>();

/**
 * The organisations (indexes) whose search text holds every token. A search that only adds to
 * an earlier one (`pol` after `po`: each earlier token inside a new one) looks only among that
 * one's matches, and a search seen lately (deleting back to `po`) is not redone: at 100,000
 * organisations a full pass is most of a keystroke's time.
 */
export function organisationsMatching(index: FeedIndex, tokens: readonly string[]): Int32Array {
  const recent = recentSearches.get(index) ?? [];
  recentSearches.set(index, recent);
  const key = tokens.join(' ');
  const seen = recent.find((search) => search.key === key);
  if (seen) return seen.matches;
  // The narrowest earlier search that this one refines; else every organisation.
  let within: Int32Array | undefined;
  for (const search of recent) {
    const refined = search.tokens.every((earlier) => tokens.some((token) => token.includes(earlier)));
    if (refined && (!within || search.matches.length < within.length)) within = search.matches;
  }
  const candidates = within ? within.length : index.organisations.length;
  const found: number[] = [];
  for (let position = 0; position < candidates; position += 1) {
    const organisationIndex = within ? within[position]! : position;
    if (matchesTokens(index.organisationSearchText(organisationIndex), tokens)) found.push(organisationIndex);
  }
  const matches = Int32Array.from(found);
  recent.unshift({ key, tokens: [...tokens], matches });
  if (recent.length > RECENT_SEARCHES) recent.pop();
  return matches;
}

/**
 * Clusters whose current members match every word of the search, with the first member that
 * does: the matching organisations, then the memberships of those.
 */
function clustersByMember(index: FeedIndex, tokens: readonly string[]): Map<number, number> {
  const via = new Map<number, number>();
  const clusterOf = index.clusterOfMembership;
  const clusterCount = index.clusters.length;
  for (const organisationIndex of organisationsMatching(index, tokens)) {
    for (const membershipIndex of index.membershipsOfOrganisation[organisationIndex] ?? []) {
      if (!index.membershipIsCurrent[membershipIndex]) continue;
      const clusterIndex = clusterOf[membershipIndex]!;
      if (clusterIndex >= 0 && !via.has(clusterIndex)) via.set(clusterIndex, organisationIndex);
    }
    // Every cluster has its first matching member: the other matches change nothing (a one-letter
    // search matches most of 100,000 organisations).
    if (via.size === clusterCount) break;
  }
  return via;
}

/**
 * @param constraints filters fixed by the embedding page (`filter-*` attributes): clusters they
 * exclude are out of the view altogether, counts included.
 */
export function filterClusters(
  index: FeedIndex,
  filters: ClusterFilters,
  constraints: ClusterFilters = EMPTY_FILTERS,
): FilterResult {
  const allowed = filtersAreEmpty(constraints) ? null : new Set(filterClusters(index, constraints).visible);
  const tokens = queryTokens(filters.query);
  const active = Object.entries(filters.facets)
    .map(([dimensionId, values]) => ({ dimension: index.dimensionById.get(dimensionId), values: new Set(values) }))
    .filter((entry) => entry.dimension !== undefined && entry.values.size > 0) as Array<{
    dimension: NonNullable<ReturnType<FeedIndex['dimensionById']['get']>>;
    values: Set<string>;
  }>;
  // A filter on a dimension the feed does not have (an embed pre-filtered for another feed) matches nothing.
  const unknownDimension = Object.entries(filters.facets).some(
    ([dimensionId, values]) => values.length > 0 && !index.dimensionById.has(dimensionId),
  );

  const facetCounts = new Map<string, Map<string, number>>();
  for (const dimension of index.dimensions) facetCounts.set(dimension.id, new Map());
  const visible: number[] = [];
  if (unknownDimension) return { visible, facetCounts, universe: 0 };

  const count = (dimensionId: string, clusterIndex: number) => {
    const counts = facetCounts.get(dimensionId)!;
    for (const valueId of index.dimensionById.get(dimensionId)!.valuesOfCluster[clusterIndex]!) {
      counts.set(valueId, (counts.get(valueId) ?? 0) + 1);
    }
  };

  // "Which clusters is this company in?": the search also finds clusters by their members' names.
  const byMember = tokens.length > 0 ? clustersByMember(index, tokens) : undefined;
  const via = new Map<number, number>();
  for (let clusterIndex = 0; clusterIndex < index.clusters.length; clusterIndex += 1) {
    if (allowed && !allowed.has(clusterIndex)) continue;
    if (tokens.length > 0 && !matchesTokens(index.clusterSearchText[clusterIndex]!, tokens)) {
      const member = byMember?.get(clusterIndex);
      if (member === undefined) continue;
      via.set(clusterIndex, member);
    }
    let failing: string | undefined;
    let failures = 0;
    for (const { dimension, values } of active) {
      const own = dimension.valuesOfCluster[clusterIndex]!;
      if (!own.some((valueId) => values.has(valueId))) {
        failures += 1;
        failing = dimension.id;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      visible.push(clusterIndex);
      for (const dimension of index.dimensions) count(dimension.id, clusterIndex);
    } else if (failures === 1 && failing !== undefined) {
      count(failing, clusterIndex);
    }
  }
  // Only the clusters shown keep their "via" (facets may have left some out).
  if (via.size > 0) {
    const shown = new Set(visible);
    for (const clusterIndex of [...via.keys()]) if (!shown.has(clusterIndex)) via.delete(clusterIndex);
  }
  return {
    visible,
    facetCounts,
    universe: allowed ? allowed.size : index.clusters.length,
    ...(via.size > 0 ? { via } : {}),
  };
}
