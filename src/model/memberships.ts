/**
 * Membership over time: a membership whose `until` has passed is a former one. Former members
 * are not counted as members, are listed apart, and feed the members-over-time chart.
 */

/** How many years the members-over-time chart goes back. */
const MAX_YEARS = 50;

/** A feed's partial date (`2012`, `"2012"`, `"2012-06"`, `"2012-06-30"`) as [year, month?, day?]. */
function parts(value: string | number | undefined): [number, number | undefined, number | undefined] | null {
  if (value === undefined) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value));
  if (!match) return null;
  return [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
}

/** The last day a partial date covers (2012 → 31 Dec 2012), at the end of that day, UTC. */
export function endOfPartialDate(value: string | number | undefined): number | null {
  const date = parts(value);
  if (!date) return null;
  const [year, month, day] = date;
  if (day !== undefined) return Date.UTC(year, month! - 1, day, 23, 59, 59, 999);
  if (month !== undefined) return Date.UTC(year, month, 0, 23, 59, 59, 999);
  return Date.UTC(year, 11, 31, 23, 59, 59, 999);
}

/** The year a partial date falls in. */
export function yearOf(value: string | number | undefined): number | null {
  return parts(value)?.[0] ?? null;
}

/** Whether a membership has ended by `now`. */
export function isFormer(membership: { until?: string | number | undefined }, now: Date): boolean {
  const end = endOfPartialDate(membership.until);
  return end !== null && end < now.getTime();
}

/**
 * Members per year, from memberships' `since` and `until`, for a cluster whose feed gives no
 * `members` indicator: a membership counts from its `since` year to its `until` year (or this
 * year). A former membership without `since` cannot be placed in time and is left out. A current
 * one without `since` leaves no series at all: the chart would end on fewer members than the
 * list beside it shows (one partner of 2009–2012 drawn, the one member of today not).
 */
export function membersOverTime(
  memberships: ReadonlyArray<{ since?: string | number | undefined; until?: string | number | undefined }>,
  now: Date,
): Array<{ period: string; value: number }> {
  const thisYear = now.getUTCFullYear();
  const spans: Array<[number, number]> = [];
  for (const membership of memberships) {
    const from = yearOf(membership.since);
    if (from === null && !isFormer(membership, now)) return [];
    if (from === null || from > thisYear) continue;
    const to = Math.min(yearOf(membership.until) ?? thisYear, thisYear);
    if (to >= from) spans.push([Math.max(from, thisYear - MAX_YEARS + 1), to]);
  }
  if (spans.length === 0) return [];
  let first = thisYear;
  for (const [from] of spans) first = Math.min(first, from);
  // At most the last half-century: a `since` of 1000 must not draw a thousand bars.
  first = Math.max(first, thisYear - MAX_YEARS + 1);
  // Counts by difference array: one pass over memberships, one over years.
  const years = thisYear - first + 1;
  const delta = new Int32Array(years + 1);
  for (const [from, to] of spans) {
    delta[from - first]! += 1;
    delta[to - first + 1]! -= 1;
  }
  const series: Array<{ period: string; value: number }> = [];
  let running = 0;
  for (let at = 0; at < years; at += 1) {
    running += delta[at]!;
    series.push({ period: String(first + at), value: running });
  }
  return series;
}
