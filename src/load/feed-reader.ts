/**
 * The page's side of reading and checking feeds.
 *
 * A fetched feed is read, parsed and validated on the page, in slices of a few milliseconds
 * between which the page answers (load-feed.ts, from the worker's file: feed-worker-loader.ts).
 * It was read in a worker until the benchmark showed the price: the validated records had to
 * cross back to the page, turned to text and parsed again (or structured-cloned), some 500 ms
 * of work at 100,000 organisations that the page then waited for, and the worker's fetch read
 * the body more slowly than the page's; at 100,000 organisations the list and the map showed
 * about a second later than when read on the page (`npm run bench`, two cores).
 *
 * A worker (src/worker.ts) still does what crosses cheaply: it validates a feed that a page
 * gives as an object (`check`, structured-cloned there and back, so that the store never holds
 * the page's own objects), and a second one, from the same file, decodes the base map's files
 * into typed arrays handed over without a copy, so that drawing land never waits for a feed.
 *
 * Where no worker can start (no `Worker`, a script from another origin, a CSP that refuses it,
 * the file missing), the worker's own code does the same work on the page. The same happens,
 * from then on, when the worker falls silent on a request for `SILENCE_LIMIT_MS` of the page's
 * time (it says it is alive twice a second): a worker that broke without an error, or a page
 * whose clock is not the worker's, as under headless Chromium's `--virtual-time-budget`, which
 * does not wait for a worker's fetches.
 */
import { assetBase } from './asset-base.js';
import { FeedLoadError, type LoadedFeed } from './feed-load-error.js';
import { loadFeedWorkerCode } from './feed-worker-loader.js';
import { absoluteUrl, takeFeedRequest } from './feed-request.js';
import { LoadedFeedAssembler, type WorkerReply, type WorkerRequest } from './worker-messages.js';
import type { ValidationResult } from '../validate/validate-feed.js';
import { mergedAlone, type FeedToMerge, type mergeFeedsWithPrefixes } from './merge-feeds.js';

/** Silence after which the page stops waiting for the worker and does the work itself. */
export const SILENCE_LIMIT_MS = 3000;

export interface ReadFeedOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds, the body included (default 30 s). */
  timeoutMs?: number;
  /** Stop reading past this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Called with records checked, while a large feed is validated. */
  onProgress?: (recordsChecked: number) => void;
}

/** Which worker does a request: feeds, or the base map's files. */
export type WorkerLane = 'feed' | 'basemap';

interface Request {
  lane: WorkerLane;
  assembler: LoadedFeedAssembler;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ((checked: number) => void) | undefined;
  /** Does the same work on the page, if the worker fails before answering. */
  onPage: () => Promise<unknown>;
  /** Fires when the worker has been silent on this request for too long. */
  watchdog: ReturnType<typeof setTimeout> | undefined;
}

/** Each lane's worker: not started yet (undefined), running, or unable to run (null). */
const workers = new Map<WorkerLane, Worker | null>();
/** Set once a worker broke or fell silent: from then on every request is done on the page. */
let workersGivenUp = false;
const requests = new Map<number, Request>();
let lastId = 0;

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

/**
 * The worker's address. Where the browser has Trusted Types, a page that requires them accepts
 * a worker only from a TrustedScriptURL: the `grappe-worker` policy makes exactly one, for the
 * worker's own file, and refuses anything else. (A page whose `trusted-types` directive lists
 * its policies adds `grappe-worker`; without it the policy is refused and feeds are read on the
 * page, as where no worker can start.) Kept once made, or the error that refused it.
 */
let trustedWorkerUrl: { url: string } | { refused: unknown } | undefined;

function workerScriptUrl(): string {
  // Made once: a page that requires Trusted Types refuses a second policy of the same name, and
  // a refusal is reported once, not once per worker.
  if (!trustedWorkerUrl) {
    try {
      trustedWorkerUrl = { url: makeWorkerScriptUrl() };
    } catch (error) {
      trustedWorkerUrl = { refused: error };
    }
  }
  if ('refused' in trustedWorkerUrl) throw trustedWorkerUrl.refused;
  return trustedWorkerUrl.url;
}

function makeWorkerScriptUrl(): string {
  const url = new URL('worker/feed-worker.js', assetBase()).href;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy('grappe-worker', {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError('grappe-worker: only the feed worker');
      return input;
    },
  });
  return policy.createScriptURL(url) as string;
}

/**
 * The feeds read, merged (merge-feeds.ts). One feed is itself, at once; several are merged by the
 * feed reader's code, loaded on the page by then (each was fetched and read with it), so that the
 * merging is not in the elements' bundle. A page given one feed as an object (`data`, checked in
 * the worker) does not load the reader for it.
 */
