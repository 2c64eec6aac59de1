/**
 * Loads the worker's code on the page, where no worker can start (feed-reader.ts). npm modules
 * load the loader as a chunk; the script-tag bundles replace this module (rollup.config.js,
 * `lazyFeedWorker`) with one that imports the worker's own file, `worker/feed-worker.js` from
 * beside the script, which exports the same two functions.
 */
import type * as LoadFeed from './load-feed.js';

export const loadFeedWorkerCode = (): Promise<Pick<typeof LoadFeed, 'loadFeed' | 'validateFeedAsync'>> =>
  import('./load-feed.js');
