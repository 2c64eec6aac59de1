/**
 * Fetching a feed: the network, the bytes, JSON, then lenient validation. Every way this can
 * fail ends as a `FeedLoadError` with a kind the components turn into a localised message.
 */
import { FeedLoadError, type FeedLoadErrorKind } from './feed-load-error.js';
import { feedRequestInit } from './feed-request.js';
import { BodyTooLargeError, DEFAULT_MAX_BYTES, readBodyCapped } from './read-body.js';
import { validateFeedAsync } from '../validate/validate-feed.js';
import type { LoadedFeed } from './feed-load-error.js';
import { parseJsonInSteps } from './parse-in-steps.js';
import { runSteps, runStepsInSlices } from '../validate/yield-to-page.js';

export { FeedLoadError, publicErrorKind, type FeedLoadErrorKind, type LoadedFeed } from './feed-load-error.js';
/** Also given here for the page's fallback (feed-worker-loader.ts), which imports this module on demand. */
export { validateFeedAsync };
/** Merging read feeds is part of reading them: loaded with the reader, not with the elements. */
export { mergeFeedsWithPrefixes } from './merge-feeds.js';

export interface LoadFeedOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds, the body included (default 30 s). */
  timeoutMs?: number;
  /** Stop reading past this many bytes (default 50 MB). */
  maxBytes?: number;
  now?: Date;
  /** Called with records checked, while a large feed is validated. */
  onProgress?: (recordsChecked: number) => void;
  /** The fetch to use (tests and server-side callers may pass their own). */
  fetch?: typeof fetch;
  /** Longest stretch of validation between two pauses, in milliseconds (default 8, a frame). */
  sliceMilliseconds?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Parses JSON text the lenient way: a clear error for HTML pages, empty bodies and cut-off files. */
export function parseFeedText(text: string, url: string): unknown {
  return runSteps(parseFeedTextSteps(text, url));
}

/** `parseFeedText` in steps (parse-in-steps.ts): the page answers between them. */
export function* parseFeedTextSteps(text: string, url: string): Generator<number, unknown> {
  const start = text.trimStart().slice(0, 64).toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<')) {
    throw new FeedLoadError('html', url);
  }
  try {
    // A UTF-8 byte-order mark, as spreadsheet tools write it, is not JSON.
    return yield* parseJsonInSteps(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new FeedLoadError('parse', url);
  }
}

export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (kind: FeedLoadErrorKind, details: ConstructorParameters<typeof FeedLoadError>[2] = {}) =>
    new FeedLoadError(kind, url, details);
  const abortKind = (): FeedLoadErrorKind | undefined =>
    options.signal?.aborted ? 'aborted' : timedOut ? 'timeout' : undefined;

  try {
    let response: Response;
    try {
      response = await fetchImpl(url, feedRequestInit(controller.signal));
    } catch {
      const kind = abortKind();
      if (kind) throw failure(kind, { timeoutSeconds: Math.round(timeoutMs / 1000) });
      // `fetch` reports a CORS refusal and an unreachable host with the same TypeError. Telling
      // them apart would take a second, `no-cors` request, which tells the feed's host (or a
      // tracker) that the visitor came by even when CORS refuses: the message names both causes.
      throw failure('network');
    }
    if (!response.ok) throw failure('http', { status: response.status });
    let text: string;
    try {
      text = await readBodyCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw failure('too-large', { maxBytes: error.maxBytes });
      // The connection dropped in the middle of the body, or the timeout fell while it arrived.
      const kind = abortKind();
      throw failure(kind ?? 'network', kind === 'timeout' ? { timeoutSeconds: Math.round(timeoutMs / 1000) } : {});
    }
    clearTimeout(timer);
    const json = await runStepsInSlices(parseFeedTextSteps(text, url), {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sliceMilliseconds ? { sliceMilliseconds: options.sliceMilliseconds } : {}),
    }).catch((error: unknown) => {
      if (options.signal?.aborted) throw failure('aborted');
      throw error;
    });
    const result = await validateFeedAsync(json, {
      mode: 'lenient',
      source: url,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.sliceMilliseconds ? { sliceMilliseconds: options.sliceMilliseconds } : {}),
    }).catch((error: unknown) => {
      if (options.signal?.aborted) throw failure('aborted');
      throw error;
    });
    if (result.feed === null) throw failure('schema', { problems: result.problems });
    return { source: url, result, size: text.length };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
