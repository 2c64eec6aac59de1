/**
 * The part of the index that grows with the organisations and memberships: where each
 * organisation is, which memberships each cluster and each organisation has, which are current.
 * At 100,000 organisations this is the one costly step of indexing a feed, so it is built in
 * steps: `buildOrganisationTablesInSlices` pauses between slices of a few milliseconds, and the
 * page answers clicks while a large feed is indexed.
 */
import type { Feed } from '../schema/feed-schema.js';
import { runSteps, runStepsInSlices } from '../validate/yield-to-page.js';
import { isFormer } from './memberships.js';
import { resolvedMemberships } from '../validate/resolved-memberships.js';

export interface OrganisationTables {
  organisationIndexById: Map<string, number>;
  /** Membership indexes by cluster index. */
  membershipsOfCluster: number[][];
  /** Membership indexes by organisation index. */
  membershipsOfOrganisation: number[][];
  /** For each membership, 1 when current, 0 when its `until` has passed. */
  membershipIsCurrent: Uint8Array;
  /** For each membership, its cluster's and its organisation's index, -1 when unknown. */
  clusterOfMembership: Int32Array;
  organisationOfMembership: Int32Array;
  /** For each cluster, its current members. */
  currentMembersOfCluster: Int32Array;
  /** Longitude and latitude of each organisation's main location (NaN when it has none). */
  organisationLongitudes: Float64Array;
  organisationLatitudes: Float64Array;
}

/** Records handled between two checks of the clock. */
const RECORDS_PER_STEP = 2000;

/** The tables, built a step at a time: each `next()` handles at most `RECORDS_PER_STEP` records. */
export function* organisationTableSteps(
  feed: Feed,
  clusterIndexById: ReadonlyMap<string, number>,
  now: Date,
): Generator<void, OrganisationTables> {
  const organisations = feed.organisations ?? [];
  const memberships = feed.memberships ?? [];
  const count = organisations.length;
  // What the validator looked up already, when these are the lists it returned.
  const resolved = resolvedMemberships(organisations, memberships);
  const tables: OrganisationTables = {
    organisationIndexById: resolved?.indexById ?? new Map(),
    membershipsOfCluster: feed.clusters.map(() => []),
    membershipsOfOrganisation: new Array<number[]>(count),
    membershipIsCurrent: new Uint8Array(memberships.length),
    clusterOfMembership: new Int32Array(memberships.length),
    organisationOfMembership: resolved?.organisationOf ?? new Int32Array(memberships.length),
    currentMembersOfCluster: new Int32Array(feed.clusters.length),
    organisationLongitudes: new Float64Array(count),
    organisationLatitudes: new Float64Array(count),
  };
  for (let index = 0; index < count; index += 1) {
    const organisation = organisations[index]!;
    if (!resolved) tables.organisationIndexById.set(organisation.id, index);
    tables.membershipsOfOrganisation[index] = [];
    const location = organisation.location ?? organisation.sites?.[0]?.location;
    tables.organisationLongitudes[index] = location ? location.coordinates[0] : Number.NaN;
    tables.organisationLatitudes[index] = location ? location.coordinates[1] : Number.NaN;
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
  for (let index = 0; index < memberships.length; index += 1) {
    const membership = memberships[index]!;
    const current = !isFormer(membership, now);
    tables.membershipIsCurrent[index] = current ? 1 : 0;
    const clusterIndex = clusterIndexById.get(membership.cluster);
    tables.clusterOfMembership[index] = clusterIndex ?? -1;
    if (clusterIndex !== undefined) {
      tables.membershipsOfCluster[clusterIndex]!.push(index);
      if (current) tables.currentMembersOfCluster[clusterIndex]! += 1;
    }
    const organisationIndex = resolved
      ? resolved.organisationOf[index]
      : tables.organisationIndexById.get(membership.organisation);
    tables.organisationOfMembership[index] = organisationIndex ?? -1; // the same, when resolved
    if (organisationIndex !== undefined) tables.membershipsOfOrganisation[organisationIndex]!.push(index);
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
  return tables;
}

/** The tables at once (small feeds, tests, the command line). */
export function buildOrganisationTables(
  feed: Feed,
  clusterIndexById: ReadonlyMap<string, number>,
  now: Date,
): OrganisationTables {
  return runSteps(organisationTableSteps(feed, clusterIndexById, now));
}

/** The tables in slices of about `sliceMilliseconds`, the page getting a turn between slices. */
export function buildOrganisationTablesInSlices(
  feed: Feed,
  clusterIndexById: ReadonlyMap<string, number>,
  now: Date,
  options: { signal?: AbortSignal; sliceMilliseconds?: number } = {},
): Promise<OrganisationTables> {
  return runStepsInSlices(organisationTableSteps(feed, clusterIndexById, now), options);
}
