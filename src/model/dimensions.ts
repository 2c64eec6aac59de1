/**
 * The dimensions clusters are filtered, counted and coloured by (the directory's facets, the
 * legend, the map's colours), built once per feed by `FeedIndex`.
 */
import type { Cluster, Feed, LocalisedText, Network, Territory } from '../schema/feed-schema.js';
import { CLUSTER_DIMENSIONS, type VocabularyLabel } from '../schema/vocabularies.js';

/** A label as the feed or the built-in vocabulary gives it; resolved to a language when shown. */
export type DimensionLabel = LocalisedText | VocabularyLabel;

export interface DimensionValue {
  id: string;
  label: DimensionLabel;
  /** `#rrggbb`, from the feed's taxonomy (already checked by the schema). */
  color?: string;
  parent?: string;
  /** Its place in the built-in vocabulary, if it is one of its terms (its colour follows it). */
  rank?: number;
  /** Indexes (in `FeedIndex.clusters`) of the clusters that carry this value. */
  clusters: number[];
}

export interface Dimension {
  /** The `filter-<id>` attribute and the key in `filters.facets`. */
  id: string;
  label: DimensionLabel;
  builtIn: boolean;
  ordered: boolean;
  /** How many terms the built-in vocabulary has (the values' `rank` run below it). */
  vocabularySize?: number;
  values: DimensionValue[];
  valueById: Map<string, DimensionValue>;
  /** For each cluster index, the ids of its values in this dimension. */
  valuesOfCluster: string[][];
}

/** Dimensions that are not typologies but filter just the same. */
const TERRITORY_DIMENSION_LABEL: VocabularyLabel = { fr: 'Territoire', en: 'Territory' };
const NETWORK_DIMENSION_LABEL: VocabularyLabel = { fr: 'Réseau', en: 'Network' };

function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as T];
}

/**
 * The typology dimensions of a feed's clusters: the built-in vocabularies, the feed's own
 * taxonomies, territories (a cluster in a département is also in its region) and networks; each
 * with the values some cluster carries (and their parents), and which clusters carry each.
 */
