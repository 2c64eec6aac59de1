import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sortClusters, type ClusterSort } from '../../src/filter/sort-clusters.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { labelText } from '../../src/internal/labels.js';
import { renderLoadState, renderProblemList, renderRefreshNotice } from '../../src/internal/render-status.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { controlRowStyles, tokenStyles } from '../../src/styles/shared-styles.js';
import { directoryStyles } from './directory.styles.js';
import { FilterPanelController, renderFilterBar, renderFilterPanel } from './filter-panel.js';
import { downloadText } from '../../src/internal/download.js';
import { instantiateSiteTemplate } from '../../src/internal/site-template.js';
import { exportClustersCsv, exportFeedJson } from '../../src/export/export-view.js';
import { clusterDistances, formatKilometres } from '../../src/geo/distance.js';
import { renderNearbyBar, NearbyController } from './nearby.js';

export type DirectorySort = ClusterSort;

/**
 * Items rendered at first and added by "show more": a long list stays fast to filter. A facet
 * click makes most items of the first page anew; at 100 they were a third of the click's script
 * at 100,000 organisations, and fifty fill several screens.
 */
const PAGE_SIZE = 50;

/**
 * A `<template data-grappe-item>` child adds the site's own content to each item (see
 * `src/internal/site-template.ts`: `data-field`, `data-href-template` with `{id}`).
 *
 * @tagname grappe-directory
 * @summary The clusters as an accessible, searchable list with facets: the accessible
 * alternative to the map, and a directory on its own for sites that need no map.
 *
 * @slot header - Content above the search field.
 * @slot empty - Shown instead of the default message when no cluster matches.
 * @slot footer - Content below the list.
 *
 *
 * @csspart base - The whole directory.
 * @csspart search - The search field.
 * @csspart sort - The sort menu.
 * @csspart count - The result count.
 * @csspart list - The list of clusters.
 * @csspart item - One cluster in the list.
 * @csspart item-selected - The selected cluster's item.
 * @csspart item-name - A cluster's name (a button).
 * @csspart badge - A typology badge.
 * @csspart via - "via <organisation>": why a cluster matched a search (one of its members did).
 * @csspart filter-bar - The filters button and the active filters.
 * @csspart filters-button - The "Filtres (n)" button.
 * @csspart chip - An active filter (a button that removes it).
 * @csspart filters-panel - The facets beside the list (wide).
 * @csspart filters-sheet - The facets drawer (narrow).
 * @csspart more-button - The "show more" button.
 * @csspart export - The download buttons.
 * @csspart problems - The feed's problems, for its publisher.
 * @csspart nearby - With `sort="distance"`: the point distances are measured from, and the button that asks for the visitor's position.
 * @csspart distance - A cluster's distance from that point.
 *
 * @cssproperty --grappe-color-selected - Background of the selected item.
 */
export class GrappeDirectory extends GrappeConsumerElement {
  static override styles = [tokenStyles, controlRowStyles, directoryStyles];

  /**
   * The facets: `auto` (behind a "Filtres (n)" button, under the list's controls: a side panel
   * beside the list when the directory is wide, a drawer when it is narrow), or `none`. The list
   * always comes first. (`top` and `side`, from earlier versions, mean `auto`.)
   */
  @property({ reflect: true }) facets: 'auto' | 'top' | 'side' | 'none' = 'auto';

  /**
   * Order of the list: `name`, `members`, `founded`, or `distance` (nearest first from a point
   * the visitor chooses: their position, asked for only when they press the button, or a click
   * on a map of the same `<grappe-data>`; each cluster then shows its distance).
   */
  @property({ reflect: true }) sort: DirectorySort = 'name';

  /** Which controls to show, space-separated: `search sort export problems` (default: all). */
  @property() controls = 'search sort export problems';

  /** Hide the buttons that download the filtered list as CSV or as a Grappe feed. */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;

  /** Hide the feed's problems panel (it is meant for publishers; sites may keep it off). */
  @property({ type: Boolean, attribute: 'hide-problems' }) hideProblems = false;

  @state() private shownCount = PAGE_SIZE;

  private readonly panel = new FilterPanelController(this);
  private readonly nearby = new NearbyController(this, () => this.grappe?.store);

