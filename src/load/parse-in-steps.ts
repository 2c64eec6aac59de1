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
 */
import { RECORD_COLLECTIONS } from '../schema/feed-schema.js';

/** Lists this long or longer are parsed apart, in runs of `RECORDS_PER_RUN`. */
const SPLIT_FROM = 4000;
const RECORDS_PER_RUN = 2000;
/** Characters the first pass reads between two steps. */
const CHARACTERS_PER_STEP = 1 << 20;

const SPLITTABLE: ReadonlySet<string> = new Set(RECORD_COLLECTIONS);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** A top-level list found by the first pass: its key and the offsets of its brackets and commas. */
interface ListSpan {
  key: string;
  open: number;
  close: number;
  commas: number[];
}

/** Parses `text` as `JSON.parse` would, yielding between steps; throws its `SyntaxError` if it is not JSON. */
export function* parseJsonInSteps(text: string): Generator<number, unknown> {
  const lists = yield* findLongLists(text);
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
    const bounds = [list.open, ...list.commas, list.close];
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
function* findLongLists(text: string): Generator<number, ListSpan[] | null> {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
  if (text.charCodeAt(start) !== OPEN_BRACE) return null;
  const found = new Map<string, ListSpan>();
  let depth = 0;
  let inString = false;
  /** Where the last string at depth 1 began (a key, when a colon follows it). */
  let stringStart = -1;
  let lastString = { start: -1, end: -1 };
  let key: string | null = null;
  let current: ListSpan | null = null;
  let nextStep = start + CHARACTERS_PER_STEP;
  for (let at = start; at < text.length; at += 1) {
    if (at >= nextStep) {
      yield at;
      nextStep = at + CHARACTERS_PER_STEP;
    }
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === BACKSLASH) at += 1;
      else if (code === QUOTE) {
        inString = false;
        if (depth === 1) lastString = { start: stringStart, end: at + 1 };
      }
      continue;
    }
    switch (code) {
      case QUOTE:
        inString = true;
        stringStart = at;
        break;
      case COLON:
        if (depth === 1) {
          key = JSON.parse(text.slice(lastString.start, lastString.end)) as string;
          // A key given again: its last value is the one kept, whatever it is.
          found.delete(key);
        }
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        depth += 1;
        if (depth === 2 && code === OPEN_BRACKET && key !== null && SPLITTABLE.has(key))
          current = { key, open: at, close: -1, commas: [] };
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        depth -= 1;
        if (depth === 1 && current) {
          current.close = at;
          // The last list of a key is the one JSON.parse keeps; short ones stay in the skeleton.
          found.delete(current.key);
          if (current.commas.length + 1 >= SPLIT_FROM) found.set(current.key, current);
          current = null;
        }
        if (depth < 0) return null;
        break;
      case COMMA:
        if (depth === 2 && current) current.commas.push(at);
        else if (depth === 1) key = null;
        break;
    }
  }
  if (depth !== 0 || inString) return null;
  return [...found.values()].sort((a, b) => a.open - b.open);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
