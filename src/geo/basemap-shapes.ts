/**
 * The built-in base map's shapes, decoded from TopoJSON and projected to Web Mercator's unit
 * square, with their boxes for culling: what the map's base layer draws. Decoding the 1:50m world
 * takes a few hundred milliseconds, so it is done in the worker (src/worker.ts), whose typed
 * arrays are handed over without a copy; where no worker runs, on the page. The 1:110m world is
 * always decoded on the page: it is quick, and it is the land every zoom falls back on.
 */
import { askBasemapWorkerOnce, basemapAssetUrl, fetchTopologyOnce, type BasemapAsset } from './basemap-data.js';
import { projectFlat } from './mercator.js';
import { topologyFeatures, topologyMesh, type Topology } from './topojson.js';

/** Flat `[x, y, …]` rings or lines, and for each its box `[minX, minY, maxX, maxY]`. */
export interface Shapes {
  parts: Float64Array[];
  boxes: Float64Array;
}

export interface WorldShapes {
  land: Shapes;
  borders: Shapes;
}

export interface FranceShapes {
  regions: Shapes;
  departements: Shapes;
}

export type BasemapShapes = WorldShapes | FranceShapes;

/** Projects longitude/latitude parts and measures their boxes. */
export function projectShapes(parts: Float64Array[]): Shapes {
  const boxes = new Float64Array(parts.length * 4);
  const projected = parts.map((part, index) => {
    const out = projectFlat(part);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i + 1 < out.length; i += 2) {
      minX = Math.min(minX, out[i]!);
      maxX = Math.max(maxX, out[i]!);
      minY = Math.min(minY, out[i + 1]!);
      maxY = Math.max(maxY, out[i + 1]!);
    }
    boxes.set([minX, minY, maxX, maxY], index * 4);
    return out;
  });
  return { parts: projected, boxes };
}

/** The shapes of one base map file: land and borders of the world, or France's outlines. */
export function basemapShapes(topology: Topology, asset: BasemapAsset): BasemapShapes {
  if (asset === 'france') {
    return {
      regions: projectShapes(topologyMesh(topology, 'regions', 'shared')),
      departements: projectShapes(topologyMesh(topology, 'departements', 'shared')),
    };
  }
  const land = topologyFeatures(topology, 'land').flatMap((feature) => feature.polygons.flat());
  return { land: projectShapes(land), borders: projectShapes(topologyMesh(topology, 'countries', 'shared')) };
}

/** The buffers under the shapes, to hand them from the worker to the page without a copy. */
export function shapeBuffers(shapes: BasemapShapes): ArrayBuffer[] {
  // A set: a buffer listed twice cannot be transferred.
  const buffers = new Set<ArrayBuffer>();
  for (const group of Object.values(shapes) as Shapes[]) {
    buffers.add(group.boxes.buffer as ArrayBuffer);
    for (const part of group.parts) buffers.add(part.buffer as ArrayBuffer);
  }
  return Array.from(buffers);
}

/** Fetches and decodes one base map file (in the worker, or on the page without one). */
export async function fetchBasemapShapes(url: string, asset: BasemapAsset): Promise<BasemapShapes | null> {
  const topology = await fetchTopologyOnce(url);
  return topology ? basemapShapes(topology, asset) : null;
}

const loads = new Map<string, Promise<BasemapShapes | null>>();

/** The world at 1:110m: small enough to decode on the page, and what every zoom can fall back on. */
export const COARSE_WORLD: BasemapAsset = 'world-110m';

/**
 * One base map file's shapes, once per page whatever the number of maps. A failure gives null:
 * the map goes on without that layer.
 */
export function loadBasemapShapes(asset: BasemapAsset, folder: string): Promise<BasemapShapes | null> {
  const url = basemapAssetUrl(asset, folder);
  if (!url) return Promise.resolve(null);
  return askBasemapWorkerOnce(
    loads,
    url,
    (id) => ({ type: 'basemap', id, url, asset }),
    () => fetchBasemapShapes(url, asset),
    // The coarse world is decoded on the page (about 10 ms): the land shows even where the
    // worker's answers are never waited for, as in a headless screenshot under a virtual clock,
    // which runs the page's timers and fetches but not a worker's.
    { pageOnly: asset === COARSE_WORLD },
  );
}
