/**
 * What the validator already knows once it has checked a feed's memberships: where each
 * organisation stands in its list, and which organisation each kept membership names. The index
 * (model/organisation-tables.ts) needs the same, and looking 100,000 ids up again in a map of
 * 100,000 took it some 40 ms of a 100,000-organisation feed's load (node).
 *
 * The validator leaves it on the memberships list it returns, under a registered symbol (the
 * validator and the index may be in different bundles: the feed reader's file and the embed),
 * not enumerable: JSON, spreads and structured clones leave it out. The index takes it only for
 * those very lists, still as long as they were; any other list (merged feeds, members files, a
 * feed that crossed from a worker) is looked up again.
 */
const RESOLVED = Symbol.for('grappe.resolved');

export interface ResolvedMemberships {
  /** The organisations list the indexes below point into. */
  organisations: readonly unknown[];
  /** Each organisation's index in `organisations`, by id. */
  indexById: Map<string, number>;
  /** For each membership, its organisation's index in `organisations`. */
  organisationOf: Int32Array;
}

/** Leaves what was resolved on the memberships list the validator returns. */
export function leaveResolvedMemberships(memberships: unknown[], resolved: ResolvedMemberships): void {
  Object.defineProperty(memberships, RESOLVED, { value: resolved, configurable: true });
}

/** What the validator resolved for these very lists, unchanged since; undefined otherwise. */
export function resolvedMemberships(
  organisations: readonly unknown[],
  memberships: readonly unknown[],
): ResolvedMemberships | undefined {
  const resolved = (memberships as { [RESOLVED]?: ResolvedMemberships })[RESOLVED];
  return resolved?.organisations === organisations &&
    resolved.indexById.size === organisations.length &&
    resolved.organisationOf.length === memberships.length
    ? resolved
    : undefined;
}
