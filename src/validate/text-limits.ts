/**
 * Every text of a feed, made safe to render: a lone surrogate (which makes `encodeURI` throw)
 * is replaced by U+FFFD, and a text or a list longer than its field's maximum is cut, each with
 * a warning that says where. The record is kept either way. Records are copied where they change, never
 * mutated: a feed given as an object belongs to the page.
 */
import type { ProblemCollector } from './problem-collector.js';
import type { JsonPath } from './problems.js';

/** The longest text each field may hold (FORMAT.md, "Limits"); other texts: `DEFAULT_MAX`. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  email: 254,
  website: 2048,
  logo: 2048,
  url: 2048,
  membersHref: 2048,
  howTo: 2048,
  id: 200,
  name: 500,
  shortName: 500,
  label: 500,
  title: 500,
  college: 500,
  funder: 500,
  legalForm: 500,
  phone: 100,
  description: 20_000,
};
export const DEFAULT_MAX = 2_000;

/**
 * The longest list a record's field may hold (FORMAT.md, "Limits"); other lists:
 * `DEFAULT_LIST_MAX`. Past it the list is cut, with a warning: 200,000 values of one indicator
 * would otherwise become 200,000 bars. Coordinates are the geometry's business, never cut.
 */
export const LIST_LIMITS: Readonly<Record<string, number>> = {
  indicators: 1_000,
  territories: 5_000,
  clusters: 5_000,
  values: 50_000,
  identifiers: 50,
  labels: 200,
};
export const DEFAULT_LIST_MAX = 1_000;
const UNCAPPED_LISTS: ReadonlySet<string> = new Set(['coordinates', 'geometries']);

/** Nested objects deeper than this are the schema's business (it refuses them), not this walk's. */
const MAX_WALK_DEPTH = 8;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Any surrogate at all: a text without one (nearly every text) is well-formed. Asked first, as
 * the native check through `call` took Chromium some 50 ms for the 600,000 texts of a
 * 100,000-organisation feed, against 10 to 25 ms for this pattern.
 */
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** The runtime's own check, where it has one (read once: the fast path asks it of every text). */
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

function isWellFormed(text: string): boolean {
  if (!ANY_SURROGATE.test(text)) return true;
  return nativeIsWellFormed ? nativeIsWellFormed.call(text) : !LONE_SURROGATE.test(text);
}

function toWellFormed(text: string): string {
  const native = (text as string & { toWellFormed?: () => string }).toWellFormed;
  return native ? native.call(text) : text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/**
 * Whether `limitTexts` leaves this text of field `key` as it is: short enough and well-formed.
 * The validator's fast path (fast-accept.ts) asks it of every text, so as not to walk the record
 * a second time.
 */
export function textKept(text: string, key: string): boolean {
  return text.length <= limitOf(key, undefined) && isWellFormed(text);
}

/**
 * `TEXT_LIMITS` as a map: looked up for every text of a feed (a million at 100,000
 * organisations), where `Object.hasOwn` and a read took some 40 % longer (node, 3 million calls).
 */
const LIMIT_OF_KEY: ReadonlyMap<string | number | undefined, number> = new Map(Object.entries(TEXT_LIMITS));

/** The limit of a field, from its own key or, in a language map (`name.fr`), its parent's. */
function limitOf(key: string | number | undefined, parentKey: string | number | undefined): number {
  return LIMIT_OF_KEY.get(key) ?? LIMIT_OF_KEY.get(parentKey) ?? DEFAULT_MAX;
}

/** Cuts at `max` UTF-16 units, not inside a surrogate pair. */
function cut(text: string, max: number): string {
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A value with its texts repaired and capped; the same value when nothing changed (so that
 * unchanged records are not copied). `parent` and `key` say where it sits; the path is only
 * built for a problem (a 100,000-record feed walks millions of texts).
 */
export function limitTexts(
  value: unknown,
  parent: JsonPath,
  key: string | number,
  collector: ProblemCollector,
  parentKey?: string | number,
  depth = 0,
): unknown {
  // One path for the whole walk, pushed and popped: no array per object visited.
  return limitWithin(value, [...parent], key, collector, parentKey, depth);
}

function limitWithin(
  value: unknown,
  path: Array<string | number>,
  key: string | number,
  collector: ProblemCollector,
  parentKey: string | number | undefined,
  depth: number,
): unknown {
  if (typeof value === 'string') {
    const max = limitOf(key, parentKey);
    if (value.length <= max && isWellFormed(value)) return value;
    const where = [...path, key];
    let text = value;
    if (!isWellFormed(text)) {
      text = toWellFormed(text);
      collector.add({ severity: 'warning', code: 'text-repaired', path: where });
    }
    if (text.length > max) {
      collector.add({ severity: 'warning', code: 'text-truncated', path: where, params: { length: text.length, max } });
      text = cut(text, max);
    }
    return text;
  }
  if (depth >= MAX_WALK_DEPTH || value === null || typeof value !== 'object') return value;
  path.push(key);
  try {
    if (Array.isArray(value)) {
      let list: readonly unknown[] = value;
      let copy: unknown[] | undefined;
      if (typeof key === 'string' && !UNCAPPED_LISTS.has(key)) {
        const max = Object.hasOwn(LIST_LIMITS, key) ? LIST_LIMITS[key]! : DEFAULT_LIST_MAX;
        if (list.length > max) {
          collector.add({
            severity: 'warning',
            code: 'list-truncated',
            path: [...path],
            params: { length: list.length, max },
          });
          list = copy = list.slice(0, max);
        }
      }
      for (let index = 0; index < list.length; index += 1) {
        const item: unknown = list[index];
        // Only texts and objects can change; numbers (coordinates) are skipped without a call.
        if (typeof item !== 'string' && (item === null || typeof item !== 'object')) continue;
        const limited = limitWithin(item, path, index, collector, key, depth + 1);
        if (limited !== item) (copy ??= list.slice())[index] = limited;
      }
      return copy ?? value;
    }
    let copy: Record<string, unknown> | undefined;
    const record = value as Record<string, unknown>;
    for (const field of Object.keys(record)) {
      const item = record[field];
      if (typeof item !== 'string' && (item === null || typeof item !== 'object')) continue;
      const limited = limitWithin(item, path, field, collector, key, depth + 1);
      if (limited !== item) (copy ??= { ...record })[field] = limited;
    }
    return copy ?? value;
  } finally {
    path.pop();
  }
}
