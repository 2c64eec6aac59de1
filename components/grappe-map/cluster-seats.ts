import { clusterPlaces } from '../../src/geo/cluster-places.js';
import type { TerritoryShapes } from '../../src/geo/territory-shapes.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { clusterColour, dimensionColours, safeColour } from '../../src/styles/palette.js';
import { resolveText } from '../../src/text/localised-text.js';
import type { ClusterSeat } from './marks-layer.js';

/**
 * The visible clusters as the marks layer draws them: place (seat, or a point in their
 * territory), colour by `colorBy`, name in `lang`, and the territory of those placed
 * approximately; plus the ids of the clusters that have no place at all.
 */
export function clusterSeats(
  index: FeedIndex,
  visible: readonly number[],
  shapes: TerritoryShapes,
  colorBy: string,
  lang: string,
): { seats: ClusterSeat[]; offMapIds: string[] } {
  const { places, offMap } = clusterPlaces(index, visible, shapes);
  const dimension = index.dimensionById.get(colorBy);
  const colours = dimensionColours(dimension);
  const seats = places.map((place) => {
    const cluster = index.clusters[place.cluster]!;
    return {
      cluster: place.cluster,
      id: cluster.id,
      name: resolveText(cluster.name, lang, index.defaultLanguage),
      lon: place.lon,
      lat: place.lat,
      colour: safeColour(clusterColour(dimension, colours, place.cluster)),
      approximateIn: place.approximateIn ? resolveText(place.approximateIn.name, lang, index.defaultLanguage) : null,
    };
  });
  return { seats, offMapIds: offMap.map((clusterIndex) => index.clusters[clusterIndex]!.id) };
}
