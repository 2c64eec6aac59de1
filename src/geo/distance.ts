/**
 * Distances on the Earth for the directory's "nearest first" order: great-circle (haversine) on
 * a sphere of the mean radius, within 0.5 % of the ellipsoid, plenty to rank clusters.
 */
import type { FeedIndex } from '../model/feed-index.js';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** A point the visitor chose: their position (asked for, never assumed) or a click on the map. */
export interface ReferencePoint {
  longitude: number;
  latitude: number;
  source: 'position' | 'map';
}

export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The last point's distances per index: the list's order and its items read the same array. */
const lastDistances = new WeakMap<FeedIndex, { point: object; distances: Float64Array }>();

/**
 * Each cluster's distance from the point in km (`NaN`: the cluster has no seat of its own),
 * computed once per index and point object (the shared state hands the same frozen point to
 * every reader until it changes).
 */
export function clusterDistances(index: FeedIndex, point: { longitude: number; latitude: number }): Float64Array {
  const last = lastDistances.get(index);
  if (last?.point === point) return last.distances;
  const distances = new Float64Array(index.clusters.length).fill(Number.NaN);
  index.clusters.forEach((cluster, position) => {
    const coordinates = cluster.location?.coordinates;
    if (coordinates)
      distances[position] = distanceKm(point.longitude, point.latitude, coordinates[0]!, coordinates[1]!);
  });
  lastDistances.set(index, { point, distances });
  return distances;
}

/** A distance as a reader expects it: `850 m` is `0,9`, `12,4`, then whole kilometres from 100. */
export function formatKilometres(kilometres: number, lang: string): string {
  return kilometres.toLocaleString(lang, { maximumFractionDigits: kilometres < 100 ? 1 : 0 });
}
