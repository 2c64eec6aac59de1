/**
 * The page's side of loading a feed: the worker (src/worker.ts) fetches, parses and
 * validates, and the answer is put back together here, in steps (worker-messages.ts). One worker
 * serves every Grappe element of the page, started on the first load.
 *
 * Where no worker can start (no `Worker`, a script from another origin, a CSP that refuses it,
 * the file missing), the worker's own code is imported on the page and does the same work there,
 * in slices between frames: slower to finish, but nothing is lost.
 */
import { assetBase } from './asset-base.js';
import { FeedLoadError, type LoadedFeed } from './feed-load-error.js';
import { loadFeedWorkerCode } from './feed-worker-loader.js';
import { LoadedFeedAssembler, type WorkerReply, type WorkerRequest } from './worker-messages.js';
import type { ValidationResult } from '../validate/validate-feed.js';

export interface ReadFeedOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds, the body included (default 30 s). */
  timeoutMs?: number;
  /** Stop reading past this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Called with records checked, while a large feed is validated. */
  onProgress?: (recordsChecked: number) => void;
}

interface Request {
  assembler: LoadedFeedAssembler;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ((checked: number) => void) | undefined;
  /** Does the same work on the page, if the worker fails before answering. */
  onPage: () => Promise<unknown>;
}

/** The worker: not started yet (undefined), running, or unable to run (null). */
let worker: Worker | null | undefined;
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
 * page, as where no worker can start.)
 */
function workerScriptUrl(): string {
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

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== 'function') return null;
  try {
    worker = new Worker(workerScriptUrl(), { type: 'module', name: 'grappe-feed' });
  } catch {
    // A script from another origin than the page's (no worker may start from there), or a
    // Trusted Types policy the page does not allow.
    worker = null;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => onReply(event.data));
  // The file is missing or refused (CSP), or the worker broke: what it was doing is done on the page.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const orphans = Array.from(requests.values());
    requests.clear();
    for (const request of orphans) request.onPage().then(request.resolve, request.reject);
  });
  return worker;
}

function onReply(reply: WorkerReply): void {
  const request = requests.get(reply.id);
  if (!request) return; // aborted meanwhile
  if (reply.type === 'progress') {
    request.onProgress?.(reply.checked);
  } else if (reply.type === 'shapes') {
    requests.delete(reply.id);
    request.resolve(reply.shapes);
  } else if (reply.type === 'failed') {
    requests.delete(reply.id);
    request.reject(new FeedLoadError(reply.kind, reply.url, reply.details));
  } else {
    const loaded = request.assembler.add(reply);
    if (loaded) {
      requests.delete(reply.id);
      request.resolve(loaded);
    }
  }
}

/**
 * Sends one request to the worker and gives its answer; `onPage` does the same work on the page
 * where no worker runs, or when it fails before answering. Aborting `signal` rejects at once
 * with a `FeedLoadError` of kind `aborted` named `label`, and tells the worker to stop.
 */
export function askWorker<T>(
  message: (id: number) => WorkerRequest,
  onPage: () => Promise<T>,
  { signal, onProgress, label = '' }: ReadFeedOptions & { label?: string } = {},
): Promise<T> {
  if (signal?.aborted) return Promise.reject(new FeedLoadError('aborted', label));
  const running = startWorker();
  if (!running) return onPage();
  const id = (lastId += 1);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      requests.delete(id);
      worker?.postMessage({ type: 'abort', id } satisfies WorkerRequest);
      reject(new FeedLoadError('aborted', label));
    };
    const settle =
      <V>(then: (value: V) => void) =>
      (value: V) => {
        signal?.removeEventListener('abort', onAbort);
        then(value);
      };
    requests.set(id, {
      assembler: new LoadedFeedAssembler(),
      resolve: settle(resolve as (value: unknown) => void),
      reject: settle(reject),
      onProgress,
      onPage,
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      running.postMessage(message(id));
    } catch {
      // Data the worker cannot receive (a function, a DOM node in `data`): done on the page.
      requests.delete(id);
      signal?.removeEventListener('abort', onAbort);
      onPage().then(resolve, reject);
    }
  });
}

/** Fetches, reads and validates (leniently) the feed at `url`; fails with a `FeedLoadError`. */
export function readFeed(url: string, options: ReadFeedOptions = {}): Promise<LoadedFeed> {
  const baseUrl = globalThis.document?.baseURI ?? globalThis.location?.href ?? url;
  const { signal, timeoutMs, maxBytes, onProgress } = options;
  const limits = { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}) };
  return askWorker<LoadedFeed>(
    (id) => ({ type: 'load', id, url, options: { baseUrl, ...limits } }),
    () =>
      loadFeedWorkerCode().then(({ loadFeed }) =>
        loadFeed(url, { ...limits, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) }),
      ),
    { ...options, label: url },
  );
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
  );
  return loaded.result;
}
