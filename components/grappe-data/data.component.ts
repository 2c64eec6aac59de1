import { ContextProvider } from '@lit/context';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { copyFilters, type ClusterFilters } from '../../src/filter/cluster-filters.js';
import { describeLoadError } from '../../src/i18n/describe-error.js';
import { grappeContext, type GrappeContextValue } from '../../src/internal/context.js';
import { dataStyles } from './data.styles.js';
import { GrappeElement } from '../../src/internal/grappe-element.js';
import { publicErrorKind, type FeedLoadError } from '../../src/load/feed-load-error.js';
import { DEFAULT_MAX_BYTES } from '../../src/load/read-body.js';
import { prepareFeedReading } from '../../src/load/feed-reader.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { GrappeStore, type GrappeSnapshot } from '../../src/state/grappe-store.js';
import { readRoute, writeRoute } from '../../src/state/hash-route.js';
import { exportClustersCsv, exportFeedJson } from '../../src/export/export-view.js';
import { partnersFor, type PartnerCandidate } from '../../src/model/partners.js';

const FILTER_ATTRIBUTE_PREFIX = 'filter-';

/**
 * @tagname grappe-data
 * @summary Loads one or several Grappe feeds and shares the data, the filters and the selection
 * with every Grappe element inside it.
 *
 * @slot - The Grappe elements (map, directory, details…) and any layout around them.
 *
 * @event grappe-load - The feeds loaded. `detail`: `{ sources, counts, problems, failures }`.
 * @event grappe-error - Nothing could be shown, or a refresh failed. `detail`: `{ kind: 'network' | 'parse' | 'schema', reason, url, message, status?, problems, refresh }`.
 * @event grappe-select - The selection changed. `detail`: `{ clusterId, organisationId }`.
 * @event grappe-filter-change - The filters changed, or the page's fixed filters (`filter-…`) did. `detail`: `{ filters, visibleClusters }` (`filters`: the visitor's own).
 *
 * Filters fixed by the page: any attribute `filter-<dimension>` (`filter-kind`,
 * `filter-territory`, `filter-sector`, `filter-network`, or a taxonomy the feed declares) takes
 * comma-separated value ids; clusters outside them are not shown at all.
 */
export class GrappeData extends GrappeElement {
  static override styles = dataStyles;

  // Shows nothing of its own, and its feeds must start loading at once.
  protected override waitsForTexts = false;

  /** URL of the feed, or several URLs separated by spaces (merged into one view). */
  @property() src = '';

  /**
   * Colour theme of every Grappe element inside it (`light`, `dark`, or `auto` to follow the
   * system); an element's own `theme` wins. Empty: the page's tokens, light by default.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | '' = '';

  /** Seconds before a load gives up. */
  @property({ type: Number }) timeout = 30;

  /** Reload the feeds every so many seconds (0: never); the selection and the view are kept. */
  @property({ type: Number }) refresh = 0;

  /**
   * Id of the cluster to select once the data is there; it then follows the selection (a click,
   * `select()`, the URL). Set it to select another, empty it to close the selection.
   */
  @property() selected = '';

  /** Id of an organisation to open (with its cluster) once the data is there. */
  @property({ attribute: 'selected-organisation' }) selectedOrganisation = '';

  /**
   * Keep the selection and the filters in the URL hash, so that links and back/forward work.
   * An empty value uses plain keys (`#cluster=…`); a name prefixes them (`#name.cluster=…`) for
   * pages with several explorers.
   */
  @property() routing: string | null = null;

  /** The largest feed (or members file) read, in bytes; past it, reading stops with a message (default 50 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Origins members files (`membersHref`) may come from besides the feed's own, space-separated (`*`: any). */
  @property({ attribute: 'members-origins' }) membersOrigins = '';

