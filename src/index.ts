/**
 * Grappe's framework-free core: the feed format, validation, loading, indexing, filtering,
 * search, URL sanitising and the locale catalogue. Importing it registers no element.
 */
export * from './schema/feed-schema.js';
export * from './schema/vocabularies.js';
export { feedJsonSchema } from './schema/json-schema.js';
export * from './validate/problems.js';
export {
  validateFeed,
  validateFeedAsync,
  validationSteps,
  type ValidationResult,
  type ValidationOptions,
  type ValidationMode,
} from './validate/validate-feed.js';
export { checkIdentifier } from './validate/identifiers.js';
export {
  loadFeed,
  parseFeedText,
  publicErrorKind,
  FeedLoadError,
  type FeedLoadErrorKind,
  type LoadedFeed,
  type LoadFeedOptions,
} from './load/load-feed.js';
export { mergeFeeds } from './load/merge-feeds.js';
export { FeedIndex, type Dimension, type DimensionValue } from './model/feed-index.js';
export * from './filter/cluster-filters.js';
export {
  compareClusters,
  metricsOf,
  sortComparisonRows,
  type Comparison,
  type ComparisonColumn,
  type ComparisonRow,
} from './model/compare.js';
export { GrappeStore, type GrappeSnapshot, type LoadSummary } from './state/grappe-store.js';
export { readRoute, writeRoute } from './state/hash-route.js';
export { sanitiseUrl, sanitiseEmail, sanitisePhone, type SafeUrl } from './text/sanitise-url.js';
export { foldText, queryTokens } from './text/search-text.js';
export { resolveText } from './text/localised-text.js';
export {
  getTranslation,
  registerTranslation,
  availableLanguages,
  describeProblem,
  describeProblemWithPath,
  type Translation,
} from './i18n/index.js';
export { readCsv, readCsvRows, writeCsv, csvRecords, decodeTableBytes } from './csv/csv.js';
export { feedToCsvTables, feedFromCsvTables, feedFromRows } from './csv/csv-tables.js';
export { CSV_TABLES, VOCABULARY_COLUMNS, tableColumns } from './csv/csv-columns.js';
export { TABLE_FILE_NAMES, FEED_KEY_HEADINGS, headingOf, tableOfName } from './csv/headings.js';
export {
  importSpreadsheet,
  csvTable,
  locate,
  type SpreadsheetTable,
  type SpreadsheetImport,
  type ImportProblem,
} from './csv/spreadsheet-import.js';
export { geocodeAddresses, DEFAULT_GEOCODER, type GeocoderOptions } from './csv/geocode.js';
export { placeRecords } from './csv/place-records.js';
export type {
  GrappeEventMap,
  GrappeLoadDetail,
  GrappeErrorDetail,
  GrappeSelectDetail,
  GrappeFilterChangeDetail,
} from './events/index.js';
