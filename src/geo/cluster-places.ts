import type { FeedIndex } from '../model/feed-index.js';
import type { Cluster, Territory } from '../schema/feed-schema.js';
import { builtinKeyOf } from './builtin-territories.js';

/** Where the map draws one cluster. */
export interface ClusterPlace {
  cluster: number;
  lon: number;
  lat: number;
  /** The territory it is drawn in for want of a seat of its own; null at its own seat. */
  approximateIn: Territory | null;
}

/** What the map can place: the shapes it knows, and a point inside each. */
export interface ShapeLookup {
  pointOf(territory: Territory): [number, number] | undefined;
  /** Whether an outline may still come for the territory (loading); absent: none will. */
  mayPlaceLater?(territory: Territory): boolean;
}

/**
 * A seat a geocoder found at the level of a town only (`geocoding.level: municipality`): drawn
 * as approximate, in the town, like a cluster placed in its territory.
 */
export function townLevelPlace(cluster: Cluster): Territory | null {
  if (cluster.geocoding?.level !== 'municipality') return null;
  return { id: '', name: cluster.address?.city ?? cluster.address?.postcode ?? '', kind: 'commune' };
}

/** Finer territories first: a cluster of a département is drawn in it, not in its région. */
const LEVEL_RANK = { departement: 0, region: 1, country: 2 } as const;

function rank(territory: Territory): number {
  if (territory.geometry) return -1;
  const key = builtinKeyOf(territory.code);
  return key ? LEVEL_RANK[key.level] : 1.5;
}

/** Parents a territory's chain is followed through (a cycle in a feed ends there). */
const MAX_PARENTS = 8;

/**
 * A cluster's territories, finest first, then the territories they lie in (`parent`), finest
 * first: those the map tries, in order, for want of a seat. A cluster of a former région
 * (« Auvergne », code 83 of 2015, which has no outline) is drawn in the région it is part of.
 */
export function territoriesByFineness(
  territoryIds: readonly string[] | undefined,
  territoryById: ReadonlyMap<string, Territory>,
): Territory[] {
  const own = (territoryIds ?? [])
    .map((id) => territoryById.get(id))
    .filter((territory): territory is Territory => territory !== undefined);
  const seen = new Set(own);
  const parents: Territory[] = [];
  for (const territory of own) {
    let parent = territory.parent === undefined ? undefined : territoryById.get(territory.parent);
    for (let depth = 0; parent && !seen.has(parent) && depth < MAX_PARENTS; depth += 1) {
      seen.add(parent);
      parents.push(parent);
      parent = parent.parent === undefined ? undefined : territoryById.get(parent.parent);
    }
  }
  const byFineness = (a: Territory, b: Territory) => rank(a) - rank(b);
  return [...own.sort(byFineness), ...parents.sort(byFineness)];
}

/**
 * Every visible cluster's place, most important first (most members, then feed order, so that
 * a contested spot goes to the larger cluster): its seat, or else a point inside the finest of
 * its territories that has an outline. Those with neither are returned apart, to be named as
 * not on the map, unless one of their territories' outlines is still loading (`waiting`).
 */
export function clusterPlaces(
  index: FeedIndex,
  visible: readonly number[],
  shapes: ShapeLookup,
): { places: ClusterPlace[]; offMap: number[]; waiting: number[] } {
  const places: ClusterPlace[] = [];
  const offMap: number[] = [];
  const waiting: number[] = [];
  for (const clusterIndex of visible) {
    const cluster = index.clusters[clusterIndex]!;
    if (cluster.location) {
      places.push({
        cluster: clusterIndex,
        lon: cluster.location.coordinates[0],
        lat: cluster.location.coordinates[1],
        approximateIn: townLevelPlace(cluster),
      });
      continue;
    }
    const candidates = territoriesByFineness(cluster.territories, index.territoryById);
    let placed = false;
    for (const territory of candidates) {
      const point = shapes.pointOf(territory);
      if (!point) continue;
      places.push({ cluster: clusterIndex, lon: point[0], lat: point[1], approximateIn: territory });
      placed = true;
      break;
    }
    if (placed) continue;
    if (candidates.some((territory) => shapes.mayPlaceLater?.(territory) === true)) waiting.push(clusterIndex);
    else offMap.push(clusterIndex);
  }
  const members = (clusterIndex: number) => index.currentMembersOfCluster[clusterIndex] ?? 0;
  places.sort((a, b) => members(b.cluster) - members(a.cluster) || a.cluster - b.cluster);
  return { places, offMap, waiting };
}
