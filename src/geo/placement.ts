import { BoxIndex, overlapRatio, square, type Box } from './boxes.js';

/**
 * One placement pass for everything the map draws as a mark: cluster seats (alone, in a ring
 * around a shared seat, or grouped), groups of organisations and single organisations, then
 * the clusters' name labels. Greedy, in order of importance, against one index of the boxes
 * already placed, so that no two marks overlap by more than a quarter of the smaller one
 * (`MAX_OVERLAP`) and no label touches a mark or another label. All in screen pixels of the
 * current view; the map redoes it after each move, zoom or filter change.
 */

import {
  DEFAULT_SIZES,
  LABEL_HEIGHT,
  PLACEMENT_OVERLAP,
  type OrganisationPointsInput,
  type Placement,
  type PlacementOptions,
  type PlacementSizes,
  type SeatInput,
} from './placement-types.js';

export { MAX_OVERLAP, DEFAULT_SIZES, LABEL_HEIGHT } from './placement-types.js';
export type * from './placement-types.js';

/** The eight directions around a place (or a grid cell). */
const NEIGHBOURS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [-1, 1],
  [1, -1],
  [-1, -1],
] as const;

/** How many organisations a group remembers for its list. */
const MAX_LISTED = 50;
/** Height of a name label's box; the map draws labels this tall. */
const LABEL_GAP = 4;

type Owner =
  { kind: 'seat'; unit: number } | { kind: 'organisation-group'; group: number } | { kind: 'dot' } | { kind: 'label' };

/** Radius of a ring of `count` marks of `size` with `gap` between neighbours. */
function ringRadius(count: number, size: number): number {
  return Math.max(size * 0.7, (size + 6) / 2 / Math.sin(Math.PI / count));
}

/**
 * Places clusters (in order of importance: the first wins a contested place) and organisation
 * points. Returns what to draw where.
 */
export function placeMarks(
  seats: readonly SeatInput[],
  points: OrganisationPointsInput | null,
  options: PlacementOptions,
): Placement {
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const index = new BoxIndex<Owner>(sizes.cell);
  const out: Placement = { clusters: [], clusterGroups: [], organisationGroups: [], organisations: [], labels: [] };
  placeClusters(seats, sizes, index, out);
  if (points && points.count > 0) placeOrganisations(points, sizes, options, index, out);
  if (options.label && options.measure) placeLabels(options, sizes, index, out);
  return out;
}

