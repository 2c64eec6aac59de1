import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { labelText } from '../../src/internal/labels.js';
import { taxonomyLayout } from '../../src/schema/taxonomy.js';
import { renderLoadState } from '../../src/internal/render-status.js';
import type { Dimension } from '../../src/model/feed-index.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { filtersStyles } from './filters.styles.js';

/** Values shown per dimension before "show all". */
const COLLAPSED_VALUE_COUNT = 8;

/**
 * @tagname grappe-filters
 * @summary The facet panel: every typology dimension of the feed (built-in or declared by it),
 * its values with the number of clusters each would show, as checkboxes.
 *
 * @csspart base - The panel.
 * @csspart dimension - One dimension's group.
 * @csspart value - One value's checkbox and label.
 * @csspart clear-button - The button that clears every filter.
 *
 * @cssproperty --grappe-color-accent - Checked boxes and buttons.
 */
export class GrappeFilters extends GrappeConsumerElement {
  static override styles = [tokenStyles, filtersStyles];

  /** Which dimensions to show, comma-separated ids (default: all that the feed uses). */
  @property() dimensions = '';

  @state() private expanded = new Set<string>();

  private toggle(dimension: string, value: string, checked: boolean): void {
    if (!this.grappe) return;
    const { snapshot, store } = this.grappe;
    const current = snapshot.filters.facets[dimension] ?? [];
    const next = checked ? [...current, value] : current.filter((entry) => entry !== value);
    store.setFilters({ ...snapshot.filters, facets: { ...snapshot.filters.facets, [dimension]: next } });
  }

  private clear(): void {
    this.grappe?.store.setFilters({ query: '', facets: {} });
  }

  private shownDimensions(): Dimension[] {
    const index = this.grappe?.snapshot.index;
    if (!index) return [];
    const wanted = this.dimensions
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const constrained = this.grappe!.snapshot.constraints.facets;
    return (
      wanted.length > 0
        ? wanted.map((id) => index.dimensionById.get(id)).filter((dimension) => dimension !== undefined)
        : index.dimensions
    ).filter(
      // A dimension fixed by the page to a single value tells the visitor nothing.
      (dimension) => (constrained[dimension.id]?.length ?? 0) !== 1,
    );
  }

  override render() {
    const t = this.t;
    const loadState = renderLoadState(this.grappe, t);
    if (loadState !== nothing) return loadState;
    const { snapshot } = this.grappe!;
    const index = snapshot.index!;
    const lang = this.language;
    const anyActive = Object.keys(snapshot.filters.facets).length > 0 || snapshot.filters.query !== '';
    return html`<div part="base" class="filters" role="group" aria-label=${t.filters}>
      ${this.shownDimensions().map((dimension) => {
        const counts = snapshot.filterResult.facetCounts.get(dimension.id) ?? new Map<string, number>();
        const chosen = new Set(snapshot.filters.facets[dimension.id] ?? []);
        const { ordered, depths } = taxonomyLayout(dimension.values);
        const values = ordered.filter((value) => (counts.get(value.id) ?? 0) > 0 || chosen.has(value.id));
        if (values.length === 0) return nothing;
        const expanded = this.expanded.has(dimension.id);
        const shown = expanded ? values : values.slice(0, COLLAPSED_VALUE_COUNT);
        const title = labelText(dimension.label, lang, index);
        return html`<details part="dimension" class="dimension" open>
          <summary>${title}</summary>
          <fieldset class="dimension">
            <legend class="visually-hidden">${title}</legend>
            <ul>
              ${shown.map((value) => {
                const count = counts.get(value.id) ?? 0;
                return html`<li class=${`depth-${Math.min(3, depths.get(value.id) ?? 0)}`}>
                  <label part="value">
                    <input
                      type="checkbox"
                      .checked=${chosen.has(value.id)}
                      data-dimension=${dimension.id}
                      data-value=${value.id}
                      @change=${(event: Event) => this.toggle(dimension.id, value.id, (event.target as HTMLInputElement).checked)}
                    />
                    <span class="label">${labelText(value.label, lang, index)}</span>
                    <span class="count">${count.toLocaleString(lang)}</span>
                  </label>
                </li>`;
              })}
            </ul>
            ${
              values.length > COLLAPSED_VALUE_COUNT
                ? html`<button
                  type="button"
                  class="toggle-all"
                  aria-expanded=${expanded ? 'true' : 'false'}
                  @click=${() => {
                    const next = new Set(this.expanded);
                    if (expanded) next.delete(dimension.id);
                    else next.add(dimension.id);
                    this.expanded = next;
                  }}
                >
                  ${expanded ? t.showLess : t.showAll(values.length)}
                </button>`
                : nothing
            }
          </fieldset>
        </details>`;
      })}
      <div class="actions">
        <button type="button" part="clear-button" ?disabled=${!anyActive} @click=${() => this.clear()}>${t.clearFilters}</button>
      </div>
    </div>`;
  }
}
