import type { FeedIndex } from '../model/feed-index.js';
import type { Territory } from '../schema/feed-schema.js';
import { fetchOptionalJson } from '../load/fetch-json.js';
import { whenIdle } from '../load/when-idle.js';
import { basemapBase } from './basemap-data.js';
import { loadBuiltinOutlines, type BuiltinOutline } from './builtin-outlines.js';
import { builtinKeyOf, type BuiltinLevel } from './builtin-territories.js';
import { flatPolygons, representativePoint } from './representative-point.js';

/** A territory's outline as GeoJSON, whatever its origin. */
export type AreaGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface BuiltinShape {
  code: string;
  name: string;
  geometry: AreaGeometry;
  /** The same outline as flat `[lon, lat, …]` rings, as the TopoJSON reader gives it. */
  polygons: Float64Array[][];
}

/** The most features a boundaries file may hold (each is drawn as a path). */
const MAX_BOUNDARY_FEATURES = 20_000;
const MAX_BOUNDARY_BYTES = 50 * 1024 * 1024;

function toGeometry(flat: Float64Array[][]): AreaGeometry {
  const polygons = flat.map((rings) =>
    rings.map((ring) => {
      const positions: number[][] = [];
      for (let i = 0; i + 1 < ring.length; i += 2) positions.push([ring[i]!, ring[i + 1]!]);
      return positions;
    }),
  );
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** A built-in outline whose GeoJSON is made when first asked for: most are never drawn. */
function builtinShape({ code, name, polygons }: BuiltinOutline): BuiltinShape {
  let geometry: AreaGeometry | undefined;
  return {
    code,
    name,
    polygons,
    get geometry() {
      return (geometry ??= toGeometry(polygons));
    },
  };
}

/**
 * Where each territory's outline comes from, in this order: the feed's inline `geometry`, the
 * site's boundaries file (joined on the territory's code, or its id), or the base map's own
 * outlines for INSEE régions and départements and ISO 3166-1 countries. Also the point inside
 * each outline where a cluster with no seat of its own is drawn. Loads are asynchronous;
 * `onChange` tells when more shapes are known.
 */
export class TerritoryShapes {
  private boundaries = new Map<string, AreaGeometry>();
  private boundariesSource = '';
  private boundariesController: AbortController | undefined;
  private readonly builtin = new Map<BuiltinLevel, Map<string, BuiltinShape>>();
  private readonly requested = new Set<string>();
  /** Levels requested whose outlines have not come yet (nor failed to). */
  private readonly levelsLoading = new Set<BuiltinLevel>();
  /** Whether a boundaries file is being fetched. */
  private boundariesLoading = false;
  private readonly points = new WeakMap<object, [number, number] | null>();

  constructor(
    private readonly onChange: () => void,
    /** The folder of the base map's files. */
    private readonly folder: () => string = basemapBase,
  ) {}

  /** A GeoJSON boundaries file, joined by `key` (`id` or a property name). */
  async setBoundaries(url: string, key: string): Promise<void> {
    const source = `${url}\u0000${key}`;
    if (source === this.boundariesSource) return;
    this.boundariesSource = source;
    this.boundariesController?.abort();
    this.boundaries = new Map();
    this.boundariesLoading = url !== '';
    if (!url) {
      this.onChange();
      return;
    }
    const controller = new AbortController();
    this.boundariesController = controller;
    // Boundaries are decoration: without them the clusters still show.
    const geojson = await fetchOptionalJson(url, {
      maxBytes: MAX_BOUNDARY_BYTES,
      credentials: 'omit',
      signal: controller.signal,
    });
    if (controller.signal.aborted) return;
    this.boundariesLoading = false;
    if (geojson !== undefined) this.boundaries = joinBoundaries(geojson, key);
    // Also on a failure: clusters waiting for an outline are then named as not on the map.
    this.onChange();
  }

  /** Starts loading the built-in outlines the feed's territories need. */
  prepare(index: FeedIndex | null): void {
    for (const territory of index?.feed.territories ?? []) {
      const key = builtinKeyOf(territory.code);
      if (key) this.requestLevel(key.level);
    }
  }

  /** Loads every outline of one level (for a choropleth that shows the whole level). */
  requestLevel(level: BuiltinLevel): void {
    if (this.requested.has(level)) return;
    this.requested.add(level);
    this.levelsLoading.add(level);
    // After the first paint: clusters with a seat show at once, those placed by their territory
    // next. The outlines are decoded in the base map's worker.
    whenIdle(
      () =>
        void loadBuiltinOutlines(level, this.folder()).then((outlines) => {
          this.levelsLoading.delete(level);
          if (outlines) {
            const shapes = new Map<string, BuiltinShape>();
            for (const outline of outlines) shapes.set(outline.code.toUpperCase(), builtinShape(outline));
            this.builtin.set(level, shapes);
          }
          // Also on a failure: clusters waiting for these outlines are then named as not on the map.
          this.onChange();
        }),
    );
  }

  /**
   * Whether the territory has no outline yet but may get one: its boundaries file or its level
   * of built-in outlines is still loading. A cluster placed by such a territory is not "not on
   * the map" yet; the legend would otherwise name it for the second the outlines take.
   */
  mayPlaceLater(territory: Territory): boolean {
    if (territory.geometry) return false;
    if (this.boundariesLoading) return true;
    const key = builtinKeyOf(territory.code);
    return key !== undefined && this.levelsLoading.has(key.level);
  }

  /** Every built-in outline of a level, once loaded. */
  level(level: BuiltinLevel): ReadonlyMap<string, BuiltinShape> | undefined {
    return this.builtin.get(level);
  }

  /** A territory's outline and where it comes from, in order of precedence. */
  private resolve(
    territory: Territory,
  ): { source: 'inline' | 'boundaries' | 'builtin'; geometry: AreaGeometry; builtin?: BuiltinShape } | undefined {
    if (territory.geometry) return { source: 'inline', geometry: territory.geometry as AreaGeometry };
    const joined = (territory.code && this.boundaries.get(territory.code.value)) ?? this.boundaries.get(territory.id);
    if (joined) return { source: 'boundaries', geometry: joined };
    const key = builtinKeyOf(territory.code);
    const builtin = key ? this.builtin.get(key.level)?.get(key.code) : undefined;
    return builtin
      ? {
          source: 'builtin',
          builtin,
          get geometry() {
            return builtin.geometry;
          },
        }
      : undefined;
  }

  /** Where a territory's outline comes from, if it has one. */
  sourceOf(territory: Territory): 'inline' | 'boundaries' | 'builtin' | undefined {
    return this.resolve(territory)?.source;
  }

  geometryOf(territory: Territory): AreaGeometry | undefined {
    return this.resolve(territory)?.geometry;
  }

  /** A point inside the territory's outline (`[lon, lat]`), computed once per outline. */
  pointOf(territory: Territory): [number, number] | undefined {
    const resolved = this.resolve(territory);
    if (!resolved) return undefined;
    // Keyed by the built-in outline itself where there is one: its GeoJSON is made only when drawn.
    const key = resolved.builtin ?? resolved.geometry;
    let point = this.points.get(key);
    if (point === undefined) {
      // Built-in outlines come flat from the TopoJSON already; GeoJSON ones are flattened once.
      point = representativePoint(resolved.builtin?.polygons ?? flatPolygons(resolved.geometry)) ?? null;
      this.points.set(key, point);
    }
    return point ?? undefined;
  }

  dispose(): void {
    this.boundariesController?.abort();
  }
}

/** Reads a boundaries file: a FeatureCollection or a single Feature, keyed by id or by a property. */
export function joinBoundaries(geojson: unknown, key: string): Map<string, AreaGeometry> {
  const out = new Map<string, AreaGeometry>();
  if (!geojson || typeof geojson !== 'object') return out;
  const root = geojson as { type?: string; features?: unknown[] };
  const features =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features.slice(0, MAX_BOUNDARY_FEATURES)
      : root.type === 'Feature'
        ? [root]
        : [];
  for (const feature of features) {
    if (!feature || typeof feature !== 'object') continue;
    const { id, properties, geometry } = feature as {
      id?: unknown;
      properties?: Record<string, unknown> | null;
      geometry?: { type?: string } | null;
    };
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const own = (name: string) => (properties && Object.hasOwn(properties, name) ? properties[name] : undefined);
    const value = key === 'id' ? (id ?? own('id')) : own(key);
    if (typeof value === 'string' || typeof value === 'number') out.set(String(value), geometry as AreaGeometry);
  }
  return out;
}
