import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ClusterFilters } from '../../src/filter/cluster-filters.js';
import type { Translation } from '../../src/i18n/index.js';
import { labelText } from '../../src/internal/labels.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { GrappeStore } from '../../src/state/grappe-store.js';
import '../grappe-filters/grappe-filters.js';

/** From this width (in CSS pixels) the facets sit beside the list, open; below, in a drawer. */
export const SIDE_PANEL_MIN_WIDTH = 720;

/** The host the controller serves: the directory. */
interface PanelHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/**
 * Where the facets are and whether they show. Results come first: on a wide directory the
 * facets are a side panel beside the list (open unless the visitor closes it); on a narrow one
 * (a phone, the explorer's list column) they are a drawer, a modal `<dialog>` that the
 * "Filtres (n)" button opens and Escape, the close button or "Voir n clusters" close, focus
 * going back to the button.
 */
export class FilterPanelController implements ReactiveController {
  /** The directory's width class, from its own size (not the viewport's). */
  wide = false;
  /** The side panel's state, once the visitor chose it; until then, open when wide. */
  private chosenOpen: boolean | null = null;
  private observer: ResizeObserver | undefined;
  private latestWidth = 0;
  private frame: number | undefined;

  constructor(private readonly host: PanelHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // The first layout, when the element already has one: no drawer-then-panel flip.
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.wide = width >= SIDE_PANEL_MIN_WIDTH;
    this.observer = new ResizeObserver((entries) => {
      this.latestWidth = entries[0]?.contentRect.width ?? 0;
      // Next frame, once: changing the layout inside a resize callback would make the browser
      // report a resize loop; the width read then is the latest one.
      this.frame ??= requestAnimationFrame(() => {
        this.frame = undefined;
        const wide = this.latestWidth >= SIDE_PANEL_MIN_WIDTH;
        if (wide === this.wide) return;
        this.wide = wide;
        // Leaving the narrow layout with the drawer open: it becomes the side panel.
        this.dialog()?.close();
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Whether the side panel shows (wide layout). */
  get sideOpen(): boolean {
    return this.chosenOpen ?? true;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.filters-sheet');
  }

  private button(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>('button.filters-toggle');
  }

  toggle(): void {
    if (this.wide) {
      this.chosenOpen = !this.sideOpen;
      this.host.requestUpdate();
      return;
    }
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  close(): void {
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
  }

  /** The dialog closed (Escape, a button): focus goes back to what opened it. */
  onClosed(): void {
    this.button()?.focus();
  }
}

/** One chip per active facet value: its dimension and value, and how to remove it. */
function activeChips(index: FeedIndex, filters: ClusterFilters, lang: string) {
  const chips: Array<{ key: string; dimensionLabel: string; valueLabel: string; dimension: string; value: string }> =
    [];
  for (const [dimensionId, values] of Object.entries(filters.facets)) {
    const dimension = index.dimensionById.get(dimensionId);
    for (const value of values) {
      const valueLabel = labelText(dimension?.valueById.get(value)?.label, lang, index) || value;
      const dimensionLabel = dimension ? labelText(dimension.label, lang, index) : dimensionId;
      chips.push({ key: `${dimensionId}\u0000${value}`, dimensionLabel, valueLabel, dimension: dimensionId, value });
    }
  }
  return chips;
}

export interface FilterBarInput {
  t: Translation;
  lang: string;
  index: FeedIndex;
  filters: ClusterFilters;
  store: GrappeStore;
  panel: FilterPanelController;
}

/** The "Filtres (n)" button and the active filters as removable chips, above the list. */
export function renderFilterBar({ t, lang, index, filters, store, panel }: FilterBarInput): TemplateResult {
  const chips = activeChips(index, filters, lang);
  const remove = (dimension: string, value: string) =>
    store.setFilters({
      ...filters,
      facets: { ...filters.facets, [dimension]: (filters.facets[dimension] ?? []).filter((entry) => entry !== value) },
    });
  const expanded = panel.wide ? panel.sideOpen : false;
  return html`<div class="filter-bar" part="filter-bar">
    <button
      type="button"
      part="filters-button"
      class="filters-toggle"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${panel.wide ? 'filters-panel' : 'filters-sheet'}
      @click=${() => panel.toggle()}
    >
      ${t.filtersButton(chips.length)}
    </button>
    ${
      chips.length > 0
        ? html`<ul class="chips" aria-label=${t.activeFilters}>
            ${chips.map(
              (chip) =>
                html`<li>
                  <button type="button" part="chip" class="chip" aria-label=${t.removeFilter(t.filterChip(chip.dimensionLabel, chip.valueLabel))} @click=${() => remove(chip.dimension, chip.value)}>
                    <span aria-hidden="true">${chip.valueLabel}</span><span class="chip-x" aria-hidden="true">×</span>
                  </button>
                </li>`,
            )}
          </ul>
          <button type="button" class="clear-all link" @click=${() => store.setFilters({ query: filters.query, facets: {} })}>
            ${t.clearFilters}
          </button>`
        : nothing
    }
  </div>`;
}

/** The facets themselves: a side panel (wide) or a drawer (narrow). */
export function renderFilterPanel(t: Translation, panel: FilterPanelController, visibleCount: number): TemplateResult {
  const filters = html`<grappe-filters part="filters" exportparts="base: filters-base, dimension, value, clear-button"></grappe-filters>`;
  if (panel.wide) {
    return html`<aside id="filters-panel" class="filters-panel" part="filters-panel" aria-label=${t.filters} ?hidden=${!panel.sideOpen}>
      ${filters}
    </aside>`;
  }
  return html`<dialog
    id="filters-sheet"
    class="filters-sheet"
    part="filters-sheet"
    aria-label=${t.filters}
    @close=${() => panel.onClosed()}
    @click=${(event: MouseEvent) => {
      // A click on the backdrop (the dialog itself, outside its content) closes it.
      if (event.target === event.currentTarget) panel.close();
    }}
  >
    <div class="sheet-content">
      <div class="sheet-header">
        <h2 class="sheet-title">${t.filters}</h2>
        <button type="button" class="sheet-close" @click=${() => panel.close()}>${t.close}</button>
      </div>
      ${filters}
      <button type="button" class="primary sheet-done" @click=${() => panel.close()}>${t.showResults(visibleCount)}</button>
    </div>
  </dialog>`;
}
