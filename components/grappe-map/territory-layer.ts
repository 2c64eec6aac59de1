import * as L from 'leaflet';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { builtinKeyOf, type BuiltinLevel } from '../../src/geo/builtin-territories.js';
import type { AreaGeometry, TerritoryShapes } from '../../src/geo/territory-shapes.js';
import { resolveText } from '../../src/text/localised-text.js';

interface DrawOptions {
  lang: string;
  choropleth: boolean;
  /** "3 clusters", in the reader's language. */
  countLabel(count: number): string;
}

/** Sequential blues for the choropleth (ColorBrewer "Blues", readable by colour-blind visitors). */
const CHOROPLETH = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/**
 * The territories as polygons, their outlines from `TerritoryShapes` (inline, boundaries file
 * or built in). With `choropleth`, each is coloured by its number of visible clusters, and the
 * whole level it shows (every région, département or country) is drawn, those without clusters
 * in a neutral shade, so that a region's map has its neighbours.
 */
export class TerritoryLayer {
  private readonly group = L.featureGroup();

  constructor(private readonly shapes: TerritoryShapes) {}

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  clear(): void {
    this.group.clearLayers();
  }

  bounds(): L.LatLngBounds | undefined {
    const bounds = this.group.getBounds();
    return bounds.isValid() ? bounds : undefined;
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
    let max = 1;
    for (const count of counts.values()) if (count > max) max = count;
    const drawnCodes = new Set<string>();
    const levels = new Map<BuiltinLevel, number>();
    for (const territory of index.feed.territories ?? []) {
      const geometry = this.shapes.geometryOf(territory);
      if (!geometry) continue;
      const count = counts.get(territory.id) ?? 0;
      const key = builtinKeyOf(territory.code);
      if (key) {
        drawnCodes.add(`${key.level}:${key.code}`);
        if (count > 0) levels.set(key.level, (levels.get(key.level) ?? 0) + count);
      }
      // Without a choropleth, the outlines the feed or the site supplied are drawn, and the
      // built-in ones of territories that have visible clusters.
      if (!options.choropleth && count === 0 && this.shapes.sourceOf(territory) === 'builtin') continue;
      const name = resolveText(territory.name, options.lang, index.defaultLanguage);
      this.addShape(geometry, name, options.choropleth ? count : undefined, max, options);
    }
    if (options.choropleth) {
      // The level most clusters are counted in gives its context: every other shape of it.
      const level = [...levels.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (level) {
        this.shapes.requestLevel(level);
        for (const shape of this.shapes.level(level)?.values() ?? []) {
          if (!drawnCodes.has(`${level}:${shape.code.toUpperCase()}`))
            this.addShape(shape.geometry, shape.name, 0, max, options, true);
        }
      }
    }
    this.group.bringToBack();
  }

  private addShape(
    geometry: AreaGeometry,
    name: string,
    count: number | undefined,
    max: number,
    options: DrawOptions,
    context = false,
  ): void {
    // Plain territories take their colours from the stylesheet (--grappe-map-territory-*);
    // the choropleth's classes come from a fixed palette, never from the feed.
    const style: L.PathOptions =
      count === undefined
        ? { weight: 1, className: 'territory' }
        : count === 0
          ? { weight: 0.75, className: `territory choropleth empty${context ? ' context' : ''}` }
          : {
              weight: 1,
              fillColor:
                CHOROPLETH[Math.min(CHOROPLETH.length - 1, 1 + Math.floor((count / max) * (CHOROPLETH.length - 2)))]!,
              fillOpacity: 0.75,
              className: 'territory choropleth',
            };
    const layer = L.geoJSON({ type: 'Feature', geometry, properties: {} } as GeoJSON.Feature, {
      style,
      interactive: true,
    });
    // The tooltip is an element built here, never an HTML string: the name is feed text.
    const tooltip = document.createElement('span');
    tooltip.textContent = count === undefined ? name : `${name} (${options.countLabel(count)})`;
    layer.bindTooltip(tooltip, { sticky: true });
    layer.addTo(this.group);
  }
}