export function buildDimensions(
  feed: Feed,
  territoryById: ReadonlyMap<string, Territory>,
  networksOfCluster: ReadonlyArray<readonly Network[]>,
): Dimension[] {
  const dimensions: Dimension[] = [];
  const addDimension = (dimension: Omit<Dimension, 'valueById'>) =>
    dimensions.push({ ...dimension, valueById: new Map(dimension.values.map((value) => [value.id, value])) });
  const clusters = feed.clusters;
  const declared = new Map((feed.taxonomies ?? []).map((taxonomy) => [taxonomy.id, taxonomy]));
  const clusterCount = clusters.length;

  const collect = (
    id: string,
    label: DimensionLabel,
    builtIn: boolean,
    ordered: boolean,
    knownValues: Array<Omit<DimensionValue, 'clusters'>>,
    valuesOf: (cluster: Cluster, index: number) => string[],
    vocabularySize?: number,
  ) => {
    const values = new Map<string, DimensionValue>();
    for (const value of knownValues) values.set(value.id, { ...value, clusters: [] });
    const valuesOfCluster: string[][] = new Array(clusterCount);
    for (let index = 0; index < clusterCount; index += 1) {
      const ids = [...new Set(valuesOf(clusters[index]!, index))];
      valuesOfCluster[index] = ids;
      for (const valueId of ids) {
        let value = values.get(valueId);
        if (!value) {
          // Open vocabularies (sector) take any code: its label is the code itself.
          value = { id: valueId, label: valueId, clusters: [] };
          values.set(valueId, value);
        }
        value.clusters.push(index);
      }
    }
    // A value is listed when a cluster carries it, or when it is the parent of one that is.
    const used = [...values.values()].filter((value) => value.clusters.length > 0);
    const usedIds = new Set(used.map((value) => value.id));
    for (const value of used) {
      let parent = value.parent ? values.get(value.parent) : undefined;
      while (parent && !usedIds.has(parent.id)) {
        usedIds.add(parent.id);
        parent = parent.parent ? values.get(parent.parent) : undefined;
      }
    }
    const listed = [...values.values()].filter((value) => usedIds.has(value.id));
    if (listed.length === 0) return;
    addDimension({
      id,
      label,
      builtIn,
      ordered,
      ...(vocabularySize !== undefined ? { vocabularySize } : {}),
      values: listed,
      valuesOfCluster,
    });
  };

  for (const vocabulary of CLUSTER_DIMENSIONS) {
    const override = declared.get(vocabulary.id);
    const known = new Map<string, Omit<DimensionValue, 'clusters'>>(
      vocabulary.terms.map((term, rank) => [term.id, { id: term.id, label: term.label, rank }]),
    );
    // A feed may declare a taxonomy with a built-in id to relabel, colour or extend it.
    for (const value of override?.values ?? []) {
      const rank = known.get(value.id)?.rank;
      known.set(value.id, {
        id: value.id,
        label: value.label,
        ...(rank !== undefined ? { rank } : {}),
        ...(value.color ? { color: value.color } : {}),
        ...(value.parent ? { parent: value.parent } : {}),
      });
    }
    collect(
      vocabulary.id,
      override?.label ?? vocabulary.label,
      true,
      vocabulary.ordered ?? false,
      [...known.values()],
      (cluster) =>
        expandAncestors(
          [
            ...asArray((cluster as Record<string, unknown>)[vocabulary.id] as string | string[] | undefined),
            ...asArray(ownCategory(cluster, vocabulary.id)),
          ],
          override?.values ?? [],
        ),
      vocabulary.terms.length,
    );
  }

  for (const taxonomy of feed.taxonomies ?? []) {
    if (
      dimensions.some((dimension) => dimension.id === taxonomy.id) ||
      CLUSTER_DIMENSIONS.some((vocabulary) => vocabulary.id === taxonomy.id)
    )
      continue;
    collect(
      taxonomy.id,
      taxonomy.label,
      false,
      false,
      taxonomy.values.map((value) => ({
        id: value.id,
        label: value.label,
        ...(value.color ? { color: value.color } : {}),
        ...(value.parent ? { parent: value.parent } : {}),
      })),
      (cluster) => expandAncestors(asArray(ownCategory(cluster, taxonomy.id)), taxonomy.values),
    );
  }

  // Territories: a cluster in a département is also in its region.
  if (territoryById.size > 0) {
    collect(
      'territory',
      TERRITORY_DIMENSION_LABEL,
      true,
      false,
      [...territoryById.values()].map((territory) => ({
        id: territory.id,
        label: territory.name,
        ...(territory.parent ? { parent: territory.parent } : {}),
      })),
      (cluster) => {
        const ids: string[] = [];
        // One walk per cluster: a territory reached twice has had its ancestors added already.
        const seen = new Set<string>();
        for (const id of cluster.territories ?? []) {
          let territory = territoryById.get(id);
          while (territory && !seen.has(territory.id)) {
            seen.add(territory.id);
            ids.push(territory.id);
            territory = territory.parent ? territoryById.get(territory.parent) : undefined;
          }
        }
        return ids;
      },
    );
  }

  if ((feed.networks ?? []).length > 0) {
    collect(
      'network',
      NETWORK_DIMENSION_LABEL,
      true,
      false,
      (feed.networks ?? []).map((network) => ({ id: network.id, label: network.name })),
      (_cluster, index) => networksOfCluster[index]!.map((network) => network.id),
    );
  }
  return dimensions;
}

/** A cluster's values of a taxonomy: own keys only (a taxonomy may be called `constructor`). */
function ownCategory(cluster: Cluster, taxonomyId: string): string | string[] | undefined {
  const categories = cluster.categories;
  return categories && Object.hasOwn(categories, taxonomyId) ? categories[taxonomyId] : undefined;
}

const parentMaps = new WeakMap<object, Map<string, string | undefined> | null>();

/** With nested taxonomies, a cluster tagged "géothermie" also counts under "énergie". */
function expandAncestors(ids: string[], values: ReadonlyArray<{ id: string; parent?: string | undefined }>): string[] {
  // The parents of a taxonomy's values, once per taxonomy (not once per cluster).
  let parentOf = parentMaps.get(values);
  if (parentOf === undefined) {
    parentOf = values.some((value) => value.parent) ? new Map(values.map((value) => [value.id, value.parent])) : null;
    parentMaps.set(values, parentOf);
  }
  if (parentOf === null) return ids;
  const out = new Set<string>();
  for (const id of ids) {
    let current: string | undefined = id;
    while (current !== undefined && !out.has(current)) {
      out.add(current);
      current = parentOf.get(current);
    }
  }
  return [...out];
}