  private announcedSelection: string | null = null;

  /** What the live region says: the newly selected cluster, or that the selection was cleared. */
  private selectionAnnouncement(index: FeedIndex): string {
    const selected = this.grappe?.snapshot.selectedClusterId ?? null;
    const previous = this.announcedSelection;
    this.announcedSelection = selected;
    if (selected === null) return previous === null ? '' : this.t.selectionCleared;
    return this.t.selected(this.text(index.cluster(selected)?.name));
  }

  private onSearch(event: Event): void {
    if (!this.grappe) return;
    const query = (event.target as HTMLInputElement).value;
    this.shownCount = PAGE_SIZE;
    this.grappe.store.setFilters({ ...this.grappe.snapshot.filters, query });
  }

  private onSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as DirectorySort;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A list in distance order takes a click on the map as its point (before rendering: the
    // shared state it changes comes back to this element in the same update).
    this.nearby.sync(this.sort === 'distance');
  }

  /** Saves the filtered list: CSV for spreadsheets (French Excel opens it as is), or a Grappe feed. */
  private async download(kind: 'csv' | 'json'): Promise<void> {
    const snapshot = this.grappe?.snapshot;
    if (!snapshot) return;
    if (kind === 'csv')
      downloadText(
        await exportClustersCsv(snapshot, this.language, this.sort),
        'clusters.csv',
        'text/csv;charset=utf-8',
      );
    else downloadText(exportFeedJson(snapshot), 'clusters.json', 'application/json');
  }

  /** Moves focus into the list: the selected cluster's name, else the first, else the search field. */
  focusList(): void {
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>('li.item.selected .name') ??
      root.querySelector<HTMLElement>('li.item .name') ??
      root.querySelector<HTMLElement>('input[type=search]');
    target?.focus();
  }

  private selectCluster(id: string): void {
    this.grappe?.store.select(id);
  }

