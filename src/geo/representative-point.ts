import { latitudeOf, longitudeOf, projectFlat } from './mercator.js';

/**
 * A point inside a territory, to place a cluster that has only its territory: the pole of
 * inaccessibility (the inside point farthest from the outline, Garcia-Castellanos and Lombardo's
 * grid search as in Mapbox's polylabel) of the largest polygon. A centroid can fall outside a
 * crescent or in the sea between islands; this point cannot. Computed in Web Mercator, where
 * the map draws the outline, so the mark is inside the drawn shape.
 */

type Rings = ArrayLike<number>[];

/** Signed distance from a point to the polygon's outline: positive inside, negative outside. */
function signedDistance(x: number, y: number, rings: Float64Array[]): number {
  let inside = false;
  let best = Infinity;
  for (const ring of rings) {
    const count = ring.length / 2;
    for (let i = 0, j = count - 1; i < count; j = i, i += 1) {
      const ax = ring[i * 2]!;
      const ay = ring[i * 2 + 1]!;
      const bx = ring[j * 2]!;
      const by = ring[j * 2 + 1]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      best = Math.min(best, segmentDistanceSquared(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(best);
}

function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax;
  let y = ay;
  let dx = bx - x;
  let dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  /** The best distance any point of the cell could reach. */
  potential: number;
}

/** A binary heap of cells, highest potential on top. */
class CellQueue {
  private readonly items: Cell[] = [];

  get size(): number {
    return this.items.length;
  }

  push(...cells: Cell[]): void {
    for (const item of cells) {
      const items = this.items;
      items.push(item);
      let at = items.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (items[parent]!.potential >= item.potential) break;
        items[at] = items[parent]!;
        at = parent;
      }
      items[at] = item;
    }
  }

  pop(): Cell {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let at = 0;
      for (;;) {
        const left = at * 2 + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]!.potential > items[left]!.potential ? right : left;
        if (items[child]!.potential <= last.potential) break;
        items[at] = items[child]!;
        at = child;
      }
      items[at] = last;
    }
    return top;
  }
}

function cell(x: number, y: number, half: number, rings: Float64Array[]): Cell {
  const distance = signedDistance(x, y, rings);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** Twice the signed area of a ring (shoelace), in its own units. */
function ringArea(ring: ArrayLike<number>): number {
  let sum = 0;
  const count = ring.length / 2;
  for (let i = 0, j = count - 1; i < count; j = i, i += 1) {
    sum += (ring[j * 2]! - ring[i * 2]!) * (ring[i * 2 + 1]! + ring[j * 2 + 1]!);
  }
  return sum;
}

/**
 * The pole of inaccessibility of one polygon, in Mercator units, to `precision` (a fraction of
 * the polygon's size). The search keeps a list of cells sorted by potential; a bounded number
 * of cells is examined, so a hostile outline cannot make it run long.
 */
function pole(rings: Float64Array[], precision: number): [number, number] {
  const outer = rings[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < outer.length; i += 2) {
    minX = Math.min(minX, outer[i]!);
    maxX = Math.max(maxX, outer[i]!);
    minY = Math.min(minY, outer[i + 1]!);
    maxY = Math.max(maxY, outer[i + 1]!);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  let size = Math.min(width, height);
  if (!(size > 0)) return [minX, minY];
  const tolerance = size * precision;
  // A very elongated outline would start with too many cells: coarser cells, same result.
  while ((width / size) * (height / size) > 256) size *= 2;
  const queue = new CellQueue();
  const half = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + half, y + half, half, rings));
  }
  // The bounding box's centre as a first guess (often good for compact shapes).
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  // Each cell costs a pass over the outline: the number of cells is bounded by the work.
  let points = 0;
  for (const ring of rings) points += ring.length / 2;
  const budget = Math.max(16, Math.min(4000, Math.floor(4_000_000 / Math.max(1, points))));
  let examined = 0;
  while (queue.size > 0 && examined < budget) {
    const current = queue.pop();
    examined += 1;
    if (current.distance > best.distance) best = current;
    if (current.potential - best.distance <= tolerance) continue;
    const quarter = current.half / 2;
    queue.push(
      cell(current.x - quarter, current.y - quarter, quarter, rings),
      cell(current.x + quarter, current.y - quarter, quarter, rings),
      cell(current.x - quarter, current.y + quarter, quarter, rings),
      cell(current.x + quarter, current.y + quarter, quarter, rings),
    );
  }
  return [best.x, best.y];
}

/**
 * A representative point `[lon, lat]` of an area: inside its largest polygon (by area on the
 * map), as far from the outline as a short search finds. Polygons are lists of rings, each ring
 * a flat `[lon, lat, …]` array or GeoJSON-style positions.
 */
export function representativePoint(polygons: Rings[]): [number, number] | undefined {
  let largest: Float64Array[] | undefined;
  let largestArea = 0;
  for (const rings of polygons) {
    if (!rings[0] || rings[0].length < 6) continue;
    const projected = rings.map(projectFlat);
    const area = Math.abs(ringArea(projected[0]!));
    if (area > largestArea) {
      largestArea = area;
      largest = projected;
    }
  }
  if (!largest) return undefined;
  const [x, y] = pole(largest, 0.01);
  return [longitudeOf(x), latitudeOf(y)];
}

/** A GeoJSON Polygon or MultiPolygon's rings as flat arrays, for `representativePoint`. */
export function flatPolygons(geometry: { type: string; coordinates: unknown }): Float64Array[][] {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as unknown[])
        : [];
  return polygons.filter(Array.isArray).map((rings) =>
    (rings as unknown[]).filter(Array.isArray).map((ring) => {
      const positions = ring as unknown[];
      const out = new Float64Array(positions.length * 2);
      positions.forEach((position, i) => {
        out[i * 2] = Array.isArray(position) ? Number(position[0]) : NaN;
        out[i * 2 + 1] = Array.isArray(position) ? Number(position[1]) : NaN;
      });
      return out;
    }),
  );
}
