/**
 * Screen boxes and a spatial index of them, for placing marks and labels without piling them
 * up. Boxes are axis-aligned, given by their centre and size in CSS pixels.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area two boxes share, over the area of the smaller one (0: apart, 1: one covers the other). */
export function overlapRatio(a: Box, b: Box): number {
  const overlapX = Math.min(a.x + a.width / 2, b.x + b.width / 2) - Math.max(a.x - a.width / 2, b.x - b.width / 2);
  const overlapY = Math.min(a.y + a.height / 2, b.y + b.height / 2) - Math.max(a.y - a.height / 2, b.y - b.height / 2);
  if (overlapX <= 0 || overlapY <= 0) return 0;
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  return smaller > 0 ? (overlapX * overlapY) / smaller : 1;
}

/** A square box. */
export function square(x: number, y: number, size: number): Box {
  return { x, y, width: size, height: size };
}

/**
 * Boxes in buckets of a fixed size: a query looks only at the buckets a box covers, so placing
 * n marks costs about n, not n².
 */
export class BoxIndex<T> {
  private readonly buckets = new Map<number, number[]>();
  private readonly boxes: Box[] = [];
  private readonly owners: T[] = [];
  /** Visit stamps, so that a box in several buckets is looked at once per query. */
  private stamps: Uint32Array = new Uint32Array(64);
  private stamp = 0;

  constructor(private readonly bucket = 64) {}

  get size(): number {
    return this.boxes.length;
  }

  add(box: Box, owner: T): number {
    const id = this.boxes.length;
    this.boxes.push(box);
    this.owners.push(owner);
    if (id >= this.stamps.length) {
      const grown = new Uint32Array(this.stamps.length * 2);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.forBuckets(box, (key) => {
      const list = this.buckets.get(key);
      if (list) list.push(id);
      else this.buckets.set(key, [id]);
    });
    return id;
  }

  ownerOf(id: number): T {
    return this.owners[id]!;
  }

  boxOf(id: number): Box {
    return this.boxes[id]!;
  }

  /** The first box that overlaps `box` by more than `maxOverlap` (a ratio), or -1. */
  firstConflict(box: Box, maxOverlap: number, accept?: (owner: T) => boolean): number {
    let found = -1;
    this.visit(box, (id) => {
      if (found >= 0) return;
      if (accept && !accept(this.owners[id]!)) return;
      const ratio = overlapRatio(box, this.boxes[id]!);
      if (ratio > maxOverlap || (maxOverlap === 0 && ratio > 0)) found = id;
    });
    return found;
  }

  /** Every box within `radius` of a point (centre to centre), nearest first, that `accept` takes. */
  near(x: number, y: number, radius: number, accept: (owner: T) => boolean): number[] {
    const out: Array<[number, number]> = [];
    this.visit({ x, y, width: radius * 2, height: radius * 2 }, (id) => {
      if (!accept(this.owners[id]!)) return;
      const box = this.boxes[id]!;
      const distance = Math.hypot(box.x - x, box.y - y);
      if (distance <= radius) out.push([distance, id]);
    });
    return out.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  }

  private visit(box: Box, callback: (id: number) => void): void {
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    this.forBuckets(box, (key) => {
      const list = this.buckets.get(key);
      if (!list) return;
      for (const id of list) {
        if (this.stamps[id] === this.stamp) continue;
        this.stamps[id] = this.stamp;
        callback(id);
      }
    });
  }

  private forBuckets(box: Box, callback: (key: number) => void): void {
    const size = this.bucket;
    const left = Math.floor((box.x - box.width / 2) / size);
    const right = Math.floor((box.x + box.width / 2) / size);
    const top = Math.floor((box.y - box.height / 2) / size);
    const bottom = Math.floor((box.y + box.height / 2) / size);
    for (let column = left; column <= right; column += 1) {
      // Keys stay distinct for columns and rows within ±32,768 buckets (±2 million pixels).
      for (let row = top; row <= bottom; row += 1) callback((column + 32768) * 65536 + (row + 32768));
    }
  }
}