export async function mergeReadFeeds(
  feeds: readonly FeedToMerge[],
): Promise<ReturnType<typeof mergeFeedsWithPrefixes>> {
  if (feeds.length === 1) return mergedAlone(feeds[0]!);
  return (await loadFeedWorkerCode()).mergeFeedsWithPrefixes(feeds);
}

/** Feeds already given to the page whose organisations' folded search texts are still coming. */
const awaitingSearchTexts = new Map<number, LoadedFeedAssembler>();

function startWorker(lane: WorkerLane): Worker | null {
  if (workersGivenUp) return null;
  const running = workers.get(lane);
  if (running !== undefined) return running;
  workers.set(lane, null);
  if (typeof Worker !== 'function') return null;
  let worker: Worker;
  try {
    worker = new Worker(workerScriptUrl(), { type: 'module', name: `grappe-${lane}` });
  } catch {
    // A script from another origin than the page's (no worker may start from there), or a
    // Trusted Types policy the page does not allow.
    return null;
  }
  workers.set(lane, worker);
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => onReply(event.data));
  // The file is missing or refused (CSP), or the worker broke: what it was doing, and its lane's
  // later work, is done on the page; the other lane's worker goes on.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    abandonLane(lane);
  });
  return worker;
}

/** Stops using one lane's worker, which broke: its work, now and later, is done on the page. */
function abandonLane(lane: WorkerLane): void {
  workers.get(lane)?.terminate();
  workers.set(lane, null);
  if (lane === 'feed') awaitingSearchTexts.clear(); // they will not come: the page folds what it needs
  for (const [id, request] of Array.from(requests)) if (request.lane === lane) takeBack(id);
}

/**
 * Stops using the workers for good, when one fell silent: everything they were doing, and
 * everything asked later, is done on the page. A page whose clock runs apart from the workers'
 * (headless Chromium's virtual time) would otherwise wait out the silence again for each later
 * request, the base map's files included.
 */
function abandonWorkers(): void {
  workersGivenUp = true;
  for (const worker of workers.values()) worker?.terminate();
  workers.clear();
  awaitingSearchTexts.clear();
  for (const id of Array.from(requests.keys())) takeBack(id);
}

/**
 * Starts loading the feed reader (the worker's file, imported on the page) ahead of the first
 * feed, so that its code (the validator, zod) is ready when the feed's bytes are: the script-tag
 * bundles call this as they run, `<grappe-data>` when it enters the page.
 */
export function prepareFeedReading(): void {
  void loadFeedWorkerCode().catch(() => undefined); // a failure is said when a feed is read
}

/** Does a request on the page instead, the worker being told to drop it. */
function takeBack(id: number): void {
  const request = requests.get(id);
  if (!request) return;
  clearTimeout(request.watchdog);
  requests.delete(id);
  workers.get(request.lane)?.postMessage({ type: 'abort', id } satisfies WorkerRequest);
  request.onPage().then(request.resolve, request.reject);
}

/** (Re)starts the wait for the worker's next word on a request; silence past the limit ends the worker. */
function watch(id: number): void {
  const request = requests.get(id);
  if (!request) return;
  clearTimeout(request.watchdog);
  request.watchdog = setTimeout(abandonWorkers, SILENCE_LIMIT_MS);
}

function onReply(reply: WorkerReply): void {
  if (reply.type === 'search-texts') {
    if (awaitingSearchTexts.get(reply.id)?.addSearchTexts(reply)) awaitingSearchTexts.delete(reply.id);
    return;
  }
  const request = requests.get(reply.id);
  if (!request) return; // aborted or taken back meanwhile
  if (reply.type === 'take-back') return takeBack(reply.id);
  let settle: (() => void) | undefined;
  if (reply.type === 'progress') request.onProgress?.(reply.checked);
  else if (reply.type === 'shapes') settle = () => request.resolve(reply.shapes);
  else if (reply.type === 'failed')
    settle = () => request.reject(new FeedLoadError(reply.kind, reply.url, reply.details));
  else if (reply.type === 'loaded' || reply.type === 'records') {
    const loaded = request.assembler.add(reply);
    if (loaded) {
      if (request.assembler.awaitsSearchTexts) awaitingSearchTexts.set(reply.id, request.assembler);
      settle = () => request.resolve(loaded);
    }
  }
  if (!settle) return watch(reply.id); // still at work: wait for its next word
  clearTimeout(request.watchdog);
  requests.delete(reply.id);
  settle();
}

