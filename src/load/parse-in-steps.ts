/**
 * `JSON.parse` of a feed in steps, so that the page answers while a large feed is parsed: one
 * `JSON.parse` of 23 MB (100,000 organisations) is a task of some 250 ms, 900 ms at 300,000.
 *
 * A first pass finds the feed's long lists (its record collections) and where each record in
 * them begins and ends; the rest of the feed, those lists left empty, is parsed at once (it is
 * small), then the lists a few thousand records at a time, each run by the native `JSON.parse`.
 * The text is valid JSON exactly when every piece is (the commas between pieces are found by the
 * first pass), so a broken file fails as it would in one `JSON.parse`; the result is the same
 * value, record for record.
 *
 * Reading every character of the long lists was most of the first pass's time. Inside a long
 * list, once a few records have been read, it leaps: it looks some way ahead for what looks like
 * the end of a record and the start of the next (`}`, a comma, `{`, white space between), and
 * gives the records before it to `JSON.parse` at once. Such a cut may fall inside a text or a
 * nested object; then those records, wrapped in brackets, are not JSON, because they begin where
 * a record begins and their end cuts into one, and the pass goes back to reading that list
 * character by character from the last cut it knows. A run that parses proves its cut: the
 * same characters read from the same point end where a record ends. No leap is ever taken on
 * trust, so the result and the failures are those of one `JSON.parse`.
 */
import { RECORD_COLLECTIONS } from '../schema/feed-schema.js';

/** Lists this long or longer are parsed apart, in runs of `RECORDS_PER_RUN`. */
const SPLIT_FROM = 4000;
const RECORDS_PER_RUN = 2000;
/** Characters the first pass reads, or leaps over and parses, between two steps (a few milliseconds). */
const CHARACTERS_PER_STEP = 1 << 18;
/**
 * How far ahead a leap looks for the end of a record, in characters (some 500 records of a
 * feed); it looks up to twice as far. A list is read this far one by one before its first leap
 * and after each failed one, so failed leaps never cost more than a few times what was read by
 * hand: the pass stays linear, whatever the text.
 */
const LEAP = 1 << 17;
/** Seams tried in one leap before it fails (a nested list of objects has seams of its own). */
const SEAMS_PER_LEAP = 3;

/** How the first pass leaps (tests make it leap by a few characters, to try every cut). */
export interface LeapOptions {
  leap?: number;
  /** Counts the characters parsed by leaps (tests check that the pass leaps where it can). */
  counted?: { leapt: number };
}

const SPLITTABLE: ReadonlySet<string> = new Set(RECORD_COLLECTIONS);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * A top-level list found by the first pass: its key, the offsets of its brackets, the records its
 * leaps parsed, then the offsets of the commas it read one by one, from `tail` on.
 */
interface ListSpan {
  key: string;
  open: number;
  close: number;
  /** Runs of records parsed by leaps, in order, from the list's start to `tail`. */
  leapt: unknown[][];
  /** Where the records read one by one begin: the list's bracket, or the comma of the last leap. */
  tail: number;
  commas: number[];
  /** Where reading one by one began: the list's bracket, or the comma where a leap failed. */
  handFrom: number;
  /** Whether the last leap landed (the next comma leaps at once). */
  landed: boolean;
  /**
   * How its records begin, up to their first key's closing quote (`{"id"`): a seam is a `}`, a
   * comma and this. Not looked for yet (undefined), or none (null: records that are not objects).
   */
  recordStart: string | null | undefined;
}

/** Parses `text` as `JSON.parse` would, yielding between steps; throws its `SyntaxError` if it is not JSON. */
export function* parseJsonInSteps(text: string, leapOptions: LeapOptions = {}): Generator<number, unknown> {
  const lists = yield* findLongLists(text, leapOptions);
  if (lists === null || lists.length === 0) return JSON.parse(text);
  // The feed without its long lists: the text between them, each list left as `[]`.
  let skeleton = '';
  let from = 0;
  for (const list of lists) {
    skeleton += text.slice(from, list.open + 1);
    from = list.close;
  }
  skeleton += text.slice(from);
  const feed = JSON.parse(skeleton) as Record<string, unknown>;
  yield 0;
  for (const list of lists) {
    const records: unknown[] = [];
    for (const run of list.leapt) for (const record of run) records.push(record);
    const bounds = [list.tail, ...list.commas, list.close];
    for (let first = 0; first < bounds.length - 1; first += RECORDS_PER_RUN) {
      const last = Math.min(first + RECORDS_PER_RUN, bounds.length - 1);
      const run = JSON.parse(`[${text.slice(bounds[first]! + 1, bounds[last])}]`) as unknown[];
      for (const record of run) records.push(record);
      yield records.length;
    }
    // Only the record collections' names, own properties set on a plain object from JSON.parse.
    feed[list.key] = records;
  }
  return feed;
}