  private readonly store = new GrappeStore({
    onChange: (snapshot) => this.publish(snapshot),
    // Event details are copies: a listener that changes them changes nothing here.
    onLoad: (summary) =>
      this.emit('grappe-load', {
        sources: [...summary.sources],
        counts: { ...summary.counts },
        problems: summary.problems.map((problem) => ({ ...problem, path: [...problem.path] })),
        failures: [...summary.failures],
      }),
    onError: (error) => this.emitError(error),
    onSelect: (clusterId, organisationId) => {
      // `selected` follows the selection, however it was made (a click, select(), the URL), so
      // that setting it again to an earlier id selects it again.
      this.selected = clusterId ?? '';
      this.writeRouteFromState('push');
      this.emit('grappe-select', { clusterId, organisationId });
    },
    onFilterChange: (filters) => {
      this.writeRouteFromState('replace');
      this.emit('grappe-filter-change', {
        filters: copyFilters(filters),
        visibleClusters: [...this.store.snapshot.visibleClusterIds],
      });
    },
  });

  private readonly provider = new ContextProvider(this, {
    context: grappeContext,
    initialValue: { snapshot: this.store.snapshot, store: this.store } as GrappeContextValue,
  });

  private dataValue: unknown;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private readonly attributeObserver = new MutationObserver(() => this.applyFilterAttributes());
  private readonly onHashChange = () => this.applyRoute();

  /** A feed given in JavaScript instead of `src`: validated the same way. */
  get data(): unknown {
    return this.dataValue;
  }

  set data(value: unknown) {
    this.dataValue = value;
    if (value !== undefined) void this.store.setData(value);
  }

  /** The current filters (search text and chosen values by dimension), as a copy. Assign to change them. */
  get filters(): ClusterFilters {
    return copyFilters(this.store.snapshot.filters);
  }

  set filters(value: Partial<ClusterFilters>) {
    this.store.setFilters(value);
  }

  /** Ids of the clusters the filters leave visible, in feed order. */
  get visibleClusters(): string[] {
    return [...this.store.snapshot.visibleClusterIds];
  }

  /** The loaded data, indexed (null until loaded). */
  get index(): FeedIndex | null {
    return this.store.snapshot.index;
  }

  /** The current shared state. */
  get snapshot(): GrappeSnapshot {
    return this.store.snapshot;
  }

  /**
   * Selects a cluster (or clears the selection with null); a link or a click does the same. A
   * cluster the filters hide may be selected (a link to it): its details open, while the list and
   * the map go on showing what the filters leave.
   */
  select(clusterId: string | null): void {
    this.store.select(clusterId);
  }

  /** Selects one organisation (a member), which the map highlights. */
  selectOrganisation(organisationId: string | null): void {
    this.store.selectOrganisation(organisationId);
  }

  /**
   * Partner clusters a cluster might approach, over every loaded feed, best first:
   * `[{ clusterId, score, reasons: [{ kind, values }] }]`, `kind` one of `market`, `technology`,
   * `sector`, `zone` (the candidate sits in one of the cluster's `targetZones`) or `complement`
   * (a shared market, different technologies). The score: 3 points per shared market, 2 per
   * shared technology, 1 per shared sector, 2 for a target zone, 2 for complementing. Clusters
   * it already cooperates with are left out. Empty before the data or for an unknown id.
   */
  partnersFor(clusterId: string, { limit = 10 }: { limit?: number } = {}): PartnerCandidate[] {
    const index = this.store.snapshot.index;
    const id = index?.resolveClusterId(clusterId);
    return index && id ? partnersFor(index, id, { limit }) : [];
  }

  /** Loads the feeds again (the retry button does this). */
  reload(): Promise<void> {
    return this.store.reload();
  }

  /**
   * The visible clusters as `clusters.csv` for spreadsheets (semicolons, UTF-8 with BOM, as French
   * Excel opens it), sorted by name, in the layout `grappe import` reads back: headings and labels
   * in the element's language. Asynchronous: the table writer loads on first use.
   */
  exportCsv(): Promise<string> {
    return exportClustersCsv(this.store.snapshot, this.language);
  }