function placeClusters(
  seats: readonly SeatInput[],
  sizes: PlacementSizes,
  index: BoxIndex<Owner>,
  out: Placement,
): void {
  // Clusters at one seat form a unit, placed where its most important cluster stands.
  const units = new Map<string, SeatInput[]>();
  for (const seat of seats) {
    const unit = units.get(seat.seat);
    if (unit) unit.push(seat);
    else units.set(seat.seat, [seat]);
  }
  const seatOf = new Map(seats.map((seat) => [seat.cluster, seat.seat]));
  // A pinned cluster in a crowd too large for a ring stands apart from it, in front.
  const ordered = [...units.values()];
  const pinnedUnit = ordered.findIndex((unit) => unit.some((seat) => seat.pinned));
  if (pinnedUnit >= 0 && ordered[pinnedUnit]!.length > sizes.maxRing) {
    const crowd = ordered[pinnedUnit]!;
    ordered.splice(
      pinnedUnit,
      1,
      crowd.filter((seat) => !seat.pinned),
    );
    ordered.unshift(crowd.filter((seat) => seat.pinned));
  }
  const placed: Array<{ seats: SeatInput[]; radius: number; joined: number[]; pinned: boolean; x: number; y: number }> =
    [];
  const add = (unit: SeatInput[], x: number, y: number, radius: number, room: Box) => {
    index.add(room, { kind: 'seat', unit: placed.length });
    placed.push({ seats: unit, radius, joined: [], pinned: unit.some((seat) => seat.pinned), x, y });
  };
  for (const unit of ordered) {
    const { x, y } = unit[0]!;
    const ring = unit.length > 1 && unit.length <= sizes.maxRing;
    const radius = ring ? ringRadius(unit.length, sizes.cluster) : 0;
    const room = square(x, y, sizes.clusterRoom + radius * 2);
    const conflict = index.firstConflict(room, PLACEMENT_OVERLAP);
    if (conflict < 0) {
      add(unit, x, y, radius, room);
      continue;
    }
    // Too close to a seat already placed: it becomes a group where that one stands, which
    // fits in the room kept around it; a pinned one stays alone and the crowd steps aside.
    const owner = index.ownerOf(conflict);
    if (owner.kind !== 'seat') continue;
    if (!placed[owner.unit]!.pinned) {
      for (const seat of unit) placed[owner.unit]!.joined.push(seat.cluster);
      continue;
    }
    const step = sizes.clusterRoom;
    const beside = NEIGHBOURS.map(([dx, dy]) => square(x + dx * step, y + dy * step, sizes.clusterRoom)).find(
      (box) => index.firstConflict(box, PLACEMENT_OVERLAP) < 0,
    );
    if (beside) {
      add([], beside.x, beside.y, 0, beside);
      for (const seat of unit) placed[placed.length - 1]!.joined.push(seat.cluster);
      continue;
    }
    const other = index.near(
      x,
      y,
      step * 3,
      (candidate) => candidate.kind === 'seat' && !placed[candidate.unit]!.pinned,
    )[0];
    const target = other === undefined ? owner.unit : (index.ownerOf(other) as { unit: number }).unit;
    for (const seat of unit) placed[target]!.joined.push(seat.cluster);
  }
  for (const { seats: unit, radius, joined, x, y } of placed) {
    if (joined.length > 0 || unit.length > sizes.maxRing) {
      const clusters = [...unit.map((seat) => seat.cluster), ...joined];
      const sameSeat = new Set(clusters.map((cluster) => seatOf.get(cluster))).size === 1;
      out.clusterGroups.push({ clusters, x, y, size: sizes.clusterGroup, sameSeat });
      continue;
    }
    unit.forEach((seat, position) => {
      const angle = (2 * Math.PI * position) / unit.length - Math.PI / 2;
      const dx = Math.round(Math.cos(angle) * radius);
      const dy = Math.round(Math.sin(angle) * radius);
      out.clusters.push({ cluster: seat.cluster, x: x + dx, y: y + dy, dx, dy });
    });
  }
}

interface Cell {
  column: number;
  row: number;
  count: number;
  sumX: number;
  sumY: number;
  /** Positions (in the input arrays) of its first points. */
  points: number[];
  samePlace: boolean;
}

/**
 * Organisations: points fall into cells of a grid fixed to the world (one pass, whatever their
 * number). A cell whose few points can each stand alone shows them as dots; any other becomes
 * one group mark, at the cell's centre leaned toward its points (by at most the slack below) or,
 * where a cluster holds that place, at the nearest free spot in the cell or in an empty cell
 * beside it. A group within that slack of its cell's centre is never closer than
 * `size / 2 + dot / 2` to a point of another cell, so groups and dots of different cells do not
 * collide by construction; only cluster marks have to be avoided.
 */
