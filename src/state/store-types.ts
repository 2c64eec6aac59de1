/** The shapes of the shared state and of the store's callbacks (grappe-store.ts). */
import type { ReferencePoint } from '../geo/distance.js';
import type { FeedLoadError } from '../load/feed-load-error.js';
import type { ClusterFilters, FilterResult } from '../filter/cluster-filters.js';
import type { FeedIndex } from '../model/feed-index.js';
import type { FeedProblem } from '../validate/problems.js';
import type { RecordCollection } from '../schema/feed-schema.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface GrappeSnapshot {
  readonly status: LoadStatus;
  readonly index: FeedIndex | null;
  /** Problems found in the feeds (each stamped with its source when several are loaded). */
  readonly problems: readonly FeedProblem[];
  /** Why nothing could be shown (status `error`). */
  readonly error: FeedLoadError | null;
  /** Why the last refresh failed while older data is still shown. */
  readonly refreshError: FeedLoadError | null;
  readonly loadedAt: Date | null;
  readonly filters: ClusterFilters;
  /** Filters fixed by the embedding page: what they exclude is out of the view. */
  readonly constraints: ClusterFilters;
  readonly filterResult: FilterResult;
  /** Ids of the clusters that match the filters, in feed order. */
  readonly visibleClusterIds: readonly string[];
  readonly selectedClusterId: string | null;
  readonly selectedOrganisationId: string | null;
  /** Records checked so far while a large feed loads. */
  readonly progress: number;
  /** Clusters whose separate members file (`membersHref`) is loading. */
  readonly membersLoading: ReadonlySet<string>;
  /** Visible clusters a map could not place (no location, no territory with an outline), as it reported them. */
  readonly offMapClusterIds: readonly string[];
  /** The point distances are measured from (the directory's `distance` order), chosen by the visitor. */
  readonly referencePoint: ReferencePoint | null;
  /** A list waits for a point: the map takes a click on it as the point. */
  readonly choosingPoint: boolean;
}

export interface LoadSummary {
  sources: string[];
  counts: Record<RecordCollection, number>;
  problems: FeedProblem[];
  /** Sources that failed while others loaded. */
  failures: FeedLoadError[];
}

export interface StoreCallbacks {
  onChange(snapshot: GrappeSnapshot): void;
  onLoad?(summary: LoadSummary): void;
  onError?(error: FeedLoadError): void;
  onSelect?(clusterId: string | null, organisationId: string | null): void;
  onFilterChange?(filters: ClusterFilters): void;
}

export interface StoreLoadOptions {
  timeoutMs?: number;
  /** The largest feed read, in bytes (default 50 MB); members files too. */
  maxBytes?: number;
  /** A refresh keeps the current data when it fails. */
  refresh?: boolean;
}
