import * as L from 'leaflet';
import type { BasemapAsset } from '../../src/geo/basemap-data.js';
import { COARSE_WORLD, loadBasemapShapes, type Shapes, type WorldShapes } from '../../src/geo/basemap-shapes.js';
import { whenIdle } from '../../src/load/when-idle.js';
import { composedParent } from '../../src/internal/grappe-element.js';
import { CanvasLayer } from './canvas-layer.js';

/** Colours of the base map, read from the element's tokens (`--grappe-map-land` …). */
export interface BaseMapColours {
  land: string;
  border: string;
  coast: string;
  region: string;
}

/** The base map's colours for `element`'s theme: its stylesheet sets these tokens (map.styles.ts). */
export function baseMapColours(element: Element): BaseMapColours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    land: read('--_map-land'),
    border: read('--_map-border'),
    coast: read('--_map-coast'),
    region: read('--_map-region'),
  };
}

/**
 * Calls `onChange` when the `theme` of a `<grappe-data>` above `element` changes, shadow roots
 * crossed: the nearest one with a theme gives the map its palette (src/styles/map-palette.ts),
 * and the base map, drawn on a canvas, must read its colours again. Gives the way to stop.
 */
export function watchDataThemes(element: Element, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  for (let node = composedParent(element); node; node = composedParent(node))
    if (node instanceof Element && node.localName === 'grappe-data')
      observer.observe(node, { attributeFilter: ['theme'] });
  return () => observer.disconnect();
}

/** The base map on `map` when `wanted`, made or removed as needed: what is on the map after. */
export function syncBaseMap(
  map: L.Map,
  current: BaseMapLayer | undefined,
  wanted: boolean,
  options: BaseMapOptions,
): BaseMapLayer | undefined {
  if (wanted) return current ?? new BaseMapLayer(options).addTo(map);
  current?.remove();
  return undefined;
}

export interface BaseMapOptions {
  /** The folder of the base map's files. */
  folder(): string;
  /** The current colours, read again after `restyle()`. */
  colours(): BaseMapColours;
  /** Which data sources are drawn now, for the attribution line. */
  onSources(sources: ReadonlySet<'natural-earth' | 'france'>): void;
}

/** From this zoom on, the 1:50m data; below, 1:110m (the whole world in a few hundred KB). */
const DETAILED_ZOOM = 4;
const REGION_ZOOM = 5;
const DEPARTEMENT_ZOOM = 7;
/** How long the coarse world may wait for an idle moment of the page. */
const COARSE_WORLD_WAIT_MS = 20_000;
/** How long the files may wait for a feed being read. */
const FEED_WAIT_MS = 3000;
/** Metropolitan France with its sea, in degrees: the French outlines load only when in view. */
const FRANCE = L.latLngBounds([41, -5.5], [51.5, 10]);

/**
 * The built-in base map, drawn on one canvas under everything else (and under tiles, which
 * cover it once they load and leave it showing if they fail): land on the sea colour of the
 * map's background, country borders, and France's régions and départements at their zooms.
 * Natural Earth's data (world-atlas) and the French outlines are loaded on demand from the
 * `basemap/` folder next to the script; nothing of it is in the bundle.
 */
export class BaseMapLayer extends CanvasLayer {
  private readonly world = new Map<'110m' | '50m', WorldShapes>();
  private regions: Shapes | undefined;
  private departements: Shapes | undefined;
  private requested = new Set<BasemapAsset>();
  private drawnSources = '';
  private colours: BaseMapColours | undefined;
  /** Since when the files wait for a feed being read, and the paint that asks again at the latest. */
  private waitingSince: number | undefined;
  private waitTimer: ReturnType<typeof setTimeout> | undefined;
  private waitingForFeed = false;

  constructor(private readonly settings: BaseMapOptions) {
    // Painted while the map moves too, so that panning never shows the bare sea.
    super('grappe-basemap', 'base-map', 'move zoom moveend zoomend resize viewreset');
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane('grappe-basemap') ?? map.createPane('grappe-basemap');
    // Above Leaflet's empty map background, below the tiles (200) and everything drawn (400+).
    pane.style.zIndex = '150';
    pane.style.pointerEvents = 'none';
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    return super.onRemove(map);
  }

  /** Whether the map's feed is being read: the files wait for it; once it is, they are asked for. */
  feedLoading(loading: boolean): void {
    this.waitingForFeed = loading;
    if (loading || this.waitTimer === undefined) return;
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    this.redraw();
  }

  /** Redraws with the colours of the theme now in force (reading them forces a style pass, so not on every paint). */
  restyle(): void {
    this.colours = undefined;
    this.redraw();
  }

