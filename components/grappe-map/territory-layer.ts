import * as L from 'leaflet';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { Territory } from '../../src/schema/feed-schema.js';
import { resolveText } from '../../src/text/localised-text.js';

type AreaGeometry = NonNullable<Territory['geometry']>;

interface DrawOptions {
  lang: string;
  choropleth: boolean;
}

/** Sequential blues for the choropleth (ColorBrewer "Blues", readable by colour-blind visitors). */
const CHOROPLETH = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/**
 * The territories as polygons: the feed's inline geometry, or a separate GeoJSON boundaries
 * file joined to each territory's code by a configurable key (a feature id, or a property such
 * as INSEE's `code` or Eurostat's `NUTS_ID`).
 */
export class TerritoryLayer {
  private readonly group = L.featureGroup();
  private boundaries = new Map<string, AreaGeometry>();
  private boundariesSource = '';
  private controller: AbortController | undefined;

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  clear(): void {
    this.group.clearLayers();
    this.controller?.abort();
  }

  bounds(): L.LatLngBounds | undefined {
    const bounds = this.group.getBounds();
    return bounds.isValid() ? bounds : undefined;
  }

  async loadBoundaries(url: string, key: string): Promise<void> {
    const source = `${url}\u0000${key}`;
    if (source === this.boundariesSource) return;
    this.boundariesSource = source;
    this.controller?.abort();
    this.boundaries = new Map();
    if (!url) return;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
      if (!response.ok) return;
      const geojson = (await response.json()) as unknown;
      this.boundaries = joinBoundaries(geojson, key);
    } catch {
      // Boundaries are decoration: without them the clusters still show.
    }
  }

  draw(index: FeedIndex | null, visible: readonly number[], options: DrawOptions): void {
    this.group.clearLayers();
    if (!index) return;
    const counts = new Map<string, number>();
    const territoryDimension = index.dimensionById.get('territory');
    if (territoryDimension) {
      for (const clusterIndex of visible) {
        for (const id of territoryDimension.valuesOfCluster[clusterIndex]!) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const max = Math.max(1, ...counts.values());
    for (const territory of index.feed.territories ?? []) {
      const geometry = territory.geometry ?? this.boundaries.get(territory.code?.value ?? territory.id) ?? this.boundaries.get(territory.id);
      if (!geometry) continue;
      const count = counts.get(territory.id) ?? 0;
      // Plain territories take their colours from the stylesheet (--grappe-map-territory-*);
      // the choropleth's classes come from a fixed palette, never from the feed.
      const style: L.PathOptions = options.choropleth
        ? { weight: 1, fillColor: CHOROPLETH[Math.min(CHOROPLETH.length - 1, Math.floor((count / max) * (CHOROPLETH.length - 1)))]!, fillOpacity: 0.7, className: 'territory choropleth' }
        : { weight: 1, className: 'territory' };
      const layer = L.geoJSON({ type: 'Feature', geometry, properties: {} } as GeoJSON.Feature, {
        style,
        interactive: true,
      });
      // The tooltip is an element built here, never an HTML string: the name is feed text.
      const tooltip = document.createElement('span');
      tooltip.textContent = resolveText(territory.name, options.lang, index.defaultLanguage);
      if (options.choropleth) tooltip.textContent += ` (${count.toLocaleString(options.lang)})`;
      layer.bindTooltip(tooltip, { sticky: true });
      layer.addTo(this.group);
    }
    this.group.bringToBack();
  }
}

/** Reads a boundaries file: a FeatureCollection or a single Feature, keyed by id or by a property. */
export function joinBoundaries(geojson: unknown, key: string): Map<string, AreaGeometry> {
  const out = new Map<string, AreaGeometry>();
  if (!geojson || typeof geojson !== 'object') return out;
  const root = geojson as { type?: string; features?: unknown[] };
  const features = root.type === 'FeatureCollection' && Array.isArray(root.features) ? root.features : root.type === 'Feature' ? [root] : [];
  for (const feature of features) {
    if (!feature || typeof feature !== 'object') continue;
    const { id, properties, geometry } = feature as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type?: string } | null };
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const value = key === 'id' ? (id ?? properties?.['id']) : properties?.[key];
    if (typeof value === 'string' || typeof value === 'number') out.set(String(value), geometry as AreaGeometry);
  }
  return out;
}
