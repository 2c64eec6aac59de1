import * as L from 'leaflet';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { builtinKeyOf, type BuiltinLevel } from '../../src/geo/builtin-territories.js';
import type { AreaGeometry, TerritoryShapes } from '../../src/geo/territory-shapes.js';
import { resolveText } from '../../src/text/localised-text.js';
import { KeyedLayers } from './keyed-layers.js';

/** The built-in data a drawn outline comes from, for the attribution line. */
export type OutlineSource = 'natural-earth' | 'france';

/** Countries' outlines come from Natural Earth; régions' and départements' from IGN / INSEE. */
const sourceOfLevel = (level: BuiltinLevel): OutlineSource => (level === 'country' ? 'natural-earth' : 'france');

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
  private readonly shapesDrawn = new KeyedLayers<L.GeoJSON>(this.group);

  constructor(private readonly shapes: TerritoryShapes) {}

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  clear(): void {
    this.shapesDrawn.clear();
  }

  bounds(): L.LatLngBounds | undefined {
    const bounds = this.group.getBounds();
    return bounds.isValid() ? bounds : undefined;
  }

  /** Draws the territories; gives the built-in data the drawn outlines come from. */
  draw(index: FeedIndex | null, visible: readonly number[], options: DrawOptions): ReadonlySet<OutlineSource> {
    const sources = new Set<OutlineSource>();
    const wanted: Array<readonly [string, () => L.GeoJSON, (layer: L.GeoJSON) => void]> = [];
    const want = (geometry: AreaGeometry, name: string, count: number | undefined, max: number, context = false) => {
      const look = territoryLook(count, max, context);
      const label = count === undefined ? name : `${name} (${options.countLabel(count)})`;
      // A shape is kept while its outline is (a facet click changes only colours and counts,
      // which are set on the shapes drawn: remaking a hundred SVG paths and their tooltips cost
      // more than the rest of the map's redraw).
      wanted.push([
        `${geometryKey(geometry)}`,
        () => shapeLayer(geometry, look, label),
        (layer) => restyle(layer, look, label),
      ]);
    };
    if (index) {
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
        if (key && this.shapes.sourceOf(territory) === 'builtin') sources.add(sourceOfLevel(key.level));
        const name = resolveText(territory.name, options.lang, index.defaultLanguage);
        want(geometry, name, options.choropleth ? count : undefined, max);
      }
      if (options.choropleth) {
        // The level most clusters are counted in gives its context: every other shape of it.
        const level = [...levels.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
        if (level) {
          this.shapes.requestLevel(level);
          const shapes = this.shapes.level(level);
          if (shapes?.size) sources.add(sourceOfLevel(level));
          for (const shape of shapes?.values() ?? []) {
            if (!drawnCodes.has(`${level}:${shape.code.toUpperCase()}`)) want(shape.geometry, shape.name, 0, max, true);
          }
        }
      }
    }
    if (this.shapesDrawn.sync(wanted)) this.group.bringToBack();
    return sources;
  }
}

interface TerritoryLook {
  className: string;
  weight: number;
  fillColor?: string;
}

/**
 * Plain territories take their colours from the stylesheet (--grappe-map-territory-*); the
 * choropleth's classes come from a fixed palette, never from the feed.
 */
function territoryLook(count: number | undefined, max: number, context: boolean): TerritoryLook {
  if (count === undefined) return { weight: 1, className: 'territory' };
  if (count === 0) return { weight: 0.75, className: `territory choropleth empty${context ? ' context' : ''}` };
  const step = Math.min(CHOROPLETH.length - 1, 1 + Math.floor((count / max) * (CHOROPLETH.length - 2)));
  return { weight: 1, fillColor: CHOROPLETH[step]!, className: 'territory choropleth' };
}

/** What each shape drawn shows now: its look and its tooltip's text. */
const shownAs = new WeakMap<L.GeoJSON, { look: TerritoryLook; label: string; tooltip: HTMLElement }>();

function shapeStyle(look: TerritoryLook): L.PathOptions {
  return {
    weight: look.weight,
    className: look.className,
    fillColor: look.fillColor,
    fillOpacity: look.fillColor ? 0.75 : L.Path.prototype.options.fillOpacity,
  };
}

function shapeLayer(geometry: AreaGeometry, look: TerritoryLook, label: string): L.GeoJSON {
  const layer = L.geoJSON({ type: 'Feature', geometry, properties: {} } as GeoJSON.Feature, {
    style: shapeStyle(look),
    interactive: true,
    // Outlines are polygons (the schema, boundaries.ts); were a point to come through, a dot, not
    // Leaflet's default image marker, which the embeds leave out (scripts/leaflet-unused.mjs).
    pointToLayer: (_, latLng) => L.circleMarker(latLng),
  });
  // The tooltip is an element built here, never an HTML string: the name is feed text.
  const tooltip = document.createElement('span');
  tooltip.textContent = label;
  layer.bindTooltip(tooltip, { sticky: true });
  // Leaflet opens the tooltip on focus, and Chromium makes an SVG shape with focus listeners a
  // tab stop: a keyboard met every territory, nameless, before the first cluster. The shapes stay
  // out of the tab order; their names and counts are the legend's and the list's.
  layer.on('add', () => layer.eachLayer((path) => (path as L.Path).getElement()?.setAttribute('tabindex', '-1')));
  shownAs.set(layer, { look, label, tooltip });
  return layer;
}

/** A kept shape brought up to date: its colours, its classes and its tooltip's count. */
function restyle(layer: L.GeoJSON, look: TerritoryLook, label: string): void {
  const shown = shownAs.get(layer);
  if (!shown) return;
  if (shown.label !== label) shown.tooltip.textContent = label;
  const before = shown.look;
  shown.look = look;
  shown.label = label;
  if (before.className === look.className && before.fillColor === look.fillColor && before.weight === look.weight)
    return;
  layer.setStyle(shapeStyle(look));
  // Leaflet applies `className` only when it makes a path: the classes are set here.
  layer.eachLayer((path) => {
    const element = (path as L.Path).getElement();
    if (element) element.setAttribute('class', `${look.className} leaflet-interactive`);
  });
}

/** A number per geometry object: outlines replaced (a boundaries file that arrived) get new keys. */
const geometryKeys = new WeakMap<object, number>();
let lastGeometryKey = 0;

function geometryKey(geometry: AreaGeometry): number {
  let key = geometryKeys.get(geometry);
  if (key === undefined) geometryKeys.set(geometry, (key = lastGeometryKey += 1));
  return key;
}
