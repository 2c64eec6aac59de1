/**
 * The feed's `format` and `version`, apart from the schema (zod) so that what writes feeds
 * without validating them (the import's tables, src/csv/csv-tables.ts) writes the same version.
 */

/** The value of `format` in every Grappe feed. */
export const FEED_FORMAT = 'grappe-feed';
/** The version of the format this library writes and fully understands. */
export const FEED_VERSION = '1.1';
export const SUPPORTED_MAJOR_VERSION = 1;
