/**
 * A small TopoJSON reader for the base map's own assets: arcs decoded once, polygons stitched
 * from them, and the lines that one geometry or two share (coasts and borders). Shared arcs
 * are why the assets are TopoJSON: neighbouring outlines stay identical after simplification,
 * and each border is drawn once.
 *
 * Every ring and line is a flat `[lon, lat, lon, lat, …]` Float64Array. The reader is
 * defensive (an asset is fetched over the network): what is malformed is skipped, never thrown.
 */

type ArcIndexes = number[];
interface TopologyGeometry {
  type?: string;
  id?: string | number;
  properties?: Record<string, unknown> | null;
  arcs?: ArcIndexes[] | ArcIndexes[][];
}

export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type?: string; geometries?: TopologyGeometry[] }>;
}

export interface TopologyFeature {
  id: string | undefined;
  properties: Record<string, unknown>;
  /** Polygons, each a list of rings (the first the outer one), each ring flat lon/lat pairs. */
  polygons: Float64Array[][];
  /** `[west, south, east, north]`. */
  bbox: [number, number, number, number];
}

/** Whether a value looks like a topology (an asset from elsewhere may be anything). */
export function isTopology(value: unknown): value is Topology {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<Topology>;
  return (
    candidate.type === 'Topology' &&
    Array.isArray(candidate.arcs) &&
    !!candidate.objects &&
    typeof candidate.objects === 'object'
  );
}

const decodedArcs = new WeakMap<Topology, Float64Array[]>();

/** The arcs as absolute longitudes and latitudes (quantised topologies are delta-encoded). */
export function decodeArcs(topology: Topology): Float64Array[] {
  const cached = decodedArcs.get(topology);
  if (cached) return cached;
  const transform = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    const out = new Float64Array(Array.isArray(arc) ? arc.length * 2 : 0);
    let x = 0;
    let y = 0;
    for (let i = 0; i < out.length / 2; i += 1) {
      const position = arc[i];
      const px = Array.isArray(position) ? Number(position[0]) : NaN;
      const py = Array.isArray(position) ? Number(position[1]) : NaN;
      if (transform) {
        x += px;
        y += py;
        out[i * 2] = x * transform.scale[0] + transform.translate[0];
        out[i * 2 + 1] = y * transform.scale[1] + transform.translate[1];
      } else {
        out[i * 2] = px;
        out[i * 2 + 1] = py;
      }
    }
    return out;
  });
  decodedArcs.set(topology, arcs);
  return arcs;
}

/** Joins arcs into one ring or line; `~i` (negative) means arc `i` reversed. */
function stitch(arcs: Float64Array[], indexes: ArcIndexes): Float64Array {
  let length = 0;
  for (const index of indexes) length += Number.isInteger(index) ? (arcs[index < 0 ? ~index : index]?.length ?? 0) : 0;
  const out = new Float64Array(length);
  let used = 0;
  indexes.forEach((index, position) => {
    const arc = Number.isInteger(index) ? arcs[index < 0 ? ~index : index] : undefined;
    if (!arc) return;
    const points = arc.length / 2;
    // Consecutive arcs share an end point: keep it once.
    for (let k = position === 0 ? 0 : 1; k < points; k += 1) {
      const source = index < 0 ? points - 1 - k : k;
      out[used++] = arc[source * 2]!;
      out[used++] = arc[source * 2 + 1]!;
    }
  });
  return out.subarray(0, used);
}

function polygonsOf(geometry: TopologyGeometry | null): ArcIndexes[][] {
  if (!geometry || typeof geometry !== 'object' || !Array.isArray(geometry.arcs)) return [];
  if (geometry.type === 'Polygon') return [geometry.arcs as ArcIndexes[]];
  if (geometry.type === 'MultiPolygon') return geometry.arcs as ArcIndexes[][];
  return [];
}

/** The polygons of one object of the topology, with their properties and bounding boxes. */
export function topologyFeatures(topology: Topology, objectName: string): TopologyFeature[] {
  const arcs = decodeArcs(topology);
  const geometries = topology.objects[objectName]?.geometries;
  if (!Array.isArray(geometries)) return [];
  const out: TopologyFeature[] = [];
  for (const geometry of geometries as Array<TopologyGeometry | null>) {
    if (!geometry) continue;
    const polygons = polygonsOf(geometry)
      .filter(Array.isArray)
      .map((rings) =>
        rings
          .filter(Array.isArray)
          .map((ring) => stitch(arcs, ring))
          .filter((ring) => ring.length >= 8),
      );
    const kept = polygons.filter((rings) => rings.length > 0);
    if (kept.length === 0) continue;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (const rings of kept) {
      const outer = rings[0]!;
      for (let i = 0; i < outer.length; i += 2) {
        west = Math.min(west, outer[i]!);
        east = Math.max(east, outer[i]!);
        south = Math.min(south, outer[i + 1]!);
        north = Math.max(north, outer[i + 1]!);
      }
    }
    out.push({
      id: geometry.id === undefined ? undefined : String(geometry.id),
      properties: geometry.properties && typeof geometry.properties === 'object' ? geometry.properties : {},
      polygons: kept,
      bbox: [west, south, east, north],
    });
  }
  return out;
}

/**
 * The arcs of one object used by two geometries (`shared`: borders between neighbours) or by
 * one only (`outer`: coasts), each as a line. Each arc comes once, however many use it.
 */
export function topologyMesh(topology: Topology, objectName: string, which: 'shared' | 'outer'): Float64Array[] {
  const arcs = decodeArcs(topology);
  const geometries = topology.objects[objectName]?.geometries;
  if (!Array.isArray(geometries)) return [];
  const users = new Map<number, Set<number>>();
  (geometries as Array<TopologyGeometry | null>).forEach((geometry, position) => {
    for (const rings of polygonsOf(geometry)) {
      if (!Array.isArray(rings)) continue;
      for (const ring of rings) {
        if (!Array.isArray(ring)) continue;
        for (const index of ring) {
          if (!Number.isInteger(index)) continue;
          const arc = index < 0 ? ~index : index;
          let set = users.get(arc);
          if (!set) {
            set = new Set();
            users.set(arc, set);
          }
          set.add(position);
        }
      }
    }
  });
  const lines: Float64Array[] = [];
  for (const [arc, set] of users) {
    if ((which === 'shared') === set.size > 1 && arcs[arc] && arcs[arc]!.length >= 4) lines.push(arcs[arc]!);
  }
  return lines;
}
