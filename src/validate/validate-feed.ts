/**
 * Validation of a Grappe feed: one code path for the command line (strict: every problem, and
 * the feed is valid only without errors) and for the browser (lenient: invalid records are
 * dropped, valid ones kept, every problem reported with its JSON path).
 *
 * Records are validated one by one, so a broken record costs only itself, and so the work can
 * be cut into slices that never block a page (`validateFeedAsync`).
 */
import {
  FEED_FORMAT,
  FEED_VERSION,
  RECORD_COLLECTIONS,
  SUPPORTED_MAJOR_VERSION,
  feedHeaderSchema,
  recordSchemas,
  type Feed,
  type FeedHeader,
  type LocalisedText,
  type RecordCollection,
} from '../schema/feed-schema.js';
import { limitTexts } from './text-limits.js';
import { feedBaseUrl } from '../text/sanitise-url.js';
import { resolveText } from '../text/localised-text.js';
import { describeValue, jsonTypeOf } from './describe-value.js';
import { ProblemCollector } from './problem-collector.js';
import type { FeedProblem, JsonPath } from './problems.js';
import { runSemanticChecks } from './semantic-checks.js';
import { FAST_ACCEPT } from './fast-accept.js';
import { flattenIssues, problemsFromZodIssues, type ZodIssueLike } from './zod-issues.js';
import { runSteps, runStepsInSlices, yieldToPage } from './yield-to-page.js';

export { yieldToPage };

export type ValidationMode = 'strict' | 'lenient';

export interface ValidationOptions {
  mode?: ValidationMode;
  /** "Now", for the checks on `updated` (tests fix it). */
  now?: Date;
  /** Where the feed came from; resolves relative URLs and is stamped on problems. */
  source?: string;
}

export interface CollectionCounts {
  /** Records in the input. */
  total: number;
  /** Records kept. */
  kept: number;
}

export interface ValidationResult {
  mode: ValidationMode;
  /** The records that passed, or null when the input cannot be read as a feed at all. */
  feed: Feed | null;
  problems: FeedProblem[];
  /** True when no problem is an error: what strict mode (the CLI) requires. */
  valid: boolean;
  counts: Record<RecordCollection, CollectionCounts>;
}

/** Fields a record cannot lose and stay meaningful: failing one drops the record. */
const REQUIRED_FIELDS: Record<RecordCollection, readonly string[]> = {
  taxonomies: ['id', 'label'],
  territories: ['id', 'name'],
  clusters: ['id', 'name'],
  organisations: ['id', 'name'],
  memberships: ['cluster', 'organisation'],
  cooperations: ['id', 'clusters'],
  networks: ['id', 'name', 'clusters'],
};

const PARSE_CONTEXT = { jitless: true, reportInput: false } as const;
const SALVAGE_ROUNDS = 3;
/**
 * Work between two looks at the time slice, in records accepted at once; a record read by zod
 * counts for `ZOD_WEIGHT` of them (0.1 ms and more without zod's compiled checks, which a strict
 * CSP forbids: 256 clusters in a row made a step of 30–50 ms).
 */
const RECORDS_PER_STEP = 256;
const ZOD_WEIGHT = 16;

interface SchemaLike {
  safeParse(
    value: unknown,
    context?: object,
  ): { success: true; data: unknown } | { success: false; error: { issues: ZodIssueLike[] } };
  def: { shape?: Record<string, unknown> };
}

function shapeKeys(schema: SchemaLike): Set<string> {
  return new Set(Object.keys(schema.def.shape ?? {}));
}

/**
 * Removes from a copy of the record the values the issues point at: an array item when the
 * issue is inside a list, otherwise the whole optional field. Returns null when a required field
 * is at fault (the record cannot be saved).
 */
function withoutFaultyValues(
  record: Record<string, unknown>,
  issues: readonly ZodIssueLike[],
  required: readonly string[],
): { record: Record<string, unknown>; faultyField?: string } | null {
  const copy: Record<string, unknown> = { ...record };
  const removals = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [field, index] = issue.path;
    if (typeof field !== 'string') return null;
    if (required.includes(field)) return { record: copy, faultyField: field };
    const value = copy[field];
    if (Array.isArray(value) && typeof index === 'number' && issue.path.length >= 2) {
      const indexes = removals.get(field) ?? new Set<number>();
      indexes.add(index);
      removals.set(field, indexes);
    } else {
      delete copy[field];
    }
  }
  for (const [field, indexes] of removals) {
    const value = copy[field];
    if (Array.isArray(value)) copy[field] = value.filter((_, index) => !indexes.has(index));
  }
  return { record: copy };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface RecordOutcome {
  value: unknown | null;
}

