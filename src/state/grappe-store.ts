/**
 * The one state every Grappe element shares: what was loaded, what is filtered, what is
 * selected. Framework-free: `<grappe-data>` owns one, provides its snapshots through context and
 * turns its notifications into DOM events.
 *
 * Each change produces a new frozen snapshot, never a mutation: context consumers update when
 * the value is replaced.
 */
import { FeedLoadError, type LoadedFeed } from '../load/feed-load-error.js';
import { checkFeedData, mergeReadFeeds, readFeed } from '../load/feed-reader.js';
import { afterNextPaint } from '../load/when-idle.js';
import { feedBaseUrl, sanitiseUrl } from '../text/sanitise-url.js';
import { FeedIndex } from '../model/feed-index.js';
import { runStepsInSlices } from '../validate/yield-to-page.js';
import {
  EMPTY_FILTERS,
  filterClusters,
  normaliseFilters,
  sameFilters,
  type ClusterFilters,
  type FilterResult,
} from '../filter/cluster-filters.js';
import type { FeedProblem } from '../validate/problems.js';
import type { RecordCollection } from '../schema/feed-schema.js';
import type { ReferencePoint } from '../geo/distance.js';
export type { GrappeSnapshot, LoadStatus, LoadSummary, StoreCallbacks, StoreLoadOptions } from './store-types.js';
import type { GrappeSnapshot, StoreCallbacks, StoreLoadOptions } from './store-types.js';

/** Organisations whose search text is folded at a time (a millisecond or two). */
const ORGANISATIONS_PER_STEP = 250;
/** Longest stretch of folding between two turns of the page's (a facet click waits at most this). */
const SEARCH_SLICE_MS = 4;

const EMPTY_RESULT: FilterResult = { visible: [], facetCounts: new Map(), universe: 0 };

export class GrappeStore {
  private current: GrappeSnapshot = Object.freeze({
    status: 'idle',
    index: null,
    problems: [],
    error: null,
    refreshError: null,
    loadedAt: null,
    filters: EMPTY_FILTERS,
    constraints: EMPTY_FILTERS,
    filterResult: EMPTY_RESULT,
    visibleClusterIds: [],
    selectedClusterId: null,
    selectedOrganisationId: null,
    progress: 0,
    membersLoading: new Set<string>(),
    offMapClusterIds: [],
    referencePoint: null,
    choosingPoint: false,
  });
  private loadController: AbortController | null = null;
  /** Counts the data put in place: an index still being built for older data is dropped. */
  private dataGeneration = 0;
  /** An index is being built (in slices) for new data. */
  private indexing = false;
  /** A selection asked for before the data arrived (an attribute, a link). */
  private pendingSelection: string | null = null;
  private pendingOrganisation: string | null = null;
  /** What the last load was, for `reload()` (the retry button). */
  private lastLoad: (() => Promise<void>) | null = null;
  /** The feeds shown, as loaded (members files merged in), and the prefix of each one's ids. */
  private feeds: LoadedFeed[] = [];
  private prefixes: string[] = [];
  private readonly membersFilesLoaded = new Set<string>();
  private readonly membersControllers = new Set<AbortController>();
  /** Origins members files may come from besides the feed's own (`*`: any). */
  private membersOrigins: readonly string[] = [];
  /** The cap of the last load, for members files. */
  private maxBytes: number | undefined;

  constructor(private readonly callbacks: StoreCallbacks) {}

  get snapshot(): GrappeSnapshot {
    return this.current;
  }

  private update(changes: Partial<GrappeSnapshot>): void {
    this.current = Object.freeze({ ...this.current, ...changes });
    this.callbacks.onChange(this.current);
  }

  /** Loads one or several feeds; a new call aborts the one in flight, which then changes nothing. */
  async load(sources: readonly string[], options: StoreLoadOptions = {}): Promise<void> {
    this.maxBytes = options.maxBytes;
    this.lastLoad = () => this.load(sources, { ...options, refresh: false });
    this.loadController?.abort();
    this.membersFilesLoaded.clear();
    const controller = new AbortController();
    this.loadController = controller;
    this.dataGeneration += 1;
    const keepData = options.refresh === true && this.current.index !== null;
    if (!keepData) this.update({ status: 'loading', error: null, progress: 0 });

    const settled = await Promise.allSettled(
      sources.map((source) =>
        readFeed(source, {
          signal: controller.signal,
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
          onProgress: (checked) => {
            if (this.loadController === controller && !keepData) this.update({ progress: checked });
          },
        }),
      ),
    );
    if (this.loadController !== controller || controller.signal.aborted) return;
    this.loadController = null;

    const loaded: LoadedFeed[] = [];
    const failures: FeedLoadError[] = [];
    for (const outcome of settled) {
      if (outcome.status === 'fulfilled') loaded.push(outcome.value);
      else
        failures.push(
          outcome.reason instanceof FeedLoadError
            ? outcome.reason
            : new FeedLoadError('network', String(outcome.reason)),
        );
    }
    if (loaded.length === 0) {
      const error = failures[0] ?? new FeedLoadError('network', sources.join(' '));
      if (keepData) this.update({ refreshError: error });
      else this.update({ status: 'error', error, problems: error.details.problems ?? [] });
      this.callbacks.onError?.(error);
      return;
    }
    const failureProblems = failures.flatMap((failure) => failure.details.problems ?? []);
    await this.applyFeeds(loaded, failures, failureProblems);
  }

