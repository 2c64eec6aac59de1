/**
 * The worker: decodes the base map's files into typed arrays handed to the page without a copy,
 * and validates feeds that a page gives as objects (`<grappe-data>.data`) away from the page's
 * thread. Built whole, on its own, as `worker/feed-worker.js` beside the bundles: a module
 * worker from the same origin as the script (CSP `worker-src 'self'`, or `script-src 'self'`
 * where `worker-src` is not set; never `blob:`).
 *
 * The same file is the page's feed reader: the script-tag bundles import it on the page and call
 * the functions it exports (src/load/feed-worker-loader.ts) to read a fetched feed, to merge the
 * feeds read, and to check one where no worker can start (an old browser, a script served from another origin, a
 * CSP that refuses workers).
 */
import { FeedLoadError } from './load/feed-load-error.js';
import { loadFeed } from './load/load-feed.js';
import { validateFeedAsync } from './validate/validate-feed.js';
import { ALIVE_INTERVAL_MS, loadedFeedMessages, type WorkerReply, type WorkerRequest } from './load/worker-messages.js';
import { fetchBasemapShapes, shapeBuffers } from './geo/basemap-shapes.js';
import type { BasemapAsset } from './geo/basemap-data.js';
import { fetchBuiltinOutlines, isBuiltinLevel, outlineBuffers } from './geo/builtin-outlines.js';

export { loadFeed, validateFeedAsync };
// The page merges the feeds it read with the reader's code, loaded once a feed is read.
export { mergeFeedsWithPrefixes } from './load/merge-feeds.js';

/** Validation pauses this often in the worker only to hear an abort: no frame waits on it. */
const WORKER_SLICE_MS = 50;

interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

function serve(scope: WorkerScope): void {
  const controllers = new Map<number, AbortController>();
  scope.addEventListener('message', ({ data: request }) => {
    if (request.type === 'abort') {
      controllers.get(request.id)?.abort();
      return;
    }
    const { id } = request;
    // The page takes the work back if the worker falls silent (feed-reader.ts): say it is alive.
    scope.postMessage({ type: 'alive', id });
    const beat = setInterval(() => scope.postMessage({ type: 'alive', id }), ALIVE_INTERVAL_MS);
    if (request.type === 'basemap') {
      void fetchBasemapShapes(request.url, request.asset as BasemapAsset)
        .catch(() => null)
        .then((shapes) => scope.postMessage({ type: 'shapes', id, shapes }, shapes ? shapeBuffers(shapes) : []))
        .finally(() => clearInterval(beat));
      return;
    }
    if (request.type === 'outlines') {
      const level = request.level;
      void (isBuiltinLevel(level) ? fetchBuiltinOutlines(request.url, level) : Promise.resolve(null))
        .catch(() => null)
        .then((shapes) => scope.postMessage({ type: 'shapes', id, shapes }, shapes ? outlineBuffers(shapes) : []))
        .finally(() => clearInterval(beat));
      return;
    }
    const controller = new AbortController();
    controllers.set(id, controller);
    const common = {
      signal: controller.signal,
      sliceMilliseconds: WORKER_SLICE_MS,
      onProgress: (checked: number) => scope.postMessage({ type: 'progress', id, checked }),
    };
    const work = validateFeedAsync(request.data, { mode: 'lenient', source: request.source, ...common }).then(
      (result) => ({ source: request.source, result, size: 0 }),
    );
    work
      .then(
        (loaded) => {
          try {
            for (const message of loadedFeedMessages(id, loaded)) scope.postMessage(message);
          } catch {
            // Records that cannot be copied (nested past the copier's depth): the page does it.
            scope.postMessage({ type: 'take-back', id });
          }
        },
        (error: unknown) => {
          const label = request.source;
          const failure =
            error instanceof FeedLoadError
              ? error
              : new FeedLoadError(controller.signal.aborted ? 'aborted' : 'network', label);
          scope.postMessage({ type: 'failed', id, kind: failure.kind, url: failure.url, details: failure.details });
        },
      )
      .finally(() => {
        clearInterval(beat);
        controllers.delete(id);
      });
  });
}

const workerScope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
if (workerScope && globalThis instanceof workerScope) serve(globalThis as unknown as WorkerScope);
