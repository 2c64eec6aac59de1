import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ClusterFilters } from '../../src/filter/cluster-filters.js';
import { GrappeElement } from '../../src/internal/grappe-element.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import type { GrappeData } from '../grappe-data/data.component.js';
import '../grappe-data/grappe-data.js';
import '../grappe-directory/grappe-directory.js';
import '../grappe-map/grappe-map.js';
import { loadDetailElements } from './detail-elements.js';
import { DetailFocusController } from './detail-focus.js';
import '../grappe-legend/grappe-legend.js';
import { loadCompareElement } from './compare-element.js';
import { explorerStyles } from './explorer.styles.js';
import { EXPLORER_OPTIONS, type ExplorerOptionValues } from './explorer-options.js';
import { forwardOptions } from './forward-options.js';

export type ExplorerView = 'both' | 'map' | 'list' | 'compare';

// The options' properties are created from EXPLORER_OPTIONS (static `properties` below); this
// interface gives them their types on the class.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- see above
export interface GrappeExplorer extends ExplorerOptionValues {}

/**
 * Templates: a `<template data-grappe-item>` or `<template data-grappe-details>` child adds
 * the site's own content to each list item or to the details, filled with the cluster's id and
 * name (`data-field="name"`, `data-href-template="…{id}…"`).
 *
 * @tagname grappe-explorer
 * @summary Everything in one element: loads a feed and shows a map and a directory side by
 * side (switchable on a phone), the filters and a detail panel for the selected cluster.
 *
 *
 * @slot header - Content above the explorer (a title, an introduction).
 * @slot footer - Content below it.
 * @slot cluster-actions - The site's own content in the detail panel (a "join this cluster"
 * button); the selected cluster's id is in the explorer's `selected` property and in the
 * `data-cluster-id` attribute of the `grappe-cluster` element.
 *
 * @event grappe-load - The feeds loaded. `detail`: `{ sources, counts, problems, failures }`.
 * @event grappe-error - Nothing could be shown, or a refresh failed. `detail`: `{ kind: 'network' | 'parse' | 'schema', reason, url, message, status?, problems, refresh }`.
 * @event grappe-select - The selection changed. `detail`: `{ clusterId, organisationId }`.
 * @event grappe-filter-change - The filters changed. `detail`: `{ filters, visibleClusters }`.
 *
 * @csspart base - The explorer's frame.
 * @csspart toolbar - The view switch.
 * @csspart view-button - A view switch button.
 * @csspart list-pane - The directory's column.
 * @csspart map-pane - The map's column.
 * @csspart detail-pane - The detail panel.
 * @csspart compare-pane - The comparison's column (`view="compare"`).
 *
 * @cssproperty --grappe-explorer-height - Height of the map and list panes on wide screens (default 36rem).
 * @cssproperty --grappe-explorer-padding - Space inside the explorer's edges (default none; in the dark
 *   theme, which paints a block of its own on a light page, the theme's spacing).
 * @cssproperty --grappe-color-accent - Accent colour of links, buttons, charts (every part inherits the tokens).
 * @cssproperty --grappe-color-accent-text - Text on the accent colour.
 * @cssproperty --grappe-color-text - Text colour.
 * @cssproperty --grappe-color-text-muted - Secondary text.
 * @cssproperty --grappe-color-surface - Background of panels.
 * @cssproperty --grappe-color-surface-alt - Background of hovered and secondary areas.
 * @cssproperty --grappe-color-border - Borders and separators.
 * @cssproperty --grappe-color-selected - Background of the selected item.
 * @cssproperty --grappe-color-error - Error messages.
 * @cssproperty --grappe-color-warning - Warnings.
 * @cssproperty --grappe-focus-ring - Outline of the focused control.
 * @cssproperty --grappe-font-family - Font of every part.
 * @cssproperty --grappe-font-size - Base font size.
 * @cssproperty --grappe-radius - Corner radius.
 * @cssproperty --grappe-space - Base spacing.
 * @cssproperty --grappe-shadow - Elevation of floating controls.
 * @cssproperty --grappe-map-height - Height of the map.
 * @cssproperty --grappe-map-territory-fill - Fill of territories.
 * @cssproperty --grappe-map-territory-stroke - Outline of territories.
 * @cssproperty --grappe-map-link-color - Cooperation links.
 * @cssproperty --grappe-map-marker-size - Diameter of a cluster marker.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class GrappeExplorer extends GrappeElement {
  static override styles = [tokenStyles, explorerStyles];

  /** The data and map options (explorer-options.ts), as reactive properties. */
  static override properties = Object.fromEntries(
    EXPLORER_OPTIONS.map((option) => [
      option.property,
      {
        attribute: option.attribute,
        type: option.type === 'number' ? Number : option.type === 'boolean' ? Boolean : String,
        reflect: 'reflect' in option && option.reflect,
      },
    ]),
  );

  constructor() {
    super();
    const values = this as unknown as Record<string, unknown>;
    for (const option of EXPLORER_OPTIONS) values[option.property] = option.default;
  }

  /**
   * `both` (map and list), `map`, `list`, or `compare` (the list and `<grappe-compare>`: the
   * visible clusters side by side on one indicator, see `metric`, `from`, `to`). On a narrow
   * screen, `both` and `compare` show one pane at a time with a switch.
   */
  @property({ reflect: true }) view: ExplorerView = 'both';

  /**
   * Which controls to show, space-separated (default: all): `search sort filters export
   * problems legend zoom fit fullscreen`.
   */
  @property() controls = 'search sort filters export problems legend zoom fit fullscreen';

  /** `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Which pane a phone shows. */
  @state() private narrowView: 'list' | 'map' = 'list';
  @state() private selectedClusterId: string | null = null;
  @state() private selectedOrganisationId: string | null = null;
  /** The parts of the script-tag bundles that could not be loaded from beside the script. */
  @state() private failedParts = new Set<'details' | 'compare'>();
  private readonly watchedParts = new Set<'details' | 'compare'>();

  @query('grappe-data') private dataElement!: GrappeData;

  private readonly detailFocus = new DetailFocusController(this);
  private readonly attributeObserver = new MutationObserver(() => this.forwardFilterAttributes());

  /** The current filters; assign to change them. */
  get filters(): ClusterFilters {
    return this.dataElement?.filters ?? { query: '', facets: {} };
  }

  set filters(value: Partial<ClusterFilters>) {
    void this.updateComplete.then(() => (this.dataElement.filters = value));
  }

  /** Ids of the clusters visible with the current filters. */
  get visibleClusters(): string[] {
    return this.dataElement?.visibleClusters ?? [];
  }

  /** The loaded data, indexed. */
  get index(): FeedIndex | null {
    return this.dataElement?.index ?? null;
  }

  /** A feed given in JavaScript instead of `src`. */
  set data(value: unknown) {
    void this.updateComplete.then(() => (this.dataElement.data = value));
  }

  get data(): unknown {
    return this.dataElement?.data;
  }

  /** Selects a cluster (null clears). */
  select(clusterId: string | null): void {
    void this.updateComplete.then(() => this.dataElement.select(clusterId));
  }

  /** Opens an organisation's card (null closes it). */
  selectOrganisation(organisationId: string | null): void {
    void this.updateComplete.then(() => this.dataElement.selectOrganisation(organisationId));
  }

  /** Loads the feeds again. */
  reload(): Promise<void> {
    return this.updateComplete.then(() => this.dataElement.reload());
  }

  /** The visible clusters as `clusters.csv` (`;`, UTF-8 with BOM), in the layout `grappe import` reads back. */
  exportCsv(): Promise<string> {
    return this.updateComplete.then(() => this.dataElement.exportCsv());
  }

  /** The visible clusters as a Grappe feed (empty while nothing is loaded). */
  exportJson(): string {
    return this.dataElement?.exportJson() ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attributeObserver.observe(this, { attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attributeObserver.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A removed or misspelt attribute falls back to the default, not to a broken layout.
    if (!['both', 'map', 'list', 'compare'].includes(this.view)) this.view = 'both';
    if (!['light', 'dark', 'auto'].includes(this.theme)) this.theme = 'light';
    if (this.controls === null) this.controls = 'search sort filters export problems legend zoom fit fullscreen';
    // In the script-tag bundles the details and the comparison arrive from beside the script
    // (detail-elements.ts, compare-element.ts); a file that cannot be loaded is said in its pane.
    if (this.selectedClusterId || this.selectedOrganisationId) this.watchPart('details', loadDetailElements);
    if (this.view === 'compare') this.watchPart('compare', loadCompareElement);
  }

  /** Hears once whether a part loads (its loader loads it once, whatever the number of calls). */
  private watchPart(part: 'details' | 'compare', load: () => Promise<void>): void {
    if (this.watchedParts.has(part)) return;
    this.watchedParts.add(part);
    load().catch(() => (this.failedParts = new Set([...this.failedParts, part])));
  }

  protected override firstUpdated(): void {
    this.forwardFilterAttributes();
    // The site's templates (`<template data-grappe-item>`, `<template data-grappe-details>`) go
    // to the directory and the details inside.
    for (const [selector, target] of [
      ['template[data-grappe-item]', 'grappe-directory'],
      ['template[data-grappe-details]', 'grappe-cluster'],
    ] as const) {
      const template = this.querySelector(`:scope > ${selector}`);
      const element = this.renderRoot.querySelector(target);
      if (template && element) element.appendChild(template.cloneNode(true));
    }
  }

  /** `filter-*` attributes (one per dimension, any name) go to the inner `<grappe-data>`. */
  private forwardFilterAttributes(): void {
    const data = this.renderRoot.querySelector('grappe-data');
    if (!data) return;
    const wanted = new Map<string, string>();
    for (const attribute of Array.from(this.attributes)) {
      if (attribute.name.startsWith('filter-')) wanted.set(attribute.name, attribute.value);
    }
    for (const attribute of Array.from(data.attributes)) {
      if (attribute.name.startsWith('filter-') && !wanted.has(attribute.name)) data.removeAttribute(attribute.name);
    }
    for (const [name, value] of wanted) if (data.getAttribute(name) !== value) data.setAttribute(name, value);
  }

  /** For the detail pane's controller: whether hash routing is on. */
  get routes(): boolean {
    return this.routing !== null;
  }

  /** Closes the organisation's card, or the cluster's details. */
  closeDetails(what: 'organisation' | 'cluster'): void {
    if (what === 'organisation' && this.selectedOrganisationId) this.dataElement.selectOrganisation(null);
    else this.dataElement.select(null);
  }

  private onSelect(event: CustomEvent<{ clusterId: string | null; organisationId: string | null }>): void {
    this.selectedClusterId = event.detail.clusterId;
    this.selectedOrganisationId = event.detail.organisationId;
    this.selected = event.detail.clusterId ?? '';
    this.detailFocus.selectionChanged(event.detail.clusterId, event.detail.organisationId);
  }

  override render() {
    const t = this.t;
    const lang = this.lang || undefined;
    const showList = this.view !== 'map';
    const showMap = this.view === 'both' || this.view === 'map';
    const paired = this.view === 'both' || this.view === 'compare';
    const otherPane = this.view === 'compare' ? t.compare.viewCompare : t.viewMap;
    const controls = new Set(this.controls.split(/\s+/));
    const pick = (names: string[]) => names.filter((name) => controls.has(name)).join(' ');
    return html`<grappe-data
      part="base"
      ${forwardOptions(this, 'data')}
      lang=${ifDefined(lang)}
      @grappe-select=${(event: CustomEvent<{ clusterId: string | null; organisationId: string | null }>) => this.onSelect(event)}
    >
      <slot name="header"></slot>
      <div class=${`layout view-${this.view} ${paired ? 'paired' : ''} narrow-${this.narrowView} ${this.selectedClusterId || this.selectedOrganisationId ? 'has-selection' : ''}`}>
        ${
          paired
            ? html`<div class="toolbar" part="toolbar" role="group" aria-label=${t.viewList + ' / ' + otherPane}>
              <button type="button" part="view-button" aria-pressed=${this.narrowView === 'list' ? 'true' : 'false'} @click=${() => (this.narrowView = 'list')}>
                ${t.viewList}
              </button>
              <button type="button" part="view-button" aria-pressed=${this.narrowView === 'map' ? 'true' : 'false'} @click=${() => (this.narrowView = 'map')}>
                ${otherPane}
              </button>
            </div>`
            : nothing
        }
        ${
          showList
            ? html`<div class="list-pane" part="list-pane">
              <grappe-directory
                theme=${this.theme}
                lang=${ifDefined(lang)}
                facets=${controls.has('filters') ? 'auto' : 'none'}
                controls=${pick(['search', 'sort', 'export', 'problems'])}
              ></grappe-directory>
            </div>`
            : nothing
        }
        ${
          showMap
            ? html`<div class="map-pane" part="map-pane">
              <grappe-map
                ${forwardOptions(this, 'map')}
                theme=${this.theme}
                lang=${ifDefined(lang)}
                controls=${pick(['zoom', 'fit', 'fullscreen'])}
              ></grappe-map>
              ${controls.has('legend') ? html`<grappe-legend ${forwardOptions(this, 'legend')} theme=${this.theme} lang=${ifDefined(lang)}></grappe-legend>` : nothing}
            </div>`
            : nothing
        }
        ${
          this.view === 'compare'
            ? html`<div class="map-pane compare-pane" part="compare-pane">
              <grappe-compare ${forwardOptions(this, 'compare')} theme=${this.theme} lang=${ifDefined(lang)}></grappe-compare>
              ${this.failedParts.has('compare') ? html`<p class="part-failed" role="status">${t.partFailed}</p>` : nothing}
            </div>`
            : nothing
        }
        <div
          class="detail-pane"
          part="detail-pane"
          ?hidden=${!this.selectedClusterId && !this.selectedOrganisationId}
          aria-label=${t.details}
          role="region"
          @keydown=${(event: KeyboardEvent) => {
            // Escape closes the panel from anywhere in it (the organisation's card handles its own).
            if (event.key === 'Escape' && (this.selectedClusterId || this.selectedOrganisationId)) {
              event.stopPropagation();
              this.closeDetails(this.selectedOrganisationId ? 'organisation' : 'cluster');
            }
          }}
        >
          ${this.failedParts.has('details') ? html`<p class="part-failed" role="status">${t.partFailed}</p>` : nothing}
          <grappe-organisation lang=${ifDefined(lang)}></grappe-organisation>
          <grappe-cluster theme=${this.theme} lang=${ifDefined(lang)}>
            <slot name="cluster-actions" slot="actions"></slot>
            <grappe-members slot="members" no-heading theme=${this.theme} lang=${ifDefined(lang)}></grappe-members>
          </grappe-cluster>
        </div>
      </div>
      <slot name="footer"></slot>
    </grappe-data>`;
  }
}
