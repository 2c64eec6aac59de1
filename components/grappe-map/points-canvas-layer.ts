import type * as L from 'leaflet';
import { CanvasLayer } from './canvas-layer.js';

export interface CanvasPoint {
  /** Where the placement put it, in the map container's pixels. */
  x: number;
  y: number;
  /** The organisation's index in the feed index. */
  organisation: number;
}

export interface PointsCanvasOptions {
  fill: string;
  selectedFill: string;
  selectedRing: string;
  radius: number;
  onClick(point: CanvasPoint): void;
}

/** How close (in CSS pixels) a click must fall to a point to choose it. */
const HIT_RADIUS = 10;

/**
 * Organisations drawn as dots on one canvas: one Leaflet layer for any number of points, with
 * clicks matched to the nearest dot. It paints when given points: the marks' placement, redone
 * after each move, gives them in the container's pixels, so nothing is projected twice.
 */
export class PointsCanvasLayer extends CanvasLayer {
  private points: readonly CanvasPoint[] = [];
  private selected: number | undefined;

  constructor(private readonly settings: PointsCanvasOptions) {
    super('overlayPane', 'organisation-points leaflet-zoom-hide');
  }

  setPoints(points: readonly CanvasPoint[], selected: number | undefined): void {
    this.points = points;
    this.selected = selected;
    this.redraw();
  }

  override onAdd(map: L.Map): this {
    map.on('click', this.onMapClick, this);
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    map.off('click', this.onMapClick, this);
    return super.onRemove(map);
  }

  protected override paint(context: CanvasRenderingContext2D): void {
    const { radius, fill, selectedFill, selectedRing } = this.settings;
    context.fillStyle = fill;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1;
    context.beginPath();
    let chosen: CanvasPoint | undefined;
    for (const point of this.points) {
      if (point.organisation === this.selected) {
        chosen = point;
        continue;
      }
      context.moveTo(point.x + radius, point.y);
      context.arc(point.x, point.y, radius, 0, Math.PI * 2);
    }
    context.fill();
    context.stroke();
    if (chosen) {
      context.beginPath();
      context.fillStyle = selectedFill;
      context.strokeStyle = selectedRing;
      context.lineWidth = 3;
      context.arc(chosen.x, chosen.y, radius + 3, 0, Math.PI * 2);
      context.fill();
      context.stroke();
    }
  }

  private onMapClick(event: L.LeafletMouseEvent): void {
    const { x, y } = event.containerPoint;
    let best: CanvasPoint | undefined;
    let bestDistance = HIT_RADIUS * HIT_RADIUS;
    for (const point of this.points) {
      const distance = (point.x - x) ** 2 + (point.y - y) ** 2;
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = point;
      }
    }
    if (best) this.settings.onClick(best);
  }
}
