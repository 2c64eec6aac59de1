/**
 * Where `<grappe-map>` moves its view: onto a selection, onto every result, and whether the
 * results are in view at all. Apart from the element, which only calls them as its state changes.
 */
import * as L from 'leaflet';
import { extentOf } from '../../src/geo/mercator.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { ClusterSeat } from './marks-layer.js';

/**
 * The view that shows a selected organisation (at its place) or else a selected cluster (at its
 * seat), zooming in but never out; null when there is nothing to show or nowhere to show it.
 */
export function selectionView(
  map: L.Map,
  index: FeedIndex | null,
  organisation: number | undefined,
  seat: ClusterSeat | undefined,
  options: { tiles: boolean },
): { centre: L.LatLngExpression; zoom: number } | null {
  if (organisation !== undefined && index) {
    const lon = index.organisationLongitudes[organisation]!;
    const lat = index.organisationLatitudes[organisation]!;
    // Close enough that it stands out; without tiles, far enough to keep the outlines of its
    // département and its neighbours in view (closer, the base map is only land: a grey page).
    const close = options.tiles ? 16 : 10;
    return Number.isNaN(lon) ? null : { centre: [lat, lon], zoom: Math.max(map.getZoom(), close) };
  }
  return seat ? { centre: [seat.lat, seat.lon], zoom: Math.max(map.getZoom(), 8) } : null;
}

/**
 * After a filter or a search, the bounds of the clusters found when none of them stands in the
 * view (the visitor had zoomed on one that the filter leaves out), to show them all: never an
 * empty map beside a list of results. Null when one is in view, or there are none.
 */
export function resultsOutOfView(map: L.Map, seats: ReadonlyMap<string, ClusterSeat>): L.LatLngBounds | null {
  if (seats.size === 0) return null;
  const view = map.getBounds();
  for (const seat of seats.values()) if (view.contains([seat.lat, seat.lon])) return null;
  return resultsBounds(seats.values(), null, null);
}

/**
 * What holds every visible cluster and, given the index, every organisation; the territories
 * drawn when there are none.
 */
export function resultsBounds(
  seats: Iterable<ClusterSeat>,
  index: FeedIndex | null,
  territoryBounds: L.LatLngBounds | null | undefined,
): L.LatLngBounds {
  const bounds = L.latLngBounds([]);
  for (const seat of seats) bounds.extend([seat.lat, seat.lon]);
  // Organisations' extent from their typed arrays: an extend per point made 100k LatLngs.
  if (index) {
    const [south, west, north, east] = extentOf(index.organisationLatitudes, index.organisationLongitudes);
    if (south <= north) bounds.extend([south, west]).extend([north, east]);
  }
  if (!bounds.isValid() && territoryBounds?.isValid()) bounds.extend(territoryBounds);
  return bounds;
}