function validateRecord(
  schema: SchemaLike,
  raw: unknown,
  path: JsonPath,
  collection: RecordCollection | 'publisher',
  required: readonly string[],
  collector: ProblemCollector,
): RecordOutcome {
  const first = schema.safeParse(raw, PARSE_CONTEXT);
  if (first.success) return { value: first.data };
  collector.addAll(problemsFromZodIssues(first.error.issues, raw, path));
  if (!isPlainObject(raw)) {
    collector.add({ severity: 'error', code: 'record-dropped', path, params: { kind: collection, field: '*' } });
    return { value: null };
  }
  let candidate: Record<string, unknown> = raw;
  let issues = flattenIssues(first.error.issues);
  for (let round = 0; round < SALVAGE_ROUNDS; round += 1) {
    const salvaged = withoutFaultyValues(candidate, issues, required);
    if (salvaged === null || salvaged.faultyField !== undefined) {
      collector.add({
        severity: 'error',
        code: 'record-dropped',
        path,
        params: { kind: collection, field: salvaged?.faultyField ?? '*' },
      });
      return { value: null };
    }
    candidate = salvaged.record;
    const retry = schema.safeParse(candidate, PARSE_CONTEXT);
    if (retry.success) return { value: retry.data };
    issues = flattenIssues(retry.error.issues);
  }
  collector.add({ severity: 'error', code: 'record-dropped', path, params: { kind: collection, field: '*' } });
  return { value: null };
}

function reportUnknownFields(
  raw: unknown,
  known: Set<string>,
  path: JsonPath,
  collection: string,
  collector: ProblemCollector,
): void {
  if (!isPlainObject(raw)) return;
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      collector.addAggregated('unknown-field', `${collection}.${key}`, {
        severity: 'warning',
        code: 'unknown-field',
        path: [...path, key],
        params: { field: key },
      });
  }
}

