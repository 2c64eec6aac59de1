import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { labelText } from '../../src/internal/labels.js';
import { taxonomyLayout } from '../../src/model/taxonomy.js';
import { dimensionColours } from '../../src/styles/palette.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { resolveText } from '../../src/text/localised-text.js';

/**
 * @tagname grappe-legend
 * @summary The map's legend: every value of the colouring dimension that a visible cluster
 * carries, with its colour and its count.
 *
 * @csspart base - The legend.
 * @csspart swatch - A colour swatch.
 * @csspart off-map - The clusters the map cannot place (no location, no territory with an outline), by name.
 */
export class GrappeLegend extends GrappeConsumerElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 1em;
        margin: 0 0 0.25rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        padding: 0.1rem 0;
      }
      .swatch {
        display: inline-block;
        width: 1rem;
        height: 1rem;
        border-radius: 50%;
        border: 2px solid #ffffff;
        box-shadow: 0 0 0 1px #1b1f24;
        background: var(--swatch-color, #6b7280);
        flex: none;
        forced-color-adjust: none;
      }
      .count {
        margin-inline-start: auto;
        color: var(--_text-muted);
        font-variant-numeric: tabular-nums;
      }
      .off-map {
        margin-top: 0.5rem;
      }
      .off-map p {
        margin: 0.25rem 0;
        color: var(--_text-muted);
      }
      button.link {
        border: 0;
        background: none;
        padding: 0.1rem 0;
        min-height: 0;
        color: var(--_accent);
        text-decoration: underline;
        text-align: start;
      }
      .depth-1 {
        padding-inline-start: 1rem;
      }
      .depth-2 {
        padding-inline-start: 2rem;
      }
    `,
  ];

  /** The dimension whose colours are explained (the map's `color-by`). */
  @property({ attribute: 'color-by' }) colorBy = 'kind';

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Swatch colours go through the CSSOM (a strict CSP blocks style attributes).
    for (const swatch of this.renderRoot.querySelectorAll<HTMLElement>('.swatch[data-color]')) {
      swatch.style.setProperty('--swatch-color', swatch.dataset['color'] ?? '');
    }
  }

  override render() {
    const snapshot = this.grappe?.snapshot;
    const index = snapshot?.index;
    const dimension = index?.dimensionById.get(this.colorBy);
    if (!snapshot || !index) return nothing;
    const lang = this.language;
    const offMap = snapshot.offMapClusterIds.map((id) => index.cluster(id)).filter((cluster) => cluster !== undefined);
    if (!dimension && offMap.length === 0) return nothing;
    const colours = dimensionColours(dimension);
    const counts = new Map<string, number>();
    for (const clusterIndex of snapshot.filterResult.visible) {
      for (const valueId of dimension?.valuesOfCluster[clusterIndex] ?? []) counts.set(valueId, (counts.get(valueId) ?? 0) + 1);
    }
    const layout = dimension ? taxonomyLayout(dimension.values) : undefined;
    const values = layout ? layout.ordered.filter((value) => (counts.get(value.id) ?? 0) > 0) : [];
    const title = dimension ? labelText(dimension.label, lang, index) : '';
    return html`<section part="base" aria-label=${`${this.t.legend}: ${title}`}>
      <h3>${this.t.legend}: ${title}</h3>
      <ul>
        ${values.map(
          (value) => html`<li class=${`depth-${Math.min(2, layout!.depths.get(value.id) ?? 0)}`}>
            <span class="swatch" part="swatch" data-color=${colours.get(value.id) ?? ''} aria-hidden="true"></span>
            <span>${labelText(value.label, lang, index)}</span>
            <span class="count">${this.t.legendCount(counts.get(value.id) ?? 0)}</span>
          </li>`,
        )}
      </ul>
      ${offMap.length > 0
        ? html`<details class="off-map" part="off-map">
            <summary>${this.t.notOnMap(offMap.length)}</summary>
            <p>${this.t.notOnMapReason}</p>
            <ul>
              ${offMap.map((cluster) => html`<li><button type="button" class="link" @click=${() => this.grappe?.store.select(cluster.id)}>${resolveText(cluster.name, lang, index.defaultLanguage)}</button></li>`)}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }
}
