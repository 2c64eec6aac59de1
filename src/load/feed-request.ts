/**
 * How a feed is requested, in one place: the page may start the request before the feed
 * reader's code has loaded (feed-reader.ts), and the reader makes the same request when it
 * runs alone (load-feed.ts). No cookies or credentials go to a feed's host.
 */
export function feedRequestInit(signal: AbortSignal): RequestInit {
  return { signal, credentials: 'omit', headers: { Accept: 'application/json' } };
}

/**
 * Starts fetching `url` now and returns a `fetch` that hands that response to the first call,
 * whatever its arguments: the caller's own signal, when it aborts, aborts the request started
 * early. `cancel()` drops a request nobody took.
 */
export function fetchStartedNow(url: string): { fetch: typeof fetch; cancel(): void } {
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