function parseVersion(version: unknown): { major: number; minor: number } | null {
  if (typeof version !== 'string') return null;
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

/**
 * The validation as a sequence of steps: each `yield` is a point where the caller may hand the
 * main thread back to the page.
 */
export function* validationSteps(input: unknown, options: ValidationOptions = {}): Generator<number, ValidationResult> {
  const mode = options.mode ?? 'lenient';
  const collector = new ProblemCollector(options.source);
  const counts = Object.fromEntries(RECORD_COLLECTIONS.map((name) => [name, { total: 0, kept: 0 }])) as Record<
    RecordCollection,
    CollectionCounts
  >;
  const origins = Object.fromEntries(RECORD_COLLECTIONS.map((name) => [name, [] as number[]])) as Record<
    RecordCollection,
    number[]
  >;
  const finish = (feed: Feed | null): ValidationResult => {
    const problems = namedAfterTheirRecords(collector.problems(), input);
    const hasError = problems.some((problem) => problem.severity === 'error');
    // Strict and lenient find the same problems; strict callers refuse the feed when `valid` is false.
    return { mode, feed, problems, valid: feed !== null && !hasError, counts };
  };

  if (!isPlainObject(input)) {
    collector.add({ severity: 'error', code: 'wrong-top-level-type', path: [], params: { actual: jsonTypeOf(input) } });
    return finish(null);
  }

  // The header: format and version decide whether the rest can be read at all.
  if (input['format'] === undefined) {
    collector.add({ severity: 'error', code: 'missing-format', path: ['format'] });
    // Without `format` nor a list of clusters, this is some other JSON document (GeoJSON, say).
    if (!Array.isArray(input['clusters'])) return finish(null);
  } else if (input['format'] !== FEED_FORMAT) {
    collector.add({
      severity: 'error',
      code: 'wrong-format',
      path: ['format'],
      params: { value: String(input['format']) },
    });
    return finish(null);
  }
  const version = parseVersion(input['version']);
  if (input['version'] === undefined) {
    collector.add({ severity: 'error', code: 'missing-version', path: ['version'], params: { version: FEED_VERSION } });
  } else if (!version || version.major !== SUPPORTED_MAJOR_VERSION) {
    collector.add({
      severity: 'error',
      code: 'unsupported-version',
      path: ['version'],
      params: { version: String(input['version']) },
    });
    return finish(null);
  } else if (version.minor > Number(FEED_VERSION.split('.')[1])) {
    collector.add({
      severity: 'notice',
      code: 'newer-minor-version',
      path: ['version'],
      params: { version: String(input['version']), supported: FEED_VERSION },
    });
  }

  const headerInput: Record<string, unknown> = { format: FEED_FORMAT, version: FEED_VERSION };
  for (const key of Object.keys(feedHeaderSchema.def.shape)) {
    if (key in input && key !== 'format' && !(key === 'version' && input['version'] === undefined))
      headerInput[key] = input[key];
  }
  const headerOutcome = validateRecord(
    feedHeaderSchema as unknown as SchemaLike,
    headerInput,
    [],
    'publisher',
    ['format', 'version'],
    collector,
  );
  let header = headerOutcome.value as FeedHeader | null;
  if (header === null || header.publisher === undefined) {
    // A feed without a usable publisher still shows its clusters; the publisher is reported.
    header = { format: FEED_FORMAT, version: FEED_VERSION, publisher: { id: 'unknown-publisher', name: '' } };
  }
  const knownTopLevel = new Set([...Object.keys(feedHeaderSchema.def.shape), ...RECORD_COLLECTIONS]);
  for (const key of Object.keys(input)) {
    if (!knownTopLevel.has(key))
      collector.add({ severity: 'warning', code: 'unknown-field', path: [key], params: { field: key } });
  }

  const limitedHeader: Record<string, unknown> = { ...header };
  for (const key of Object.keys(limitedHeader)) limitedHeader[key] = limitTexts(limitedHeader[key], [], key, collector);
  header = limitedHeader as FeedHeader;
  const feed: Feed = { ...header, clusters: [] };
  // Records of the collections before this one: each step says the records checked in all.
  let checkedBefore = 0;
  let work = 0;
  for (const collection of RECORD_COLLECTIONS) {
    const records = input[collection];
    if (records === undefined) {
      if (collection === 'clusters')
        collector.add({ severity: 'error', code: 'missing-field', path: ['clusters'], params: { field: 'clusters' } });
      continue;
    }
    if (!Array.isArray(records)) {
      collector.add({ severity: 'error', code: 'not-an-array', path: [collection] });
      continue;
    }
    const schema = recordSchemas[collection] as unknown as SchemaLike;
    const known = shapeKeys(schema);
    const required = REQUIRED_FIELDS[collection];
    const kept: unknown[] = [];
    const keptOrigins = origins[collection];
    const fastAccept = FAST_ACCEPT[collection];
    counts[collection].total = records.length;
    for (let index = 0; index < records.length; index += 1) {
      // The common record, certainly valid with texts the limits keep, is kept at once. Others:
      // texts and lists are capped before the schema reads them (200,000 indicator values are
      // cut to 1,000 first, not parsed and then cut), a copy when something changed.
      const given: unknown = records[index];
      const accepted = fastAccept?.(given) === true;
      const raw: unknown = accepted ? given : limitTexts(given, [collection], index, collector);
      if (accepted || (raw !== given && fastAccept?.(raw))) {
        // Certainly valid, every key known: kept as parsed.
        kept.push(raw);
        keptOrigins.push(index);
        work += 1;
      } else {
        const path = [collection, index];
        const outcome = validateRecord(schema, raw, path, collection, required, collector);
        if (outcome.value !== null) {
          reportUnknownFields(raw, known, path, collection, collector);
          kept.push(outcome.value);
          keptOrigins.push(index);
        }
        work += ZOD_WEIGHT;
      }
      if (work >= RECORDS_PER_STEP) {
        work = 0;
        yield checkedBefore + index + 1;
      }
    }
    (feed as unknown as Record<string, unknown[]>)[collection] = kept;
    checkedBefore += records.length;
  }

  const base = feedBaseUrl(options.source);
  yield* runSemanticChecks(feed, collector, {
    now: options.now ?? new Date(),
    origins,
    ...(base ? { base } : {}),
  });
  for (const collection of RECORD_COLLECTIONS) {
    counts[collection].kept = (feed[collection] as unknown[] | undefined)?.length ?? 0;
  }
  return finish(feed);
}

/** Validates at once (the command line, tests, small feeds). */
export function validateFeed(input: unknown, options: ValidationOptions = {}): ValidationResult {
  return runSteps(validationSteps(input, options));
}

export interface AsyncValidationOptions extends ValidationOptions {
  signal?: AbortSignal;
  /** Longest slice of main-thread work, in milliseconds, before the page gets a turn. */
  sliceMilliseconds?: number;
  /** Called between slices with the number of records checked so far. */
  onProgress?: (recordsChecked: number) => void;
  /**
   * Least time between two calls of `onProgress`, in milliseconds (default 250). A count is read,
   * not watched, and each one a page shows re-renders every element's status and paints a frame:
   * at every pause, that was some 6 % of a 100,000-organisation feed's load (`npm run bench`).
   */
  progressIntervalMs?: number;
}

const PROGRESS_INTERVAL_MS = 250;

/** Validates in slices of a few milliseconds, so that a large feed never freezes the page. */
export async function validateFeedAsync(
  input: unknown,
  options: AsyncValidationOptions = {},
): Promise<ValidationResult> {
  const { onProgress, progressIntervalMs = PROGRESS_INTERVAL_MS } = options;
  // The count only grows: the checks after the records' own (references, duplicates) step
  // through them again, and say where they are, not how many are checked.
  let checked = 0;
  let toldAt = -Infinity;
  return runStepsInSlices(validationSteps(input, options), {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.sliceMilliseconds ? { sliceMilliseconds: options.sliceMilliseconds } : {}),
    ...(onProgress
      ? {
          onPause: (step: number) => {
            if (step <= checked || performance.now() - toldAt < progressIntervalMs) return;
            checked = step;
            toldAt = performance.now();
            onProgress(step);
          },
        }
      : {}),
  });
}

