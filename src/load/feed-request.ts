/**
 * How a feed is requested, in one place: the page may start the request before the feed
 * reader's code has loaded (feed-reader.ts), and the reader makes the same request when it
 * runs alone (load-feed.ts). No cookies or credentials go to a feed's host.
 */
export function feedRequestInit(signal: AbortSignal): RequestInit {
  return { signal, credentials: 'omit', headers: { Accept: 'application/json' } };
}

/** A request already made: `fetch` hands over its response, `cancel` drops it. */
export interface FeedRequest {
  fetch: typeof fetch;
  cancel(): void;
}

/**
 * Starts fetching `url` now and returns a `fetch` that hands that response to the first call,
 * whatever its arguments: the caller's own signal, when it aborts, aborts the request started
 * early. `cancel()` drops a request nobody took.
 */
export function fetchStartedNow(url: string): FeedRequest {
  const early = new AbortController();
  const response = globalThis.fetch(url, feedRequestInit(early.signal));
  // A failure is said to whoever takes the response; until then it is not an unhandled one.
  response.catch(() => undefined);
  const take = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal;
    if (signal?.aborted) early.abort();
    else signal?.addEventListener('abort', () => early.abort(), { once: true });
    return response;
  };
  return { fetch: take as typeof fetch, cancel: () => early.abort() };
}

/** `url` made absolute against the page: the worker's own address, and a feed's links, are elsewhere. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch {
    return url;
  }
}

/** The elements whose `src` names feeds, as a page writes them. */
const FEED_ELEMENTS = 'grappe-explorer[src], grappe-data[src]';
/** A request started early that no element took within this time is dropped. */
export const EARLY_REQUEST_WAIT_MS = 10_000;

/** Shared by every Grappe bundle on the page (two may be): one request per feed, taken by either. */
const earlyRequests = ((globalThis as Record<symbol, unknown>)[Symbol.for('grappe.earlyFeedRequests')] ??= new Map<
  string,
  FeedRequest
>()) as Map<string, FeedRequest>;

/**
 * Starts the requests of the feeds that the page's Grappe elements name in `src`, before the
 * elements are defined and render: a script-tag bundle calls it first thing, so that the feed's
 * bytes (the longest wait) come while the rest of the bundle is evaluated and the elements
 * render (some 150–200 ms at 100,000 organisations, `npm run bench`). `readFeed` takes the
 * request it would have made; one that no element takes in `EARLY_REQUEST_WAIT_MS` is stopped.
 * The request is the reader's own: same address, no credentials.
 */
export function startFeedRequestsNamedIn(root: ParentNode, waitMs = EARLY_REQUEST_WAIT_MS): void {
  for (const element of Array.from(root.querySelectorAll(FEED_ELEMENTS))) {
    for (const source of (element.getAttribute('src') ?? '').split(/\s+/)) {
      if (source === '') continue;
      const url = absoluteUrl(source);
      if (earlyRequests.has(url) || !/^https?:/i.test(url)) continue;
      const request = fetchStartedNow(url);
      earlyRequests.set(url, request);
      setTimeout(() => {
        if (earlyRequests.get(url) !== request) return;
        earlyRequests.delete(url);
        request.cancel();
      }, waitMs);
    }
  }
}

/** The request started early for `url` (absolute), handed over once; a new one otherwise. */
export function takeFeedRequest(url: string): FeedRequest {
  const early = earlyRequests.get(url);
  earlyRequests.delete(url);
  return early ?? fetchStartedNow(url);
}
