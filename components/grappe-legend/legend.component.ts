import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { labelText } from '../../src/internal/labels.js';
import { taxonomyLayout } from '../../src/schema/taxonomy.js';
import { dimensionColours } from '../../src/styles/palette.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { legendStyles } from './legend.styles.js';

/**
 * @tagname grappe-legend
 * @summary The map's legend: every value of the colouring dimension that a visible cluster
 * carries, with its colour and its count, and a key to the map's numbered marks.
 *
 * @csspart base - The legend.
 * @csspart swatch - A colour swatch.
 * @csspart shapes - The key to the map's numbered marks: round, several clusters close together; square, member organisations.
 * @csspart off-map - The clusters the map cannot place (no location, no territory with an outline), by name.
 */
export class GrappeLegend extends GrappeConsumerElement {
  static override styles = [tokenStyles, legendStyles];

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
      for (const valueId of dimension?.valuesOfCluster[clusterIndex] ?? [])
        counts.set(valueId, (counts.get(valueId) ?? 0) + 1);
    }
    const layout = dimension ? taxonomyLayout(dimension.values) : undefined;
    const values = layout ? layout.ordered.filter((value) => (counts.get(value.id) ?? 0) > 0) : [];
    const title = dimension ? labelText(dimension.label, lang, index) : '';
    return html`<section part="base" aria-label=${`${this.t.legend}${this.t.colon}${title}`}>
      <h3>${this.t.legend}${this.t.colon}${title}</h3>
      <ul>
        ${values.map(
          (value) => html`<li class=${`depth-${Math.min(2, layout!.depths.get(value.id) ?? 0)}`}>
            <span class="swatch" part="swatch" data-color=${colours.get(value.id) ?? ''} aria-hidden="true"></span>
            <span>${labelText(value.label, lang, index)}</span>
            <span class="count">${this.t.legendCount(counts.get(value.id) ?? 0)}</span>
          </li>`,
        )}
      </ul>
      <p class="shapes" part="shapes">
        <span class="key"><b class="shape" aria-hidden="true">3</b> ${this.t.groupOfClusters(3)}</span>
        ${index.organisations.length > 0 ? html`<span class="key"><b class="shape members" aria-hidden="true">2</b> ${this.t.groupOfPoints(2)}</span>` : nothing}
      </p>
      ${
        offMap.length > 0
          ? html`<details class="off-map" part="off-map">
            <summary>${this.t.notOnMap(offMap.length)}</summary>
            <p>${this.t.notOnMapReason}</p>
            <ul>
              ${offMap.map((cluster) => html`<li><button type="button" class="link" @click=${() => this.grappe?.store.select(cluster.id)}>${this.text(cluster.name)}</button></li>`)}
            </ul>
          </details>`
          : nothing
      }
    </section>`;
  }
}