/**
 * The long lists at the top level of the object `text` holds (the last of each key, as
 * `JSON.parse` keeps the last); null when the text is not an object with plain structure at the
 * top (then one `JSON.parse` decides, and says what is wrong).
 */
function* findLongLists(text: string, leapOptions: LeapOptions): Generator<number, ListSpan[] | null> {
  const scanner = new ListScanner(text, Math.max(1, leapOptions.leap ?? LEAP), leapOptions.counted);
  if (text.charCodeAt(scanner.at) !== OPEN_BRACE) return null;
  // The reading itself is a plain method, not this generator: V8 optimises a long loop in a
  // running function more readily than in a generator (some 15 % here, in node).
  for (let from = scanner.at; from < text.length; from = scanner.at) {
    if (!scanner.scan(Math.min(text.length, from + CHARACTERS_PER_STEP))) return null;
    if (scanner.at < text.length) yield scanner.at;
  }
  if (scanner.depth !== 0) return null;
  return [...scanner.found.values()].sort((a, b) => a.open - b.open);
}

/** The first pass's reading state, kept from one step to the next. */
class ListScanner {
  at = 0;
  depth = 0;
  readonly found = new Map<string, ListSpan>();
  /** Where the last string at depth 1 began and ended (a key, when a colon follows it). */
  private lastStringStart = -1;
  private lastStringEnd = -1;
  private key: string | null = null;
  private current: ListSpan | null = null;

  /** Starts past the white space before the top-level value. */
  constructor(
    private readonly text: string,
    private readonly leap: number,
    private readonly counted: { leapt: number } | undefined,
  ) {
    while (this.at < text.length && isSpace(text.charCodeAt(this.at))) this.at += 1;
  }

  /** Reads up to `end` (or to the end of a string that crosses it); false when the structure is broken. */
  scan(end: number): boolean {
    const text = this.text;
    let { at, depth } = this;
    for (; at < end; at += 1) {
      const code = text.charCodeAt(at);
      switch (code) {
        case QUOTE: {
          // Most of a feed is text inside strings: the closing quote is found by the native
          // search, then checked for an odd run of backslashes before it (an escaped quote).
          // Each backslash is counted once, before the one quote it precedes: linear time.
          let close = text.indexOf('"', at + 1);
          while (close !== -1 && backslashesBefore(text, close) % 2 === 1) close = text.indexOf('"', close + 1);
          if (close === -1) {
            // Unterminated: JSON.parse says where.
            this.at = text.length;
            return false;
          }
          if (depth === 1) {
            this.lastStringStart = at;
            this.lastStringEnd = close + 1;
          }
          at = close;
          break;
        }
        case COLON:
          if (depth === 1) {
            const key = JSON.parse(text.slice(this.lastStringStart, this.lastStringEnd)) as string;
            // A key given again: its last value is the one kept, whatever it is.
            this.found.delete(key);
            this.key = key;
          }
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          depth += 1;
          if (depth === 2 && code === OPEN_BRACKET && this.key !== null && SPLITTABLE.has(this.key))
            this.current = {
              key: this.key,
              open: at,
              close: -1,
              leapt: [],
              tail: at,
              commas: [],
              handFrom: at,
              landed: false,
              recordStart: undefined,
            };
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET: {
          depth -= 1;
          const current = this.current;
          if (depth === 1 && current) {
            current.close = at;
            // The last list of a key is the one JSON.parse keeps; short ones stay in the skeleton.
            this.found.delete(current.key);
            if (current.leapt.length > 0 || current.commas.length + 1 >= SPLIT_FROM)
              this.found.set(current.key, current);
            this.current = null;
          }
          if (depth < 0) return false;
          break;
        }
        case COMMA: {
          const current = this.current;
          if (depth === 2 && current) {
            const ready = current.landed || at - current.handFrom >= this.leap;
            const landed = ready ? this.leapFrom(at, end) : -1;
            if (landed < 0) current.commas.push(at);
            else at = landed; // the comma after the last record parsed; reading goes on past it
          } else if (depth === 1) this.key = null;
          break;
        }
      }
    }
    this.at = at;
    this.depth = depth;
    return true;
  }

