/**
 * Problems found in a feed: what the validator reports to publishers and what the components
 * list in their problems panel. Plain data, so they cross events, workers and JSON output.
 */

export type ProblemSeverity = 'error' | 'warning' | 'notice';

/** JSON path segments from the root of the feed: `['clusters', 3, 'location']`. */
export type JsonPath = ReadonlyArray<string | number>;

export type ProblemCode =
  | 'not-json'
  | 'wrong-top-level-type'
  | 'wrong-format'
  | 'missing-format'
  | 'missing-version'
  | 'unsupported-version'
  | 'newer-minor-version'
  | 'not-an-array'
  | 'missing-field'
  | 'invalid-type'
  | 'invalid-value'
  | 'unknown-code'
  | 'too-short'
  | 'too-long'
  | 'out-of-range'
  | 'invalid-format'
  | 'unknown-field'
  | 'record-dropped'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'coordinates-swapped'
  | 'updated-in-future'
  | 'updated-stale'
  | 'unsafe-url'
  | 'invalid-check-digit'
  | 'ring-not-closed'
  | 'self-intersection'
  | 'recommended-missing'
  | 'too-deep'
  | 'duplicate-reference'
  | 'text-truncated'
  | 'list-truncated'
  | 'text-repaired'
  | 'taxonomy-too-deep'
  | 'territory-too-deep'
  | 'indicator-without-period'
  | 'ends-before-start'
  | 'members-origin-refused'
  | 'publisher-id-shared'
  | 'merge-collision'
  | 'too-many-problems';

export interface FeedProblem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** Where, from the root of the feed. */
  path: JsonPath;
  /** Values the message quotes (the offending value, the expected codes, a count…). */
  params?: Readonly<Record<string, string | number>>;
  /** The feed URL, when several feeds are loaded together. */
  source?: string;
  /**
   * The name of the record the problem is in, as the feed gives it (on one line, cut to 80 characters), so
   * that a reader finds it without counting records: « ViaMeca » for `$.clusters[7].indicators[4]`.
   * Absent for problems about the feed itself or summing up several records.
   */
  record?: string;
}

/** `['clusters', 3, 'name', 'fr']` → `$.clusters[3].name.fr` (JSONPath, as publishers' tools show it). */
export function formatJsonPath(path: JsonPath): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export function countBySeverity(problems: readonly FeedProblem[]): Record<ProblemSeverity, number> {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}
