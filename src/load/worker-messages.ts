/**
 * What the page and the feed worker (worker.ts) say to each other. A feed a page gives as an
 * object (`check`) is validated there, away from the page's thread, and crosses back in several
 * messages: first the feed with its long lists left empty, then those lists a few thousand
 * records at a time, each copied into the page in its own task. Records are structured-cloned:
 * they come back as the page gave them (a Date or a Map in `extensions` stays one), and the
 * store never holds the page's own objects. (Fetched feeds are read on the page: feed-reader.ts
 * says why.)
 */
import type { FeedLoadErrorKind, LoadedFeed } from './feed-load-error.js';
import type { FeedProblem } from '../validate/problems.js';
import type { Organisation } from '../schema/feed-schema.js';
import { organisationSearchText, rememberSearchText } from '../text/search-text.js';

/** How often the worker says it is still at a request (feed-reader.ts's watchdog listens). */
export const ALIVE_INTERVAL_MS = 500;

/** Records (or problems) per message: about half a megabyte of a typical feed, copied into the page in a task of 10 to 30 ms. */
export const RECORDS_PER_MESSAGE = 2000;

export type WorkerRequest =
  | { type: 'check'; id: number; data: unknown; source: string }
  /** A base map file to fetch, decode and project (geo/basemap-shapes.ts). */
  | { type: 'basemap'; id: number; url: string; asset: string }
  /** One level of the territories' outlines in a base map file (geo/builtin-outlines.ts). */
  | { type: 'outlines'; id: number; url: string; level: string }
  | { type: 'abort'; id: number };

/** A list sent after the feed: a collection of records, or the problems. */
export interface LaterList {
  list: string;
  length: number;
}

export type WorkerReply =
  | { type: 'progress'; id: number; checked: number }
  /** Still working on the request: sent on receipt, then every `ALIVE_INTERVAL_MS`. */
  | { type: 'alive'; id: number }
  /** The worker cannot send this result (it cannot be copied): the page does the work. */
  | { type: 'take-back'; id: number }
  | { type: 'loaded'; id: number; loaded: LoadedFeed; later: LaterList[] }
  /** `count` records of `list`. */
  | { type: 'records'; id: number; list: string; count: number; records: unknown[] }
  /**
   * After a feed sent in slices: its organisations' search texts from the `start`th on, folded by
   * the worker, one per line (a folded text has letters and digits only), for the first search.
   */
  | { type: 'search-texts'; id: number; start: number; texts: string }
  /** A base map's shapes or outlines (their typed arrays transferred, not copied), or null when it failed. */
  | { type: 'shapes'; id: number; shapes: unknown }
  | {
      type: 'failed';
      id: number;
      kind: FeedLoadErrorKind;
      url: string;
      details: { status?: number; timeoutSeconds?: number; maxBytes?: number; problems?: FeedProblem[] };
    };

/** The messages that carry a loaded feed, long lists apart and in slices. */
export function* loadedFeedMessages(id: number, loaded: LoadedFeed): Generator<WorkerReply> {
  const lists: Array<[string, unknown[]]> = [];
  const feed = loaded.result.feed ? ({ ...loaded.result.feed } as Record<string, unknown>) : null;
  for (const [key, value] of Object.entries(feed ?? {})) {
    if (!Array.isArray(value) || value.length <= RECORDS_PER_MESSAGE) continue;
    lists.push([key, value]);
    feed![key] = [];
  }
  let problems = loaded.result.problems;
  if (problems.length > RECORDS_PER_MESSAGE) {
    lists.push(['problems', problems]);
    problems = [];
  }
  const shell = { ...loaded, result: { ...loaded.result, feed: feed as LoadedFeed['result']['feed'], problems } };
  yield {
    type: 'loaded',
    id,
    loaded: shell,
    later: lists.map(([list, records]) => ({ list, length: records.length })),
  };
  for (const [list, records] of lists) {
    for (let start = 0; start < records.length; start += RECORDS_PER_MESSAGE) {
      const slice = records.slice(start, start + RECORDS_PER_MESSAGE);
      yield { type: 'records', id, list, count: slice.length, records: slice };
    }
  }
  // Once every record is on its way, not with them: folding 100,000 names takes the worker some
  // 250 ms, which would hold the feed back; the page meanwhile builds its index and renders.
  const organisations = lists.find(([list]) => list === 'organisations')?.[1] as Organisation[] | undefined;
  for (let start = 0; start < (organisations?.length ?? 0); start += RECORDS_PER_MESSAGE) {
    const slice = organisations!.slice(start, start + RECORDS_PER_MESSAGE);
    yield { type: 'search-texts', id, start, texts: slice.map(organisationSearchText).join('\n') };
  }
}

/**
 * Puts a feed sent by `loadedFeedMessages` back together: `add` takes each message of the
 * request and gives the whole feed once its last list is complete.
 */
export class LoadedFeedAssembler {
  private loaded: LoadedFeed | null = null;
  private missing = 0;
  private searchTextsMissing = 0;

  /** Whether search texts are still to come after the feed (`addSearchTexts`). */
  get awaitsSearchTexts(): boolean {
    return this.searchTextsMissing > 0;
  }

  /** Keeps the worker's folded search texts with the organisations they belong to; true once all came. */
  addSearchTexts(reply: Extract<WorkerReply, { type: 'search-texts' }>): boolean {
    const organisations: unknown[] = this.loaded?.result.feed?.organisations ?? [];
    const texts = reply.texts.split('\n');
    texts.forEach((text, at) => {
      const record = organisations[reply.start + at];
      if (record !== null && typeof record === 'object') rememberSearchText(record, text);
    });
    this.searchTextsMissing -= texts.length;
    return this.searchTextsMissing <= 0;
  }

  add(reply: WorkerReply): LoadedFeed | null {
    if (reply.type === 'loaded') {
      this.loaded = reply.loaded;
      this.missing = reply.later.reduce((sum, { length }) => sum + length, 0);
      this.searchTextsMissing = reply.later.find(({ list }) => list === 'organisations')?.length ?? 0;
    } else if (reply.type === 'records' && this.loaded) {
      // Only the lists the worker emptied, by their own names: nothing reached through a prototype.
      const feed = this.loaded.result.feed as Record<string, unknown> | null;
      const target =
        reply.list === 'problems'
          ? this.loaded.result.problems
          : feed && Object.hasOwn(feed, reply.list) && Array.isArray(feed[reply.list])
            ? (feed[reply.list] as unknown[])
            : undefined;
      if (!target) return null;
      const records: unknown = reply.records;
      if (!Array.isArray(records) || records.length !== reply.count) return null;
      // One by one, not push(...records): a spread of thousands of arguments can overflow the stack.
      for (const record of records) target.push(record as never);
      this.missing -= records.length;
    }
    return this.loaded && this.missing <= 0 ? this.loaded : null;
  }
}
