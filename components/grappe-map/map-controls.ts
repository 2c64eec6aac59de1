import type { Box } from '../../src/geo/boxes.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../src/i18n/index.js';
import { exitFullscreenIcon, fitIcon, fullscreenIcon, minusIcon, plusIcon } from '../../src/styles/icons.js';

export interface MapControlActions {
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  toggleFullscreen(): void;
}

/** The map's buttons (`controls="zoom fit fullscreen"`): real buttons, labelled, in tab order. */
export function renderMapControls(
  t: Translation,
  shown: ReadonlySet<string>,
  fullscreen: boolean,
  actions: MapControlActions,
): TemplateResult {
  const fullscreenLabel = fullscreen ? t.exitFullscreen : t.fullscreen;
  return html`<div class="controls" part="controls">
    ${
      shown.has('zoom')
        ? html`<button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${actions.zoomIn}>${plusIcon}</button>
          <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${actions.zoomOut}>${minusIcon}</button>`
        : nothing
    }
    ${
      shown.has('fit')
        ? html`<button type="button" class="fit" aria-label=${t.fitAll} title=${t.fitAll} @click=${actions.fitAll}>${fitIcon}</button>`
        : nothing
    }
    ${
      document.fullscreenEnabled && shown.has('fullscreen')
        ? html`<button
          type="button"
          class="fullscreen"
          aria-pressed=${fullscreen ? 'true' : 'false'}
          aria-label=${fullscreenLabel}
          title=${fullscreenLabel}
          @click=${actions.toggleFullscreen}
        >
          ${fullscreen ? exitFullscreenIcon : fullscreenIcon}
        </button>`
        : nothing
    }
  </div>`;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** Group counts as `1,2 k` in French, `1.2K` in English: one formatter per language. */
export function compactNumber(language: string): Intl.NumberFormat {
  let format = compactFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(language, format);
  }
  return format;
}

/** The sources drawn now, as the attribution line says them: the tiles', Natural Earth, IGN / INSEE. */
export function attributionText(
  t: Translation,
  tiles: { attribution?: string | undefined } | null,
  sources: ReadonlySet<'natural-earth' | 'france'>,
): string {
  const parts: string[] = [];
  if (tiles?.attribution) parts.push(tiles.attribution);
  if (sources.has('natural-earth')) parts.push(t.attributionNaturalEarth);
  if (sources.has('france')) parts.push(t.attributionFrance);
  return parts.join(' · ');
}

/** The map's buttons and attribution line, beside the view `container` shows. */
export function controlElements(container: HTMLElement): HTMLElement[] {
  return [...(container.parentElement?.querySelectorAll<HTMLElement>('.controls, .attribution') ?? [])];
}

/**
 * Their boxes in the view's pixels: no cluster's name label is placed under them (the zoom
 * buttons hid one).
 */
export function controlAreas(container: HTMLElement, elements: readonly HTMLElement[]): Box[] {
  const view = container.getBoundingClientRect();
  return elements.map((element) => {
    const box = element.getBoundingClientRect();
    return {
      x: box.left - view.left + box.width / 2,
      y: box.top - view.top + box.height / 2,
      width: box.width,
      height: box.height,
    };
  });
}