  override render() {
    const t = this.t;
    const loadState = renderLoadState(this.grappe, t);
    if (loadState !== nothing) return html`<div part="base">${loadState}</div>`;
    const grappe = this.grappe!;
    const { snapshot } = grappe;
    const index = snapshot.index!;
    const lang = this.language;
    const point = snapshot.referencePoint;
    const visible = sortClusters(index, snapshot.filterResult.visible, this.sort, this.language, point);
    const distances = this.sort === 'distance' && point ? clusterDistances(index, point) : null;
    // The selected cluster is always in the list, with the pages up to its own.
    const selectedAt = snapshot.selectedClusterId
      ? visible.indexOf(index.clusterIndexById.get(snapshot.selectedClusterId) ?? -1)
      : -1;
    const shown = visible.slice(0, Math.max(this.shownCount, Math.ceil((selectedAt + 1) / PAGE_SIZE) * PAGE_SIZE));
    const total = snapshot.filterResult.universe;
    const controls = new Set(this.controls.split(/\s+/));
    const itemTemplate = this.querySelector<HTMLTemplateElement>(':scope > template[data-grappe-item]');
    const kindDimension = index.dimensionById.get('kind');
    const withFacets = this.facets !== 'none';

    return html`<div part="base" class="directory">
      <slot name="header"></slot>
      ${renderRefreshNotice(grappe, t, lang)}
      <div class="controls">
        ${
          controls.has('search')
            ? html`<label class="search">
          <span>${t.searchClusters}</span>
          <input
            part="search"
            type="search"
            .value=${snapshot.filters.query}
            @input=${(event: Event) => this.onSearch(event)}
            autocomplete="off"
          />
        </label>`
            : nothing
        }
        ${
          controls.has('sort')
            ? html`<label>
          <span>${t.sortBy}</span>
          <select part="sort" .value=${this.sort} @change=${(event: Event) => this.onSort(event)}>
            <option value="name" ?selected=${this.sort === 'name'}>${t.sortName}</option>
            <option value="members" ?selected=${this.sort === 'members'}>${t.sortMembers}</option>
            <option value="founded" ?selected=${this.sort === 'founded'}>${t.sortFounded}</option>
            <option value="distance" ?selected=${this.sort === 'distance'}>${t.nearby.sortDistance}</option>
          </select>
        </label>`
            : nothing
        }
      </div>
      ${this.sort === 'distance' ? renderNearbyBar(t, point, this.nearby) : nothing}
      ${withFacets ? renderFilterBar({ t, lang, index, filters: snapshot.filters, store: grappe.store, panel: this.panel }) : nothing}
      <div class=${`layout ${withFacets && this.panel.wide && this.panel.sideOpen ? 'with-side-panel' : ''}`}>
        <div class="results">
          <p part="count" class="count" role="status" aria-live="polite">${t.resultCount(visible.length, total)}</p>
          <p class="visually-hidden selection-announcement" role="status" aria-live="polite">${this.selectionAnnouncement(index)}</p>
          <p class="note">${t.directoryIsAlternative}</p>
          ${
            visible.length === 0
              ? html`<slot name="empty"><p class="status">${index.clusters.length === 0 ? t.noClusters : t.noResults}</p></slot>`
              : html`<ul part="list" class="list" aria-label=${t.clusterList}>
                ${repeat(
                  shown,
                  (clusterIndex) => index.clusters[clusterIndex]!.id,
                  (clusterIndex) => {
                    const cluster = index.clusters[clusterIndex]!;
                    const selected = cluster.id === snapshot.selectedClusterId;
                    const kinds = kindDimension?.valuesOfCluster[clusterIndex] ?? [];
                    const via = snapshot.filterResult.via?.get(clusterIndex);
                    const members = index.currentMembersOfCluster[clusterIndex]!;
                    const place =
                      cluster.address?.city ??
                      (cluster.territories?.[0]
                        ? this.text(index.territoryById.get(cluster.territories[0])?.name)
                        : '');
                    return html`<li part=${selected ? 'item item-selected' : 'item'} class=${selected ? 'item selected' : 'item'} data-id=${cluster.id}>
                      <button
                        type="button"
                        part="item-name"
                        class="name"
                        aria-current=${selected ? 'true' : 'false'}
                        @click=${() => this.selectCluster(cluster.id)}
                      >
                        ${this.text(cluster.name)}
                      </button>
                      <div class="meta">
                        ${kinds.map((kind) => html`<span part="badge" class="badge">${labelText(kindDimension!.valueById.get(kind)?.label, lang, index)}</span>`)}
                        <span class="facts"
                          >${place ? html`<span class="place">${place}</span>` : nothing}${
                            members > 0 ? html`<span class="members">${t.memberCount(members)}</span>` : nothing
                          }${
                            distances
                              ? html`<span class="distance" part="distance">${Number.isNaN(distances[clusterIndex]!) ? t.nearby.noPlace : t.nearby.distance(formatKilometres(distances[clusterIndex]!, lang))}</span>`
                              : nothing
                          }</span
                        >
                        ${via !== undefined ? html`<span class="via" part="via">${t.viaOrganisation(this.text(index.organisations[via]?.name))}</span>` : nothing}
                      </div>
                      ${
                        itemTemplate
                          ? html`<div class="site-content" part="item-extra">
                            ${instantiateSiteTemplate(itemTemplate, cluster, this.text(cluster.name))}
                          </div>`
                          : nothing
                      }
                    </li>`;
                  },
                )}
              </ul>
              ${
                visible.length > shown.length
                  ? html`<button type="button" part="more-button" class="more" @click=${() => (this.shownCount = shown.length + PAGE_SIZE)}>
                    ${t.showMore(Math.min(PAGE_SIZE, visible.length - shown.length))}
                  </button>`
                  : nothing
              }`
          }
          ${
            this.noExport || !controls.has('export') || visible.length === 0
              ? nothing
              : html`<div class="export" part="export">
                <button type="button" class="export-csv" @click=${() => this.download('csv')}>${t.exportCsv}</button>
                <button type="button" class="export-json" @click=${() => this.download('json')}>${t.exportJson}</button>
              </div>`
          }
          <slot name="footer"></slot>
          ${this.hideProblems || !controls.has('problems') ? nothing : renderProblemList(grappe, t)}
        </div>
        ${withFacets ? renderFilterPanel(t, this.panel, visible.length) : nothing}
      </div>
    </div>`;
  }
}
