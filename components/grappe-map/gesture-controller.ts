import type * as L from 'leaflet';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the "use Ctrl + scroll" hint stays. */
const HINT_MS = 1500;

/**
 * The map never traps the page: the wheel zooms only with Ctrl (or Cmd), or once the map has
 * focus; one finger scrolls the page and two move the map. Otherwise a short hint says how.
 * The host renders `hint` and re-renders when it changes.
 */
export class GestureController implements ReactiveController {
  hint: 'wheel' | 'touch' | null = null;
  private map: L.Map | undefined;
  private container: HTMLElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Touch pointers down on the map. */
  private readonly touches = new Set<number>();

  private readonly onWheel = (event: WheelEvent) => {
    const map = this.map;
    if (!map) return;
    if (event.ctrlKey || event.metaKey || this.hasFocus()) {
      event.preventDefault();
      const point = map.mouseEventToContainerPoint(event as unknown as MouseEvent);
      map.setZoomAround(point, map.getZoom() + (event.deltaY < 0 ? 1 : -1));
      return;
    }
    // The page scrolls on; tell the visitor how to zoom.
    this.show('wheel');
  };
  private readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || !this.map) return;
    this.touches.add(event.pointerId);
    if (this.touches.size === 1) this.map.dragging.disable();
    else this.map.dragging.enable();
  };
  private readonly onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' && this.touches.size === 1) this.show('touch');
  };
  private readonly onPointerEnd = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    this.touches.delete(event.pointerId);
    if (this.touches.size === 0) this.map?.dragging.enable();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hasFocus: () => boolean,
  ) {
    host.addController(this);
  }

  attach(map: L.Map, container: HTMLElement): void {
    this.detach();
    this.map = map;
    this.container = container;
    container.addEventListener('wheel', this.onWheel, { passive: false });
    // Before Leaflet's own handlers (capture), so that one finger never starts a drag.
    container.addEventListener('pointerdown', this.onPointerDown, { capture: true });
    container.addEventListener('pointermove', this.onPointerMove, { passive: true });
    for (const type of ['pointerup', 'pointercancel'] as const) container.addEventListener(type, this.onPointerEnd);
  }

  detach(): void {
    const container = this.container;
    if (container) {
      container.removeEventListener('wheel', this.onWheel);
      container.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
      container.removeEventListener('pointermove', this.onPointerMove);
      for (const type of ['pointerup', 'pointercancel'] as const)
        container.removeEventListener(type, this.onPointerEnd);
    }
    this.touches.clear();
    this.map = undefined;
    this.container = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.detach();
  }

  private show(kind: 'wheel' | 'touch'): void {
    this.hint = kind;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.hint = null;
      this.host.requestUpdate();
    }, HINT_MS);
  }
}
