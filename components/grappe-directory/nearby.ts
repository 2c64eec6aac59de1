import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ReferencePoint } from '../../src/geo/distance.js';
import type { Translation } from '../../src/i18n/index.js';
import type { GrappeStore } from '../../src/state/grappe-store.js';

/**
 * The directory's "nearest first" order: asks for the visitor's position only when they press
 * the button (never on its own), and tells the shared state that a list waits for a point, so
 * that a click on the map sets one.
 */
export class NearbyController implements ReactiveController {
  /** `locating` while the browser asks; `unavailable` when it refused or failed. */
  status: 'idle' | 'locating' | 'unavailable' = 'idle';
  private choosing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => GrappeStore | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.choosing) this.store()?.setChoosingPoint(false);
    this.choosing = false;
  }

  /** Whether the list is in distance order (called before each update). */
  sync(choosing: boolean): void {
    const store = this.store();
    if (!store || choosing === this.choosing) return;
    this.choosing = choosing;
    store.setChoosingPoint(choosing);
  }

  useMyPosition(): void {
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation) {
      this.setStatus('unavailable');
      return;
    }
    this.setStatus('locating');
    geolocation.getCurrentPosition(
      (position) => {
        this.setStatus('idle');
        this.store()?.setReferencePoint({
          longitude: position.coords.longitude,
          latitude: position.coords.latitude,
          source: 'position',
        });
      },
      () => this.setStatus('unavailable'),
      { timeout: 15_000, maximumAge: 600_000 },
    );
  }

  forget(): void {
    this.setStatus('idle');
    this.store()?.setReferencePoint(null);
  }

  private setStatus(status: NearbyController['status']): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** Where distances are measured from, and how to choose: a button for one's position, or the map. */
export function renderNearbyBar(
  t: Translation,
  point: ReferencePoint | null,
  nearby: NearbyController,
): TemplateResult {
  const from = point ? (point.source === 'map' ? t.nearby.pointOnMap : t.nearby.myPosition) : null;
  return html`<div class="nearby" part="nearby">
    ${
      from
        ? html`<span>${t.nearby.distanceFrom(from)}</span>
          <button type="button" class="link" @click=${() => nearby.forget()}>${t.nearby.clearPoint}</button>`
        : nothing
    }
    <button type="button" @click=${() => nearby.useMyPosition()}>${t.nearby.useMyPosition}</button>
    <span class="hint">${t.nearby.orClickMap}</span>
    <span role="status">${nearby.status === 'locating' ? t.nearby.locating : nearby.status === 'unavailable' ? t.nearby.positionUnavailable : ''}</span>
  </div>`;
}