  /** A feed object given in JavaScript (the `data` property), validated like a fetched one. */
  async setData(data: unknown, source = 'data'): Promise<void> {
    this.lastLoad = () => this.setData(data, source);
    this.loadController?.abort();
    this.membersFilesLoaded.clear();
    const controller = new AbortController();
    this.loadController = controller;
    this.dataGeneration += 1;
    this.update({ status: 'loading', error: null, progress: 0 });
    let result;
    try {
      result = await checkFeedData(data, source, { signal: controller.signal });
    } catch (failure) {
      if (controller.signal.aborted || this.loadController !== controller) return; // a newer load
      // Neither the worker nor the page could check it (the worker's file unreachable): said.
      this.loadController = null;
      const error = failure instanceof FeedLoadError ? failure : new FeedLoadError('network', source);
      this.update({ status: 'error', error, problems: error.details.problems ?? [] });
      this.callbacks.onError?.(error);
      return;
    }
    if (this.loadController !== controller) return;
    this.loadController = null;
    if (result.feed === null) {
      const error = new FeedLoadError('schema', source, { problems: result.problems });
      this.update({ status: 'error', error, problems: result.problems });
      this.callbacks.onError?.(error);
      return;
    }
    await this.applyFeeds([{ source, result, size: 0 }], [], []);
  }

  /** Shows the feeds `loaded`, merged and indexed, with what `failures` said and the problems of those that `failed`. */
  private async applyFeeds(loaded: LoadedFeed[], failures: FeedLoadError[], failed: FeedProblem[]): Promise<void> {
    const generation = (this.dataGeneration += 1);
    const {
      feed,
      prefixes,
      origins,
      problems: mergeProblems,
    } = await mergeReadFeeds(loaded.map(({ result, source }) => ({ feed: result.feed!, source })));
    // Indexed in slices: at 100,000 organisations the page still answers while this runs.
    this.indexing = true;
    const index = await FeedIndex.build(feed, new Date(), origins);
    if (generation !== this.dataGeneration) return; // newer data came meanwhile (and is indexing)
    this.indexing = false;
    this.feeds = loaded;
    this.prefixes = prefixes;
    const problems = [...loaded.flatMap(({ result }) => result.problems), ...mergeProblems, ...failed];
    const filterResult = filterClusters(index, this.current.filters, this.current.constraints);
    const requested = this.pendingSelection ?? this.current.selectedClusterId;
    const selectedClusterId = requested === null ? null : (index.resolveClusterId(requested) ?? null);
    const selectedOrganisationId =
      this.current.selectedOrganisationId !== null &&
      index.organisationIndexById.has(this.current.selectedOrganisationId)
        ? this.current.selectedOrganisationId
        : null;
    if (selectedClusterId !== null) this.pendingSelection = null;
    const selectionChanged = selectedClusterId !== this.current.selectedClusterId;
    this.update({
      status: 'ready',
      index,
      problems,
      error: null,
      refreshError: failures[0] ?? null,
      loadedAt: new Date(),
      filterResult,
      visibleClusterIds: filterResult.visible.map((clusterIndex) => index.clusters[clusterIndex]!.id),
      selectedClusterId,
      selectedOrganisationId,
      progress: 0,
    });
    const counts = Object.fromEntries(
      (
        ['taxonomies', 'territories', 'clusters', 'organisations', 'memberships', 'cooperations', 'networks'] as const
      ).map((collection) => [collection, (feed[collection] as unknown[] | undefined)?.length ?? 0]),
    ) as Record<RecordCollection, number>;
    this.callbacks.onLoad?.({ sources: loaded.map(({ source }) => source), counts, problems, failures });
    // A selection asked for before the data (an attribute, a link) takes effect now: say so.
    if (selectionChanged) this.callbacks.onSelect?.(selectedClusterId, selectedOrganisationId);
    if (this.pendingOrganisation) {
      const organisation = this.pendingOrganisation;
      this.pendingOrganisation = null;
      this.openOrganisation(organisation);
    }
    if (selectedClusterId) void this.loadMembersOf(selectedClusterId);
    // Members' names folded for the search ahead, a frame after the list's paint: the map draws first.
    afterNextPaint(() =>
      afterNextPaint(() => {
        const searchSteps = index.organisationSearchSteps(ORGANISATIONS_PER_STEP, () => this.current.index !== index);
        void runStepsInSlices(searchSteps, { sliceMilliseconds: SEARCH_SLICE_MS, ahead: true });
      }),
    );
  }

