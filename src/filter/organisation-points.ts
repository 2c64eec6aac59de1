import { mercatorX, mercatorY } from '../geo/mercator.js';
import type { FeedIndex } from '../model/feed-index.js';
import { filtersAreEmpty, type ClusterFilters } from './cluster-filters.js';

export interface OrganisationPointSet {
  /** Web Mercator x and y of each point, in [0, 1]. */
  x: Float64Array;
  y: Float64Array;
  /** The organisation (its position in the index) of each point. */
  owner: Int32Array;
}

/**
 * Which organisations the filters leave on the map: with no filter, every organisation that
 * has a place; with filters, the members of the visible clusters. Each organisation is a point
 * at its location and one at each of its other sites. One pass, into flat typed arrays.
 */
export function visibleOrganisationPoints(
  index: FeedIndex,
  state: { filters: ClusterFilters; constraints: ClusterFilters; visible: readonly number[] },
): OrganisationPointSet {
  const organisations = index.organisations;
  let shown: Uint8Array | undefined;
  if (!filtersAreEmpty(state.filters) || !filtersAreEmpty(state.constraints)) {
    shown = new Uint8Array(organisations.length);
    const memberships = index.feed.memberships ?? [];
    for (const clusterIndex of state.visible) {
      for (const membershipIndex of index.membershipsOfCluster[clusterIndex] ?? []) {
        const organisationIndex = index.organisationIndexById.get(memberships[membershipIndex]!.organisation);
        if (organisationIndex !== undefined) shown[organisationIndex] = 1;
      }
    }
  }
  const longitudes = index.organisationLongitudes;
  const latitudes = index.organisationLatitudes;
  let capacity = 0;
  for (let i = 0; i < organisations.length; i += 1) {
    if (shown && !shown[i]) continue;
    capacity += 1 + (organisations[i]!.sites?.length ?? 0);
  }
  const x = new Float64Array(capacity);
  const y = new Float64Array(capacity);
  const owner = new Int32Array(capacity);
  let count = 0;
  const add = (lon: number, lat: number, organisation: number) => {
    x[count] = mercatorX(lon);
    y[count] = mercatorY(lat);
    owner[count] = organisation;
    count += 1;
  };
  for (let i = 0; i < organisations.length; i += 1) {
    if (shown && !shown[i]) continue;
    if (!Number.isNaN(longitudes[i]!)) add(longitudes[i]!, latitudes[i]!, i);
    const organisation = organisations[i]!;
    // The first site is the organisation's own place when it has no location of its own.
    if (organisation.sites)
      for (const site of organisation.sites.slice(organisation.location ? 0 : 1))
        add(site.location.coordinates[0], site.location.coordinates[1], i);
  }
  return { x: x.subarray(0, count), y: y.subarray(0, count), owner: owner.subarray(0, count) };
}