/** Problems that sum up several records: the record their path points to is only the first. */
const SUMMING_UP: ReadonlySet<string> = new Set(['recommended-missing', 'too-many-problems']);

/**
 * Each problem inside a record with that record's name, read from the input (problems' paths
 * are the input's): the collector keeps a bounded number of problems, and each record's name is
 * read once, however many problems it has.
 */
function namedAfterTheirRecords(problems: FeedProblem[], input: unknown): FeedProblem[] {
  if (!isPlainObject(input)) return problems;
  // A name given in several languages is shown in the feed's first one, as its records are.
  const languages = input['languages'];
  const preferred = Array.isArray(languages) && typeof languages[0] === 'string' ? languages[0] : 'fr';
  const names = new Map<string, string | undefined>();
  const nameOf = (collection: string, index: number): string | undefined => {
    const key = `${collection}\u0000${index}`;
    if (!names.has(key)) {
      const records = Object.hasOwn(input, collection) ? input[collection] : undefined;
      const record = Array.isArray(records) ? (records[index] as unknown) : undefined;
      names.set(key, isPlainObject(record) ? nameText(record['name'], preferred) : undefined);
    }
    return names.get(key);
  };
  return problems.map((problem) => {
    const [collection, index] = problem.path;
    if (typeof collection !== 'string' || typeof index !== 'number') return problem;
    if (!(RECORD_COLLECTIONS as readonly string[]).includes(collection)) return problem;
    if (SUMMING_UP.has(problem.code) || problem.params?.['count'] !== undefined) return problem;
    const name = nameOf(collection, index);
    return name ? { ...problem, record: name } : problem;
  });
}

/** Characters of a name read to show it (it is shown cut to 80): a 40 MB name is not read whole. */
const NAME_READ = 200;

/** A record's name as text, on one line and short, in the `preferred` language when it has several. */
function nameText(name: unknown, preferred: string): string | undefined {
  if (typeof name !== 'string' && !isPlainObject(name)) return undefined;
  const text: unknown = resolveText(name as LocalisedText, preferred, preferred);
  const shown = typeof text === 'string' ? describeValue(text.slice(0, NAME_READ).trim()).trim() : '';
  return shown === '' ? undefined : shown;
}