  /** The visible clusters, their members and links, as a Grappe feed. */
  exportJson(): string {
    return exportFeedJson(this.store.snapshot);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The feed reader's code loads while the page renders: the first feed does not wait for it.
    prepareFeedReading();
    this.attributeObserver.observe(this, { attributes: true });
    this.applyFilterAttributes();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
    if (this.hasUpdated) {
      // Put back into the page (a framework moved it): the refresh timer restarts, and a load
      // stopped when it left is made again.
      this.scheduleRefresh();
      if (this.store.interrupted) void this.store.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attributeObserver.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    this.store.dispose();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('routing') && this.routing !== null) this.applyRoute();
    if (changed.has('selected') && this.selected) this.store.select(this.selected);
    // Emptied by the page (not at the start, where it is empty): the selection is cleared.
    else if (changed.has('selected') && changed.get('selected')) this.store.select(null);
    if (changed.has('selectedOrganisation') && this.selectedOrganisation)
      this.store.openOrganisation(this.selectedOrganisation);
    if (changed.has('src') && this.src.trim() !== '') void this.loadSources(false);
    if (changed.has('refresh')) this.scheduleRefresh();
    if (changed.has('membersOrigins'))
      this.store.setMembersOrigins(this.membersOrigins.split(/\s+/).filter((origin) => origin !== ''));
  }

  override render() {
    return html`<slot></slot>`;
  }

  private get sources(): string[] {
    return this.src.split(/\s+/).filter((source) => source !== '');
  }

  private loadSources(refresh: boolean): Promise<void> {
    const sources = this.sources;
    if (sources.length === 0) return Promise.resolve();
    const maxBytes = Number.isFinite(this.maxBytes) && this.maxBytes > 0 ? this.maxBytes : DEFAULT_MAX_BYTES;
    return this.store.load(sources, { timeoutMs: Math.max(1, this.timeout) * 1000, refresh, maxBytes });
  }

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.refresh > 0 && this.isConnected) {
      this.refreshTimer = setInterval(() => void this.loadSources(true), this.refresh * 1000);
    }
  }

  private publish(snapshot: GrappeSnapshot): void {
    this.provider.setValue({ snapshot, store: this.store });
  }

  private emitError(error: FeedLoadError): void {
    const refresh = this.store.snapshot.status === 'ready';
    this.emit('grappe-error', {
      kind: publicErrorKind(error.kind),
      reason: error.kind,
      url: error.url,
      message: describeLoadError(error, this.t),
      ...(error.details.status !== undefined ? { status: error.details.status } : {}),
      problems: error.details.problems ?? [],
      refresh,
    });
  }

  private applyFilterAttributes(): void {
    const facets: Record<string, string[]> = {};
    for (const attribute of Array.from(this.attributes)) {
      if (!attribute.name.startsWith(FILTER_ATTRIBUTE_PREFIX)) continue;
      const dimension = attribute.name.slice(FILTER_ATTRIBUTE_PREFIX.length);
      facets[dimension] = attribute.value
        .split(',')
        .map((value) => value.trim())
        .filter((value) => value !== '');
    }
    this.store.setConstraints({ facets });
  }

  private applyRoute(): void {
    if (this.routing === null) return;
    const route = readRoute(location.hash, this.routing);
    this.store.setFilters(route.filters);
    this.store.select(route.cluster);
    if (route.organisation) this.store.openOrganisation(route.organisation);
  }

  private writeRouteFromState(mode: 'push' | 'replace'): void {
    if (this.routing === null) return;
    const snapshot = this.store.snapshot;
    const hash = writeRoute(
      location.hash,
      { cluster: snapshot.selectedClusterId, organisation: snapshot.selectedOrganisationId, filters: snapshot.filters },
      this.routing,
    );
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
