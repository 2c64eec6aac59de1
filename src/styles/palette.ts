import type { Dimension, DimensionValue } from '../model/feed-index.js';

/**
 * Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies; black is
 * replaced by a neutral grey so markers keep their outline. Values beyond eight reuse it.
 */
export const COLOUR_BLIND_SAFE_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#6b6b6b',
] as const;

export const NEUTRAL_COLOUR = '#6b7280';

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Only `#rrggbb` ever reaches a style: feed colours are checked again where they are used. */
export function safeColour(value: unknown, fallback: string = NEUTRAL_COLOUR): string {
  return typeof value === 'string' && HEX_COLOUR.test(value) ? value : fallback;
}

/**
 * Exceptions to "a term's colour is its place": the palette's last colour is a grey that reads
 * as "no kind", and the eighth kind is the generic "Cluster", one of the most common; the SPL, a
 * form of the 2000s that few feeds still use, takes the grey instead and "Cluster" its orange.
 */
const PLACE_BY_TERM: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  kind: { spl: 7, cluster: 1 },
};

/**
 * The colour of each value of a dimension: the feed's own, else the palette's. A term of a
 * built-in vocabulary that the palette can cover (the eight kinds of cluster, the stages…) has
 * the colour of its place in the vocabulary, so that a pôle de compétitivité has the same colour
 * on every site, whatever other kinds a feed holds; other values take, in order, the colours no
 * term shown holds.
 */
export function dimensionColours(dimension: Dimension | undefined): Map<string, string> {
  const colours = new Map<string, string>();
  if (!dimension) return colours;
  const size = COLOUR_BLIND_SAFE_PALETTE.length;
  const byRank = dimension.vocabularySize !== undefined && dimension.vocabularySize <= size;
  const placeOf = Object.hasOwn(PLACE_BY_TERM, dimension.id) ? PLACE_BY_TERM[dimension.id] : undefined;
  const rankedPlace = (value: DimensionValue): number | undefined =>
    byRank && value.rank !== undefined
      ? ((placeOf && Object.hasOwn(placeOf, value.id) ? placeOf[value.id] : undefined) ?? value.rank)
      : undefined;
  // The other values take the places no term shown here holds, in order; past them, the palette again.
  const taken = new Set<number>();
  for (const value of dimension.values) {
    const place = value.parent ? undefined : rankedPlace(value);
    if (place !== undefined) taken.add(place % size);
  }
  const free = Array.from({ length: size }, (_, place) => place).filter((place) => !taken.has(place));
  let next = 0;
  for (const value of dimension.values) {
    if (value.parent) continue; // children take their root's colour below
    let place = rankedPlace(value);
    if (place === undefined) {
      place = free[next] ?? next;
      next += 1;
    }
    colours.set(value.id, safeColour(value.color, COLOUR_BLIND_SAFE_PALETTE[place % size]));
  }
  for (const value of dimension.values) {
    if (!value.parent) continue;
    let root = dimension.valueById.get(value.parent);
    const seen = new Set<string>();
    while (root?.parent && !seen.has(root.id)) {
      seen.add(root.id);
      root = dimension.valueById.get(root.parent);
    }
    colours.set(value.id, safeColour(value.color, (root && colours.get(root.id)) ?? NEUTRAL_COLOUR));
  }
  return colours;
}

/** The colour of a cluster: that of its first value in the dimension. */
export function clusterColour(
  dimension: Dimension | undefined,
  colours: Map<string, string>,
  clusterIndex: number,
): string {
  const first = dimension?.valuesOfCluster[clusterIndex]?.[0];
  return (first && colours.get(first)) ?? NEUTRAL_COLOUR;
}