function placeOrganisations(
  points: OrganisationPointsInput,
  sizes: PlacementSizes,
  options: PlacementOptions,
  index: BoxIndex<Owner>,
  out: Placement,
): void {
  const cellSize = sizes.cell;
  const margin = cellSize;
  // The cells the view (and a cell's margin around it) can hold, as one flat grid: a point finds
  // its cell by two divisions, not a hash lookup (100,000 points on each facet click or pan).
  const firstColumn = Math.floor((options.originX - margin) / cellSize);
  const firstRow = Math.floor((options.originY - margin) / cellSize);
  const columns = Math.floor((options.originX + options.width + margin) / cellSize) - firstColumn + 1;
  const rows = Math.floor((options.originY + options.height + margin) / cellSize) - firstRow + 1;
  if (!(columns > 0 && rows > 0)) return; // no view to place in (a view not measured yet)
  const cellAt = new Int32Array(columns * rows).fill(-1);
  const cells: Cell[] = [];
  for (let position = 0; position < points.count; position += 1) {
    const x = points.x[position]!;
    const y = points.y[position]!;
    if (!(x >= -margin && y >= -margin && x <= options.width + margin && y <= options.height + margin)) continue;
    // Within the grid by construction; clamped all the same, so that a rounding at its edge
    // can never fold a point into a cell of another row.
    const column =
      Math.min(columns - 1, Math.max(0, Math.floor((x + options.originX) / cellSize) - firstColumn)) + firstColumn;
    const row = Math.min(rows - 1, Math.max(0, Math.floor((y + options.originY) / cellSize) - firstRow)) + firstRow;
    const slot = (row - firstRow) * columns + (column - firstColumn);
    let cell = cells[cellAt[slot]!];
    if (!cell) {
      cell = { column, row, count: 0, sumX: 0, sumY: 0, points: [], samePlace: true };
      cellAt[slot] = cells.push(cell) - 1;
    }
    cell.count += 1;
    cell.sumX += x;
    cell.sumY += y;
    if (cell.points.length < MAX_LISTED) cell.points.push(position);
    const first = cell.points[0]!;
    if (cell.samePlace && (Math.abs(points.x[first]! - x) > 0.5 || Math.abs(points.y[first]! - y) > 0.5))
      cell.samePlace = false;
  }
  const occupied = (column: number, row: number) => {
    const gridColumn = column - firstColumn;
    const gridRow = row - firstRow;
    return (
      gridColumn >= 0 &&
      gridRow >= 0 &&
      gridColumn < columns &&
      gridRow < rows &&
      cellAt[gridRow * columns + gridColumn]! >= 0
    );
  };
  // Largest groups choose their place first.
  const ordered = cells.sort((a, b) => b.count - a.count);
  const groups: Cell[] = [];
  for (const cell of ordered) {
    if (cell.count > sizes.maxDotsPerCell || (cell.samePlace && cell.count > 1)) {
      groups.push(cell);
      continue;
    }
    const boxes = cell.points.map((position) => square(points.x[position]!, points.y[position]!, sizes.dot));
    const collides = boxes.some(
      (box, i) =>
        index.firstConflict(box, PLACEMENT_OVERLAP) >= 0 ||
        boxes.some((other, j) => j < i && overlapRatio(box, other) > PLACEMENT_OVERLAP),
    );
    if (collides) {
      groups.push(cell);
      continue;
    }
    cell.points.forEach((position, i) => {
      index.add(boxes[i]!, { kind: 'dot' });
      out.organisations.push({ organisation: points.owner[position]!, x: points.x[position]!, y: points.y[position]! });
    });
  }
  for (const cell of groups) placeGroup(cell, points, sizes, options, index, out, occupied);
}

