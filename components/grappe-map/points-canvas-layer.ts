import * as L from 'leaflet';
import { frameCanvas } from './canvas-frame.js';

export interface CanvasPoint {
  lon: number;
  lat: number;
  /** The organisation's index in the feed index. */
  index: number;
}

export interface PointsCanvasOptions {
  fill: string;
  selectedFill: string;
  radius: number;
  onClick(point: CanvasPoint): void;
}

/** How close (in CSS pixels) a click must fall to a point to choose it. */
const HIT_RADIUS = 10;

/**
 * Organisations drawn as dots on one canvas: one Leaflet layer for any number of points, redrawn
 * after each move, with clicks matched to the nearest dot. Leaflet's own canvas renderer keeps
 * a layer object per circle and, when a map is removed while a redraw is pending, draws into a
 * canvas that is gone; this layer owns its frame and cancels it.
 */
export class PointsCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | undefined;
  private points: CanvasPoint[] = [];
  private selected: number | undefined;
  private frame = 0;
  private screen: Float32Array = new Float32Array(0);

  constructor(private readonly settings: PointsCanvasOptions) {
    super();
  }

  setPoints(points: CanvasPoint[], selected: number | undefined): void {
    this.points = points;
    this.selected = selected;
    this.schedule();
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'organisation-points leaflet-zoom-hide');
    canvas.setAttribute('aria-hidden', 'true');
    map.getPane('overlayPane')!.appendChild(canvas);
    this.canvas = canvas;
    map.on('moveend zoomend resize viewreset', this.schedule, this);
    map.on('click', this.onMapClick, this);
    this.schedule();
    return this;
  }

  override onRemove(map: L.Map): this {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    map.off('moveend zoomend resize viewreset', this.schedule, this);
    map.off('click', this.onMapClick, this);
    this.canvas?.remove();
    this.canvas = undefined;
    return this;
  }

  private schedule(): void {
    if (this.frame || !this.canvas) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const context = frameCanvas(canvas, map);
    if (!context) return;
    const screen = new Float32Array(this.points.length * 2);
    const { radius, fill, selectedFill } = this.settings;
    context.fillStyle = fill;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1;
    context.beginPath();
    this.points.forEach((point, position) => {
      const { x, y } = map.latLngToContainerPoint([point.lat, point.lon]);
      screen[position * 2] = x;
      screen[position * 2 + 1] = y;
      if (x < -radius || y < -radius || x > size.x + radius || y > size.y + radius || point.index === this.selected) return;
      context.moveTo(x + radius, y);
      context.arc(x, y, radius, 0, Math.PI * 2);
    });
    context.fill();
    context.stroke();
    const chosen = this.points.findIndex((point) => point.index === this.selected);
    if (chosen >= 0) {
      context.beginPath();
      context.fillStyle = selectedFill;
      context.lineWidth = 3;
      context.arc(screen[chosen * 2]!, screen[chosen * 2 + 1]!, radius + 3, 0, Math.PI * 2);
      context.fill();
      context.stroke();
    }
    this.screen = screen;
  }

  private onMapClick(event: L.LeafletMouseEvent): void {
    const { x, y } = event.containerPoint;
    let best = -1;
    let bestDistance = HIT_RADIUS * HIT_RADIUS;
    for (let position = 0; position < this.points.length; position += 1) {
      const dx = this.screen[position * 2]! - x;
      const dy = this.screen[position * 2 + 1]! - y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = position;
      }
    }
    if (best >= 0) this.settings.onClick(this.points[best]!);
  }
}
