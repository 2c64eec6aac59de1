/**
 * Turns zod's issues into Grappe problems. zod's own messages are not used: they are English
 * only, and zod keeps its error-map settings on a global shared with the host page.
 */
import type { FeedProblem, JsonPath, ProblemSeverity } from './problems.js';
import { jsonTypeOf } from './describe-value.js';

/** The parts of a zod issue we read (zod's types are internal; this is their stable shape). */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  pattern?: string;
  keys?: string[];
  errors?: ZodIssueLike[][];
}

/**
 * The form a patterned field expects, by the field's name: a keyword the catalogues spell out
 * in words (`partial-date` → "AAAA, AAAA-MM ou AAAA-MM-JJ"), never the regular expression.
 */
const FORMAT_OF_FIELD: Readonly<Record<string, string>> = {
  since: 'partial-date',
  until: 'partial-date',
  founded: 'partial-date',
  updated: 'date',
  color: 'colour',
  country: 'country',
  version: 'version',
  languages: 'language',
};

function formatName(path: readonly (string | number)[], format: string | undefined): string {
  for (let at = path.length - 1; at >= 0; at -= 1) {
    const key = path[at];
    if (typeof key === 'string')
      return Object.hasOwn(FORMAT_OF_FIELD, key)
        ? FORMAT_OF_FIELD[key]!
        : format === 'regex' || !format
          ? 'id'
          : format;
  }
  return format ?? 'id';
}

function toPath(path: PropertyKey[]): Array<string | number> {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

function readAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, segment)
      ? (value as Record<string | number, unknown>)[segment]
      : undefined;
  }
  return value;
}

function quote(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return jsonTypeOf(value);
}

/** The union branch that got furthest: the one whose issues are not a type mismatch at its root. */
function chooseBranch(issue: ZodIssueLike): ZodIssueLike[] | undefined {
  const branches = issue.errors ?? [];
  const matchedType = branches.filter(
    (issues) => !issues.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (matchedType.length === 0) return undefined;
  // Prefer the branch with the deepest issue: it understood more of the value.
  return matchedType.reduce((best, candidate) => (deepestPath(candidate) > deepestPath(best) ? candidate : best));
}

function isSwappedPosition(record: unknown, path: Array<string | number>): boolean {
  if (path.at(-2) !== 'coordinates') return false;
  const coordinates = readAt(record, path.slice(0, -1));
  if (!Array.isArray(coordinates)) return false;
  const [lon, lat] = coordinates as unknown[];
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Math.abs(lat) > 90 &&
    Math.abs(lat) <= 180 &&
    Math.abs(lon) <= 90
  );
}

/**
 * @param record the value that was validated (to quote offending values)
 * @param basePath where that value sits in the feed
 */
/**
 * The issues with union choices resolved: each with the full path of the value at fault, as
 * the lenient loader needs to remove just that value (`services[1]`, not all of `services`).
 */
export function flattenIssues(issues: readonly ZodIssueLike[]): ZodIssueLike[] {
  const out: ZodIssueLike[] = [];
  const visit = (issue: ZodIssueLike, prefix: PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = chooseBranch(issue);
      if (branch) {
        for (const inner of branch) visit(inner, path);
        return;
      }
    }
    out.push({ ...issue, path });
  };
  for (const issue of issues) visit(issue, []);
  return out;
}

export function problemsFromZodIssues(
  issues: readonly ZodIssueLike[],
  record: unknown,
  basePath: JsonPath,
  severity: ProblemSeverity = 'error',
): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const visit = (issue: ZodIssueLike, prefix: Array<string | number>) => {
    const localPath = [...prefix, ...toPath(issue.path)];
    const path = [...basePath, ...localPath];
    const value = readAt(record, localPath);
    switch (issue.code) {
      case 'invalid_union': {
        const branch = chooseBranch(issue);
        if (branch) {
          for (const inner of branch) visit(inner, localPath);
          return;
        }
        const expected = [...new Set((issue.errors ?? []).flat().map((inner) => inner.expected ?? '?'))];
        if (value === undefined) {
          problems.push({ severity, code: 'missing-field', path, params: { field: String(localPath.at(-1) ?? '') } });
        } else {
          problems.push({
            severity,
            code: 'invalid-type',
            path,
            params: { expected: expected.join(' | '), actual: jsonTypeOf(value) },
          });
        }
        return;
      }
      case 'invalid_type':
        if (value === undefined) {
          problems.push({ severity, code: 'missing-field', path, params: { field: String(localPath.at(-1) ?? '') } });
        } else {
          problems.push({
            severity,
            code: 'invalid-type',
            path,
            params: { expected: issue.expected ?? '?', actual: jsonTypeOf(value) },
          });
        }
        return;
      case 'invalid_value': {
        // A field that is not there (a point's `type`) is missing, not a value « undefined ».
        if (value === undefined) {
          problems.push({ severity, code: 'missing-field', path, params: { field: String(localPath.at(-1) ?? '') } });
          return;
        }
        const allowed = (issue.values ?? []).map(quote);
        problems.push({
          severity,
          code: allowed.length > 1 ? 'unknown-code' : 'invalid-value',
          path,
          params: { value: quote(value), expected: allowed.join(', ') },
        });
        return;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
          if (isSwappedPosition(record, localPath)) {
            problems.push({
              severity: 'warning',
              code: 'coordinates-swapped',
              path: [...basePath, ...localPath.slice(0, -1)],
            });
          }
          problems.push({
            severity,
            code: 'out-of-range',
            path,
            params: {
              value: quote(value),
              bound: small ? 'min' : 'max',
              limit: Number(small ? (issue.minimum ?? 0) : (issue.maximum ?? 0)),
            },
          });
          return;
        }
        const unit = issue.origin === 'string' ? 'characters' : 'items';
        problems.push(
          small
            ? { severity, code: 'too-short', path, params: { min: Number(issue.minimum ?? 0), unit } }
            : { severity, code: 'too-long', path, params: { max: Number(issue.maximum ?? 0), unit } },
        );
        return;
      }
      case 'invalid_format':
        problems.push({
          severity,
          code: 'invalid-format',
          path,
          params: {
            value: quote(value),
            expected: formatName(path, issue.format),
          },
        });
        return;
      case 'invalid_key':
        problems.push({
          severity,
          code: 'invalid-format',
          path,
          params: { value: quote(localPath.at(-1)), expected: 'key' },
        });
        return;
      default:
        problems.push({ severity, code: 'invalid-value', path, params: { value: quote(value) } });
    }
  };
  for (const issue of issues) visit(issue, []);
  return problems;
}

/** The longest path among issues (a loop: no spread of a list of unknown length into arguments). */
function deepestPath(issues: ReadonlyArray<{ path: readonly unknown[] }>): number {
  let deepest = 0;
  for (const issue of issues) if (issue.path.length > deepest) deepest = issue.path.length;
  return deepest;
}
