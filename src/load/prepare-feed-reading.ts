/**
 * Imported first by the script-tag bundles: the feed reader's file (the validator, zod) starts
 * loading while the rest of the bundle is evaluated and the elements are defined, instead of once
 * `<grappe-data>` enters the page. (Its address comes from the script element, known only during
 * this run.)
 */
import { prepareFeedReading } from './feed-reader.js';

if (typeof document !== 'undefined') prepareFeedReading();