function placeGroup(
  cell: Cell,
  points: OrganisationPointsInput,
  sizes: PlacementSizes,
  options: PlacementOptions,
  index: BoxIndex<Owner>,
  out: Placement,
  occupied: (column: number, row: number) => boolean,
): void {
  const cellSize = sizes.cell;
  const size = sizes.groupSize(cell.count);
  const centre = (column: number, row: number) => ({
    x: (column + 0.5) * cellSize - options.originX,
    y: (row + 0.5) * cellSize - options.originY,
  });
  // Inside the cell, a group may move as far as keeps it clear of the points of other cells.
  const slack = Math.max(0, cellSize / 2 - size / 2 - sizes.dot / 2);
  // Its home is the cell's centre moved toward its points, as far as that allows: a coastal
  // cell's group leans to the coast its organisations are on, not out to sea.
  const middle = centre(cell.column, cell.row);
  const lean = (mean: number, at: number) => at + Math.max(-slack, Math.min(slack, mean - at));
  const home = { x: lean(cell.sumX / cell.count, middle.x), y: lean(cell.sumY / cell.count, middle.y) };
  const candidates: Array<{ x: number; y: number }> = [home, middle];
  for (const step of [slack / 2, slack]) {
    if (step <= 0) continue;
    for (const [dx, dy] of NEIGHBOURS) candidates.push({ x: middle.x + dx * step, y: middle.y + dy * step });
  }
  for (const [dx, dy] of NEIGHBOURS) {
    if (!occupied(cell.column + dx, cell.row + dy)) candidates.push(centre(cell.column + dx, cell.row + dy));
  }
  const organisations = cell.points.map((position) => points.owner[position]!);
  const place = (x: number, y: number): void => {
    const group =
      out.organisationGroups.push({
        count: cell.count,
        x,
        y,
        size,
        centreX: cell.sumX / cell.count,
        centreY: cell.sumY / cell.count,
        organisations,
        samePlace: cell.samePlace,
      }) - 1;
    index.add(square(x, y, size), { kind: 'organisation-group', group });
  };
  const join = (radius: number): boolean => {
    const nearest = index.near(home.x, home.y, radius, (owner) => owner.kind === 'organisation-group')[0];
    if (nearest === undefined) return false;
    const group = out.organisationGroups[(index.ownerOf(nearest) as { group: number }).group]!;
    group.count += cell.count;
    group.samePlace = false;
    return true;
  };
  const free = (candidate: { x: number; y: number }) =>
    index.firstConflict(square(candidate.x, candidate.y, size), PLACEMENT_OVERLAP) < 0;
  const chosen = candidates.find(free);
  if (chosen) return place(chosen.x, chosen.y);
  // Clusters hold every spot in reach: join a group close by, else look farther out, on half
  // cells, for the first free spot; only then join a group farther away.
  if (join(cellSize * 1.5)) return;
  for (let ring = 1; ring <= 4; ring += 1) {
    for (let dx = -ring; dx <= ring; dx += 0.5) {
      for (let dy = -ring; dy <= ring; dy += 0.5) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring && Math.max(Math.abs(dx), Math.abs(dy)) !== ring - 0.5)
          continue;
        const candidate = { x: home.x + dx * cellSize, y: home.y + dy * cellSize };
        if (free(candidate)) return place(candidate.x, candidate.y);
      }
    }
  }
  if (join(cellSize * 8)) return;
  // Still nothing: the group stands at home, over whatever is there, rather than be lost.
  place(home.x, home.y);
}

/**
 * Cluster names beside their mark, right or else left, only where the label's box touches no
 * mark and no other label, and stays in the view.
 */
function placeLabels(options: PlacementOptions, sizes: PlacementSizes, index: BoxIndex<Owner>, out: Placement): void {
  const max = options.maxLabels ?? 60;
  for (const box of options.reserved ?? []) index.add(box, { kind: 'label' });
  for (const mark of out.clusters) {
    if (out.labels.length >= max) break;
    if (mark.dx !== 0 || mark.dy !== 0) continue;
    const text = options.label!(mark.cluster);
    if (!text) continue;
    const width = Math.ceil(options.measure!(text)) + 8;
    for (const side of ['right', 'left'] as const) {
      const left =
        side === 'right' ? mark.x + sizes.cluster / 2 + LABEL_GAP : mark.x - sizes.cluster / 2 - LABEL_GAP - width;
      if (
        left < 0 ||
        left + width > options.width ||
        mark.y - LABEL_HEIGHT / 2 < 0 ||
        mark.y + LABEL_HEIGHT / 2 > options.height
      )
        continue;
      const box = { x: left + width / 2, y: mark.y, width, height: LABEL_HEIGHT };
      if (index.firstConflict(box, 0) >= 0) continue;
      index.add(box, { kind: 'label' });
      out.labels.push({ cluster: mark.cluster, left, y: mark.y, width, side });
      break;
    }
  }
}
