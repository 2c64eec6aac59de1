import * as L from 'leaflet';

/**
 * A Leaflet layer that is one canvas over the map's view, painted in the next animation frame
 * after each `redraw()` (several calls in one frame paint once). Leaflet's own canvas renderer
 * keeps an object per shape and, when a map is removed while a redraw is pending, draws into a
 * canvas that is gone; this layer owns its frame and cancels it. Subclasses say what to paint.
 */
export abstract class CanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | undefined;
  private frame = 0;

  /**
   * @param pane The Leaflet pane that holds the canvas.
   * @param className The canvas's class.
   * @param redrawOn Map events after which it paints again (none: only when told).
   */
  constructor(
    private readonly pane: string,
    private readonly className: string,
    private readonly redrawOn = '',
  ) {
    super();
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', this.className, map.getPane(this.pane) ?? map.createPane(this.pane));
    canvas.setAttribute('aria-hidden', 'true');
    this.canvas = canvas;
    if (this.redrawOn) map.on(this.redrawOn, this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.redrawOn) map.off(this.redrawOn, this.redraw, this);
    this.canvas?.remove();
    this.canvas = undefined;
    return this;
  }

  /** Paints in the next frame (after new data, a theme change…). */
  redraw(): void {
    if (this.frame || !this.canvas) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const map = this._map as L.Map | undefined;
      const context = map && this.canvas ? this.frameCanvas(this.canvas, map) : null;
      if (map && context) this.paint(context, map);
    });
  }

  /** Draws the layer, in CSS pixels of the map's container, on a cleared canvas. */
  protected abstract paint(context: CanvasRenderingContext2D, map: L.Map): void;

  /**
   * Lays the canvas over the view for one paint: sized in device pixels (sharp on high-density
   * screens), kept over the viewport while the map pane is panned, cleared and scaled.
   */
  private frameCanvas(canvas: HTMLCanvasElement, map: L.Map): CanvasRenderingContext2D | null {
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size.x * ratio) || canvas.height !== Math.round(size.y * ratio)) {
      canvas.width = Math.round(size.x * ratio);
      canvas.height = Math.round(size.y * ratio);
      // Through the CSSOM: a strict CSP blocks style attributes, not style properties set from script.
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, size.x, size.y);
    return context;
  }
}
