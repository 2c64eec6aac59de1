import { mercatorX, mercatorY } from '../geo/mercator.js';
import type { FeedIndex } from '../model/feed-index.js';
import { filtersAreEmpty, type ClusterFilters } from './cluster-filters.js';

export interface OrganisationPointSet {
  /** Web Mercator x and y of each point, in [0, 1]. */
  x: Float64Array;
  y: Float64Array;
  /** The organisation (its position in the index) of each point. */
  owner: Int32Array;
  /**
   * Which organisations (by position in the index) are shown: 1 for shown; null when all are.
   * The points themselves are the index's, shared and never copied: a facet click at 100,000
   * organisations allocates one byte per organisation, not three arrays per point.
   */
  shown: Uint8Array | null;
}

/** Whether point `position` of `points` is shown. */
export function pointShown(points: OrganisationPointSet, position: number): boolean {
  return points.shown === null || points.shown[points.owner[position]!] === 1;
}

/** Every organisation's points, projected once per index: a facet click only picks among them. */
const everyPointCache = new WeakMap<FeedIndex, OrganisationPointSet>();

function everyPoint(index: FeedIndex): OrganisationPointSet {
  const cached = everyPointCache.get(index);
  if (cached) return cached;
  const organisations = index.organisations;
  const longitudes = index.organisationLongitudes;
  const latitudes = index.organisationLatitudes;
  let capacity = 0;
  for (const organisation of organisations) capacity += 1 + (organisation.sites?.length ?? 0);
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
    if (!Number.isNaN(longitudes[i]!)) add(longitudes[i]!, latitudes[i]!, i);
    const organisation = organisations[i]!;
    // The first site is the organisation's own place when it has no location of its own.
    if (organisation.sites)
      for (const site of organisation.sites.slice(organisation.location ? 0 : 1))
        add(site.location.coordinates[0], site.location.coordinates[1], i);
  }
  const points = { x: x.subarray(0, count), y: y.subarray(0, count), owner: owner.subarray(0, count), shown: null };
  everyPointCache.set(index, points);
  return points;
}

/**
 * Which organisations the filters leave on the map: with no filter, every organisation that
 * has a place; with filters, the members of the visible clusters. Each organisation is a point
 * at its location and one at each of its other sites. The points are projected once per index;
 * a change of filters only marks which organisations are shown, one pass over the visible
 * clusters' memberships (a facet click at 100,000 organisations must fit in a frame).
 */
export function visibleOrganisationPoints(
  index: FeedIndex,
  state: { filters: ClusterFilters; constraints: ClusterFilters; visible: readonly number[] },
): OrganisationPointSet {
  const all = everyPoint(index);
  if (filtersAreEmpty(state.filters) && filtersAreEmpty(state.constraints)) return all;
  const shown = new Uint8Array(index.organisations.length);
  const owners = index.organisationOfMembership;
  for (const clusterIndex of state.visible) {
    for (const membershipIndex of index.membershipsOfCluster[clusterIndex] ?? []) {
      const organisationIndex = owners[membershipIndex]!;
      if (organisationIndex >= 0) shown[organisationIndex] = 1;
    }
  }
  return { x: all.x, y: all.y, owner: all.owner, shown };
}
