import { assetBase } from '../load/asset-base.js';
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
 * One base map file, fetched and parsed once per page (or per worker) whatever the number of
 * maps and whatever is read from it (the base map's lines, the territories' outlines): the same
 * promise serves every caller. A failure gives `null` (the map goes on without that layer) and
 * is not retried in a loop; a later page load tries again.
 */
export function fetchTopologyOnce(url: string): Promise<Topology | null> {
  let load = topologies.get(url);
  if (!load) {
    load = fetchTopology(url);
    topologies.set(url, load);
  }
  return load;
}

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