  /**
   * Leaps from the comma at `from` (the current list's, records read one by one up to it), as
   * long as each leap's records parse, and until the reading passes `end`. Gives the comma after
   * the last record parsed, and starts the list's tail there; -1 when the first leap failed.
   */
  private leapFrom(from: number, end: number): number {
    const current = this.current!;
    current.recordStart ??= recordStartOf(this.text, current.open);
    let landed = -1;
    let start = from;
    while (current.recordStart !== null && start < end) {
      const run = this.leapRun(start, current.recordStart);
      if (run === null) break;
      if (landed === -1) {
        // The records read one by one up to here become a run of their own: the tail starts anew.
        // As many as their commas say, one more: a comma right after the bracket (`[,`) leaves
        // nothing before it, which `[]` would take for no record at all.
        const before = JSON.parse(`[${this.text.slice(current.tail + 1, from)}]`) as unknown[];
        if (before.length !== current.commas.length + 1) throw new SyntaxError('Unexpected token , in JSON');
        current.leapt.push(before);
        current.commas = [];
      }
      current.leapt.push(run.records);
      if (this.counted) this.counted.leapt += run.seam - start;
      landed = start = run.seam;
    }
    current.landed = landed !== -1 && start >= end;
    if (landed !== -1) current.tail = landed;
    // A failed leap: read on one by one, at least a leap's length before the next.
    if (!current.landed) current.handFrom = start;
    return landed;
  }

  /**
   * The records from the comma at `start` to one of the first seams between `leap` and twice
   * `leap` characters ahead, when they parse; null when none does.
   */
  private leapRun(start: number, recordStart: string): { records: unknown[]; seam: number } | null {
    const text = this.text;
    const until = Math.min(text.length, start + 2 * this.leap);
    let from = start + this.leap;
    for (let tried = 0; tried < SEAMS_PER_LEAP; tried += 1) {
      const seam = recordSeamBetween(text, from, until, recordStart);
      if (seam === -1) return null;
      try {
        const records: unknown = JSON.parse(`[${text.slice(start + 1, seam)}]`);
        if (Array.isArray(records)) return { records, seam };
      } catch {
        // A cut inside a record (a text, a nested object), past the list's end, or a broken file.
      }
      from = seam + 1;
    }
    return null;
  }
}

/**
 * How the records of the list opened at `open` begin, up to their first key's closing quote
 * (`{"id"`, white space included); null when the first record is not an object with a plain key.
 */
function recordStartOf(text: string, open: number): string | null {
  let at = open + 1;
  while (isSpace(text.charCodeAt(at))) at += 1;
  const begin = at;
  if (text.charCodeAt(at) !== OPEN_BRACE) return null;
  at += 1;
  while (isSpace(text.charCodeAt(at))) at += 1;
  if (text.charCodeAt(at) !== QUOTE) return null;
  const close = text.indexOf('"', at + 1);
  // A key with an escape, or a long one, is not worth matching: then any `{` starts a record.
  if (close === -1 || close - begin > 100 || text.slice(at, close).includes('\\')) return text.slice(begin, begin + 1);
  return text.slice(begin, close + 1);
}

/** The offset of the first comma in [`from`, `until`) between `}` and `recordStart` (white space around it), or -1. */
function recordSeamBetween(text: string, from: number, until: number, recordStart: string): number {
  for (let close = from; close < until; close += 1) {
    if (text.charCodeAt(close) !== CLOSE_BRACE) continue;
    let at = close + 1;
    while (at < until && isSpace(text.charCodeAt(at))) at += 1;
    if (text.charCodeAt(at) !== COMMA) continue;
    const comma = at;
    at += 1;
    while (at < until && isSpace(text.charCodeAt(at))) at += 1;
    if (text.startsWith(recordStart, at)) return comma;
  }
  return -1;
}

/** How many backslashes stand right before `position`. */
function backslashesBefore(text: string, position: number): number {
  let count = 0;
  while (text.charCodeAt(position - 1 - count) === BACKSLASH) count += 1;
  return count;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