  /**
   * Loads a cluster's separate members file (`membersHref`), once: a national view keeps its
   * main feed small and fetches members when a cluster is opened. The file is a Grappe feed of
   * its own (the cluster, its organisations and memberships), validated the same way. Only from
   * the feed's own origin, unless the page allows more (`setMembersOrigins`): a feed must not
   * make the visitor's browser call any host it likes.
   */
  async loadMembersOf(clusterId: string): Promise<void> {
    const index = this.current.index;
    const cluster = index?.cluster(clusterId);
    if (!index || !cluster?.membersHref) return;
    const feedPosition =
      this.prefixes.length === 1 ? 0 : this.prefixes.findIndex((prefix) => clusterId.startsWith(`${prefix}:`));
    const owner = this.feeds[feedPosition];
    if (!owner) return;
    const href = sanitiseUrl(cluster.membersHref, feedBaseUrl(owner.source), { resource: true });
    if (!href || href.kind !== 'web' || this.membersFilesLoaded.has(href.href)) return;
    const feedOrigin = new URL(owner.source, globalThis.location?.href).origin;
    const origin = new URL(href.href).origin;
    if (origin !== feedOrigin && !this.membersOrigins.includes('*') && !this.membersOrigins.includes(origin)) {
      this.membersFilesLoaded.add(href.href);
      const problem: FeedProblem = {
        severity: 'warning',
        code: 'members-origin-refused',
        path: ['clusters', index.clusterIndexById.get(clusterId) ?? 0, 'membersHref'],
        params: { value: href.href, origin },
      };
      this.update({ problems: [...this.current.problems, problem] });
      return;
    }
    this.membersFilesLoaded.add(href.href);
    this.update({ membersLoading: new Set([...this.current.membersLoading, clusterId]) });
    let members: LoadedFeed | undefined;
    let failure: FeedLoadError | undefined;
    const controller = new AbortController();
    this.membersControllers.add(controller);
    try {
      members = await readFeed(href.href, {
        signal: controller.signal,
        ...(this.maxBytes !== undefined ? { maxBytes: this.maxBytes } : {}),
      });
    } catch (error) {
      failure = error instanceof FeedLoadError ? error : new FeedLoadError('network', href.href);
      this.membersFilesLoaded.delete(href.href);
    }
    this.membersControllers.delete(controller);
    if (controller.signal.aborted) return; // the element left the page
    const stillLoading = new Set(this.current.membersLoading);
    stillLoading.delete(clusterId);
    if (this.current.index !== index) return; // a newer load replaced the data
    if (this.indexing || this.loadController) {
      this.membersFilesLoaded.delete(href.href); // new data is on its way: merged when opened again
      this.current = Object.freeze({ ...this.current, membersLoading: stillLoading });
      return;
    }
    if (!members) {
      this.update({ membersLoading: stillLoading, refreshError: failure ?? null });
      return;
    }
    const base = owner.result.feed!;
    const sub = members.result.feed!;
    const knownOrganisations = new Set((base.organisations ?? []).map((organisation) => organisation.id));
    const combined = {
      ...base,
      organisations: [
        ...(base.organisations ?? []),
        ...(sub.organisations ?? []).filter((organisation) => !knownOrganisations.has(organisation.id)),
      ],
      memberships: [...(base.memberships ?? []), ...(sub.memberships ?? [])],
    };
    const feeds = this.feeds.map((entry, position) =>
      position === feedPosition
        ? {
            ...entry,
            result: {
              ...entry.result,
              feed: combined,
              problems: [...entry.result.problems, ...members!.result.problems],
            },
          }
        : entry,
    );
    this.current = Object.freeze({ ...this.current, membersLoading: stillLoading });
    await this.applyFeeds(feeds, [], []);
  }

  setFilters(input: Partial<ClusterFilters>): void {
    const filters = normaliseFilters(input);
    if (sameFilters(filters, this.current.filters)) return;
    this.refilter(filters, this.current.constraints);
    this.callbacks.onFilterChange?.(filters);
  }

  /** Fixes filters the user cannot undo (a chamber of commerce's own département); a change is said as the visitor's are. */
  setConstraints(input: Partial<ClusterFilters>): void {
    const constraints = normaliseFilters(input);
    if (sameFilters(constraints, this.current.constraints)) return;
    this.refilter(this.current.filters, constraints);
    if (this.current.index) this.callbacks.onFilterChange?.(this.current.filters);
  }

