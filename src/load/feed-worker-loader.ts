/**
 * Loads the feed reader's code on the page: to read a fetched feed and, where no worker can start,
 * to check one (feed-reader.ts); to merge the feeds read (grappe-store.ts). npm modules
 * load the loader as a chunk; the script-tag bundles replace this module (rollup.config.js,
 * `lazyFeedWorker`) with one that imports the worker's own file, `worker/feed-worker.js` from
 * beside the script, which exports the same functions.
 */
import type * as LoadFeed from './load-feed.js';

export const loadFeedWorkerCode = (): Promise<
  Pick<typeof LoadFeed, 'loadFeed' | 'validateFeedAsync' | 'mergeFeedsWithPrefixes'>
> => import('./load-feed.js');
