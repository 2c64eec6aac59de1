/**
 * Tile servers a site owner can name in one word. Each comes with the attribution its terms
 * require and the origin a Content-Security-Policy must allow in `img-src`.
 */
export interface TilePreset {
  template: string;
  attribution: string;
  /** What to add to `img-src`. */
  origin: string;
  maxZoom: number;
}

export const TILE_PRESETS: Readonly<Record<string, TilePreset>> = Object.freeze({
  /** France's national base map, Plan IGN v2, from the Géoplateforme's WMTS: free, no key. */
  'ign-plan': {
    template:
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    attribution: '© IGN – Plan IGN v2',
    origin: 'https://data.geopf.fr',
    maxZoom: 19,
  },
  /** OpenStreetMap's standard tiles (its tile usage policy applies: light use, attribution). */
  osm: {
    template: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    origin: 'https://tile.openstreetmap.org',
    maxZoom: 19,
  },
});

/**
 * What `tiles` asks for: a preset, a URL template (http, https or a path on the site; the
 * template comes from the site owner, never from a feed), or nothing (`none`, empty, anything
 * else).
 */
export function resolveTiles(tiles: string, attribution = ''): TilePreset | null {
  const value = tiles.trim();
  const preset = Object.hasOwn(TILE_PRESETS, value) ? TILE_PRESETS[value] : undefined;
  if (preset) return { ...preset, attribution: attribution || preset.attribution };
  if (!/^https?:\/\//i.test(value) && !value.startsWith('/')) return null;
  let origin = "'self'";
  try {
    if (!value.startsWith('/')) origin = new URL(value.replace(/[{}]/g, '')).origin;
  } catch {
    return null;
  }
  return { template: value, attribution, origin, maxZoom: 18 };
}
