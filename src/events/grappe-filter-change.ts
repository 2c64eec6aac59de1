import type { ClusterFilters } from '../filter/cluster-filters.js';

/** Detail of `grappe-filter-change`: the new filters and the ids of the clusters they leave visible. */
export interface GrappeFilterChangeDetail {
  filters: ClusterFilters;
  visibleClusters: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grappe-filter-change': CustomEvent<GrappeFilterChangeDetail>;
  }
}
