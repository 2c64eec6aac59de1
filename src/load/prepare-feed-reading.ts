/**
 * Imported first by the script-tag bundles. The feeds that the page's elements name in `src`
 * are requested at once, and the feed reader's file (the validator, zod) starts loading, while
 * the rest of the bundle is evaluated and the elements are defined and render, instead of once
 * `<grappe-data>` enters the page. (The reader's address comes from the script element, known
 * only during this run.)
 */
import { prepareFeedReading } from './feed-reader.js';
import { startFeedRequestsNamedIn } from './feed-request.js';

if (typeof document !== 'undefined') {
  startFeedRequestsNamedIn(document);
  prepareFeedReading();
}