  /**
   * Starts loading what this view needs, each file once, when the page is idle: the list and the
   * clusters paint first, the land a moment later.
   */
  private request(asset: BasemapAsset): void {
    if (this.requested.has(asset)) return;
    // Fetched and decoded while a large feed downloads, they slowed its download (and so the
    // list) by up to 300 ms on two cores (`npm run bench`): they wait for it, 3 s at most.
    if (this.waitingForFeed && performance.now() - (this.waitingSince ??= performance.now()) < FEED_WAIT_MS) {
      this.waitTimer ??= setTimeout(() => this.feedLoading(false), FEED_WAIT_MS);
      return;
    }
    this.requested.add(asset);
    whenIdle(
      () =>
        // Decoded in the worker (the 1:50m world takes a few hundred milliseconds), handed over as typed arrays.
        void loadBasemapShapes(asset, this.settings.folder()).then((shapes) => {
          if (!shapes) return;
          if ('regions' in shapes) {
            this.regions = shapes.regions;
            this.departements = shapes.departements;
          } else {
            this.world.set(asset === 'world-50m' ? '50m' : '110m', shapes);
          }
          this.redraw();
        }),
      // The coarse world is decoded on the page (basemap-shapes.ts): only when the page is idle,
      // never in the middle of a large feed's loading; the finer files come from the worker.
      asset === COARSE_WORLD ? COARSE_WORLD_WAIT_MS : undefined,
    );
  }

  protected override paint(context: CanvasRenderingContext2D, map: L.Map): void {
    const zoom = map.getZoom();
    this.request('world-110m');
    if (zoom >= DETAILED_ZOOM) this.request('world-50m');
    const franceInView = zoom >= REGION_ZOOM && map.getBounds().intersects(FRANCE);
    if (franceInView) this.request('france');
    const size = map.getSize();
    const scale = 256 * 2 ** zoom;
    const origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
    const view = { scale, x: origin.x, y: origin.y, width: size.x, height: size.y };
    const colours = (this.colours ??= this.settings.colours());
    const world =
      (zoom >= DETAILED_ZOOM ? this.world.get('50m') : undefined) ?? this.world.get('110m') ?? this.world.get('50m');
    const sources = new Set<'natural-earth' | 'france'>();
    if (world) {
      sources.add('natural-earth');
      context.fillStyle = colours.land;
      context.strokeStyle = colours.coast;
      context.lineWidth = 0.75;
      trace(context, world.land, view, true);
      context.fill('evenodd');
      context.stroke();
      context.strokeStyle = colours.border;
      context.lineWidth = zoom >= DETAILED_ZOOM ? 1.25 : 0.75;
      trace(context, world.borders, view, false);
      context.stroke();
    }
    if (franceInView && this.regions) {
      sources.add('france');
      context.strokeStyle = colours.region;
      if (zoom >= DEPARTEMENT_ZOOM && this.departements) {
        context.lineWidth = 0.75;
        context.setLineDash([4, 3]);
        trace(context, this.departements, view, false);
        context.stroke();
        context.setLineDash([]);
      }
      context.lineWidth = 1.5;
      trace(context, this.regions, view, false);
      context.stroke();
    }
    const key = [...sources].join();
    if (key !== this.drawnSources) {
      this.drawnSources = key;
      this.settings.onSources(sources);
    }
  }
}

/** Adds the shapes in view to the context's path, skipping points closer than a pixel. */
function trace(
  context: CanvasRenderingContext2D,
  shapes: Shapes,
  view: { scale: number; x: number; y: number; width: number; height: number },
  closed: boolean,
): void {
  context.beginPath();
  const { scale } = view;
  const left = view.x / scale;
  const top = view.y / scale;
  const right = (view.x + view.width) / scale;
  const bottom = (view.y + view.height) / scale;
  const boxes = shapes.boxes;
  shapes.parts.forEach((part, index) => {
    if (
      boxes[index * 4]! > right ||
      boxes[index * 4 + 2]! < left ||
      boxes[index * 4 + 1]! > bottom ||
      boxes[index * 4 + 3]! < top
    )
      return;
    let lastX = NaN;
    let lastY = NaN;
    for (let i = 0; i + 1 < part.length; i += 2) {
      const x = part[i]! * scale - view.x;
      const y = part[i + 1]! * scale - view.y;
      if (i === 0) context.moveTo(x, y);
      else if (Math.abs(x - lastX) + Math.abs(y - lastY) < 0.75 && i + 2 < part.length) continue;
      else context.lineTo(x, y);
      lastX = x;
      lastY = y;
    }
    if (closed) context.closePath();
  });
}