  private refilter(filters: ClusterFilters, constraints: ClusterFilters): void {
    const index = this.current.index;
    const filterResult = index ? filterClusters(index, filters, constraints) : EMPTY_RESULT;
    this.update({
      filters,
      constraints,
      filterResult,
      visibleClusterIds: index ? filterResult.visible.map((clusterIndex) => index.clusters[clusterIndex]!.id) : [],
    });
  }

  /** Selects a cluster by id (or clears the selection with null). Unknown ids are kept for when data arrives. */
  select(clusterId: string | null): void {
    const index = this.current.index;
    if (clusterId !== null && !index) {
      this.pendingSelection = clusterId;
      return;
    }
    const resolved = clusterId === null ? null : (index?.resolveClusterId(clusterId) ?? null);
    if (clusterId !== null && resolved === null) {
      this.pendingSelection = clusterId;
      return;
    }
    // Selecting the cluster already selected changes nothing (and keeps its chosen member).
    if (resolved === this.current.selectedClusterId) return;
    this.update({ selectedClusterId: resolved, selectedOrganisationId: null });
    this.callbacks.onSelect?.(resolved, null);
    if (resolved) void this.loadMembersOf(resolved);
  }

  /**
   * Opens an organisation from a link: its (first) cluster is selected with it, so that the
   * details and the member list show it. Waits for the data when asked too early.
   */
  openOrganisation(organisationId: string): void {
    const index = this.current.index;
    if (!index) {
      this.pendingOrganisation = organisationId;
      return;
    }
    const resolved = index.resolveOrganisationId(organisationId);
    const organisationIndex = resolved === undefined ? undefined : index.organisationIndexById.get(resolved);
    if (resolved === undefined || organisationIndex === undefined) return;
    const memberships = index.feed.memberships ?? [];
    const firstCluster = index.membershipsOfOrganisation[organisationIndex]?.map(
      (position) => memberships[position]!.cluster,
    )[0];
    if (firstCluster && this.current.selectedClusterId === null) this.select(firstCluster);
    this.selectOrganisation(resolved);
  }

  /** Selects an organisation by id (a merged feed's bare id when unambiguous), or clears it with null. */
  selectOrganisation(requested: string | null): void {
    const organisationId = requested === null ? null : (this.current.index?.resolveOrganisationId(requested) ?? null);
    if (requested !== null && organisationId === null) return;
    if (organisationId === this.current.selectedOrganisationId) return;
    this.update({ selectedOrganisationId: organisationId });
    this.callbacks.onSelect?.(this.current.selectedClusterId, organisationId);
  }

  /**
   * A map says which visible clusters it cannot place, so that the legend can name them: only
   * the map knows which territories have an outline (boundaries files and built-in outlines load
   * with it).
   */
  reportOffMap(clusterIds: readonly string[]): void {
    const previous = this.current.offMapClusterIds;
    if (previous.length === clusterIds.length && previous.every((id, position) => id === clusterIds[position])) return;
    this.update({ offMapClusterIds: Object.freeze([...clusterIds]) });
  }

  /** Runs the last load again (after a network error, say). */
  /** Sets (or, with null, forgets) the point distances are measured from. */
  setReferencePoint(point: ReferencePoint | null): void {
    const valid =
      point && Number.isFinite(point.longitude) && Number.isFinite(point.latitude) && Math.abs(point.latitude) <= 90
        ? Object.freeze({ ...point })
        : null;
    this.update({ referencePoint: valid });
  }

  /** Whether a list sorted by distance waits for a point (the map then takes a click as one). */
  setChoosingPoint(choosing: boolean): void {
    if (this.current.choosingPoint !== choosing) this.update({ choosingPoint: choosing });
  }

  reload(): Promise<void> {
    return this.lastLoad ? this.lastLoad() : Promise.resolve();
  }

  /** Origins (`https://members.example.org`) members files may come from besides the feed's own; `*` allows any. */
  setMembersOrigins(origins: readonly string[]): void {
    this.membersOrigins = [...origins];
  }

  /** Whether a load was stopped by `dispose` before it finished (the element left the page). */
  get interrupted(): boolean {
    return this.current.status === 'loading' && this.loadController === null;
  }

  /** Stops the loads in flight, members files included (the element is leaving the page). */
  dispose(): void {
    this.loadController?.abort();
    this.loadController = null;
    // An index still being built is dropped: the element reloads when it comes back (`interrupted`).
    if (this.indexing) this.dataGeneration += 1;
    for (const controller of this.membersControllers) controller.abort();
    this.membersControllers.clear();
    // Members files stopped halfway load again when their cluster is opened again.
    if (this.current.membersLoading.size > 0) {
      this.membersFilesLoaded.clear();
      this.current = Object.freeze({ ...this.current, membersLoading: new Set<string>() });
    }
  }
}
