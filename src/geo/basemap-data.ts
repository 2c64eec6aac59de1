import { assetBase } from '../load/asset-base.js';
import { askWorker } from '../load/feed-reader.js';
import type { WorkerRequest } from '../load/worker-messages.js';
import { fetchOptionalJson } from '../load/fetch-json.js';
import { isTopology, type Topology } from './topojson.js';

/** The built-in base map's folder: `basemap/` beside the script. */
export function basemapBase(): string {
  return new URL('basemap/', assetBase()).href;
}

/**
 * The folder of the base map's files: next to the script (`auto`), or where the site says (a
 * URL given to the map's `basemap` attribute, for a bundle that moved the script away from them).
 */
export function basemapFolder(setting: string): string {
  const value = setting.trim();
  if (value === '' || value === 'auto' || value === 'none') return basemapBase();
  try {
    const url = new URL(
      value.endsWith('/') ? value : `${value}/`,
      typeof document === 'undefined' ? undefined : document.baseURI,
    );
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : basemapBase();
  } catch {
    return basemapBase();
  }
}

/** The base map's files (see scripts/build-basemap.mjs). */
export type BasemapAsset = 'world-110m' | 'world-50m' | 'france';

/** The largest base map file accepted (the biggest shipped is under 1 MB). */
export const MAX_ASSET_BYTES = 8 * 1024 * 1024;

const topologies = new Map<string, Promise<Topology | null>>();

/**
 * One base map file, fetched and parsed once for the requests that want it at the same time
 * (the base map's lines and the territories' outlines read the same file): the same promise
 * serves them. The file is not kept after that: what is read from it is cached by its readers.
 * A failure gives `null` (the map goes on without that layer).
 */
export function fetchTopologyOnce(url: string): Promise<Topology | null> {
  let load = topologies.get(url);
  if (!load) {
    load = fetchTopology(url);
    topologies.set(url, load);
    // Kept a moment past its arrival, so that requests made in the same turn share it.
    void load.then(() => {
      const timer = setTimeout(() => topologies.delete(url), FORGET_AFTER_MS);
      (timer as { unref?: () => void }).unref?.(); // never what keeps node (the CLI, tests) running
    });
  }
  // Each reader goes on in a task of its own: two readers of one file decode one after the
  // other, and the worker says it is alive in between (feed-reader.ts gives up on a silent one).
  return load.then((topology) => new Promise((resolve) => setTimeout(() => resolve(topology), 0)));
}

/**
 * What `ask` makes of a base map file, asked once per page for each `key` of `loads` whatever
 * the number of maps: of the base map's worker, or done on the page (`onPage`) where none runs,
 * or always with `pageOnly` (work too small to be worth a worker's round trip).
 * A failure gives null: the map goes on without that layer.
 */
export function askBasemapWorkerOnce<T>(
  loads: Map<string, Promise<T | null>>,
  key: string,
  ask: (id: number) => WorkerRequest,
  onPage: () => Promise<T | null>,
  { pageOnly = false } = {},
): Promise<T | null> {
  let load = loads.get(key);
  if (!load) {
    load = (pageOnly ? onPage() : askWorker<T | null>(ask, onPage, { lane: 'basemap' })).catch(() => null);
    loads.set(key, load);
  }
  return load;
}

/** How long a parsed base map file stays shared after it arrived. */
const FORGET_AFTER_MS = 5000;

/** The address of one base map file in `base`, or null when `base` is not a URL. */
export function basemapAssetUrl(name: BasemapAsset, base: string): string | null {
  try {
    return new URL(`${name}.json`, base).href;
  } catch {
    return null;
  }
}

/** Fetches and parses one base map file, bounded; null when it fails or is no topology. */
export async function fetchTopology(url: string): Promise<Topology | null> {
  const value = await fetchOptionalJson(url, { maxBytes: MAX_ASSET_BYTES, credentials: 'same-origin' });
  return isTopology(value) ? value : null;
}
