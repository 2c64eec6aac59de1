/**
 * The outlines of the territories that draw themselves (régions, départements, countries: see
 * builtin-territories.ts), read from the base map's files. Decoding a whole level (101
 * départements, some 240 countries) takes the page's thread 150 to 250 ms, so it runs in the
 * base map's worker, which hands the flat rings over as transferred typed arrays.
 */
import { askBasemapWorkerOnce, basemapAssetUrl, fetchTopologyOnce } from './basemap-data.js';
import { BUILTIN_SOURCES, type BuiltinLevel } from './builtin-territories.js';
import { topologyFeatures, type Topology } from './topojson.js';

/** One territory's outline, by the code the feed's territories use. */
export interface BuiltinOutline {
  code: string;
  name: string;
  /** Polygons, each a list of rings (the outer one first), each ring flat `[lon, lat, …]`. */
  polygons: Float64Array[][];
}

export function isBuiltinLevel(value: unknown): value is BuiltinLevel {
  return typeof value === 'string' && Object.hasOwn(BUILTIN_SOURCES, value);
}

/** Every outline of `level` in a base map file. */
export function builtinOutlines(topology: Topology, level: BuiltinLevel): BuiltinOutline[] {
  const source = BUILTIN_SOURCES[level];
  const outlines: BuiltinOutline[] = [];
  for (const feature of topologyFeatures(topology, source.object)) {
    const code = source.key === 'id' ? feature.id : feature.properties['a2'];
    if (typeof code !== 'string' || code === '') continue;
    outlines.push({ code, name: String(feature.properties['name'] ?? code), polygons: feature.polygons });
  }
  return outlines;
}

/** The buffers under the outlines, each once (a buffer listed twice cannot be transferred). */
export function outlineBuffers(outlines: BuiltinOutline[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { polygons } of outlines)
    for (const rings of polygons) for (const ring of rings) buffers.add(ring.buffer as ArrayBuffer);
  return Array.from(buffers);
}

/** Fetches (once per file) and decodes one level's outlines, in the worker or on the page without one. */
export async function fetchBuiltinOutlines(url: string, level: BuiltinLevel): Promise<BuiltinOutline[] | null> {
  const topology = await fetchTopologyOnce(url);
  return topology ? builtinOutlines(topology, level) : null;
}

const loads = new Map<string, Promise<BuiltinOutline[] | null>>();

/**
 * One level's outlines from the base map's files in `folder`, once per page whatever the number
 * of maps. A failure gives null: clusters placed by their territory then say they are not on the map.
 */
export function loadBuiltinOutlines(level: BuiltinLevel, folder: string): Promise<BuiltinOutline[] | null> {
  const url = basemapAssetUrl(BUILTIN_SOURCES[level].asset, folder);
  if (!url) return Promise.resolve(null);
  return askBasemapWorkerOnce(
    loads,
    `${level} ${url}`,
    (id) => ({ type: 'outlines', id, url, level }),
    () => fetchBuiltinOutlines(url, level),
  );
}
