import * as L from 'leaflet';

/**
 * Lays a canvas over the map's view for one draw: sized to the view in device pixels (sharp on
 * high-density screens), kept over the viewport while the map pane is panned, cleared, and
 * scaled so that drawing is in CSS pixels. Returns its context, or null where none is to be had.
 */
export function frameCanvas(canvas: HTMLCanvasElement, map: L.Map): CanvasRenderingContext2D | null {
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