/**
 * Sends one request to the worker and gives its answer; `onPage` does the same work on the page
 * where no worker runs, or when it fails before answering. Aborting `signal` rejects at once
 * with a `FeedLoadError` of kind `aborted` named `label`, and tells the worker to stop.
 */
export function askWorker<T>(
  message: (id: number) => WorkerRequest,
  onPage: () => Promise<T>,
  { signal, onProgress, label = '', lane = 'feed' }: ReadFeedOptions & { label?: string; lane?: WorkerLane } = {},
): Promise<T> {
  if (signal?.aborted) return Promise.reject(new FeedLoadError('aborted', label));
  const running = startWorker(lane);
  if (!running) return onPage();
  const id = (lastId += 1);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(requests.get(id)?.watchdog);
      requests.delete(id);
      running.postMessage({ type: 'abort', id } satisfies WorkerRequest);
      reject(new FeedLoadError('aborted', label));
    };
    const settle =
      <V>(then: (value: V) => void) =>
      (value: V) => {
        signal?.removeEventListener('abort', onAbort);
        then(value);
      };
    requests.set(id, {
      lane,
      assembler: new LoadedFeedAssembler(),
      resolve: settle(resolve as (value: unknown) => void),
      reject: settle(reject),
      onProgress,
      onPage,
      watchdog: undefined,
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      running.postMessage(message(id));
      watch(id);
    } catch {
      // Data the worker cannot receive (a function, a DOM node in `data`): done on the page.
      requests.delete(id);
      signal?.removeEventListener('abort', onAbort);
      onPage().then(resolve, reject);
    }
  });
}

/** The problems of a load, said of `to` where they were said of `from`. */
function relabelProblems<T extends { source?: string }>(problems: T[], from: string, to: string): T[] {
  return from === to
    ? problems
    : problems.map((problem) => (problem.source === from ? { ...problem, source: to } : problem));
}

/**
 * A failure as this bundle's own `FeedLoadError`, named by `to`. The worker's file, imported on
 * the page where no worker runs, has its own copy of the class: `instanceof` would not know it.
 */
function pageError(error: unknown, from: string, to: string): unknown {
  if (!(error instanceof Error) || error.name !== 'FeedLoadError') return error;
  const { kind, url, details } = error as FeedLoadError;
  return new FeedLoadError(kind, url === from ? to : url, {
    ...details,
    ...(details.problems ? { problems: relabelProblems(details.problems, from, to) } : {}),
  });
}

/** Fetches, reads and validates (leniently) the feed at `url`; fails with a `FeedLoadError`. */
export async function readFeed(url: string, options: ReadFeedOptions = {}): Promise<LoadedFeed> {
  const { signal, timeoutMs, maxBytes, onProgress } = options;
  if (signal?.aborted) throw new FeedLoadError('aborted', url);
  // The feed's own absolute URL: relative links in it resolve against it. What comes back is
  // said of `url`, as the page gave it.
  const absolute = absoluteUrl(url);
  // The request starts now, or started before the elements were defined (feed-request.ts): the
  // reader's code may still be loading, and the feed's bytes are the longest wait.
  const request = takeFeedRequest(absolute);
  try {
    const { loadFeed } = await loadFeedWorkerCode().catch((error: unknown) => {
      request.cancel();
      throw error;
    });
    if (signal?.aborted) {
      request.cancel();
      throw new FeedLoadError('aborted', absolute);
    }
    const loaded = await loadFeed(absolute, {
      fetch: request.fetch,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    return {
      ...loaded,
      source: url,
      result: { ...loaded.result, problems: relabelProblems(loaded.result.problems, absolute, url) },
    };
  } catch (error) {
    throw pageError(error, absolute, url);
  }
}

/** Validates (leniently) a feed given as an object, as `readFeed` validates a fetched one. */
export async function checkFeedData(
  data: unknown,
  source: string,
  options: ReadFeedOptions = {},
): Promise<ValidationResult> {
  const { signal, onProgress } = options;
  const loaded = await askWorker<LoadedFeed>(
    (id) => ({ type: 'check', id, data, source }),
    () =>
      loadFeedWorkerCode()
        .then(({ validateFeedAsync }) =>
          validateFeedAsync(data, {
            mode: 'lenient',
            source,
            ...(signal ? { signal } : {}),
            ...(onProgress ? { onProgress } : {}),
          }),
        )
        .then((result) => ({ source, result, size: 0 })),
    { ...options, label: source },
  ).catch((error: unknown) => {
    throw pageError(error, source, source);
  });
  return loaded.result;
}
