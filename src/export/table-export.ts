/**
 * The directory's CSV download in the layout of `grappe export`: the clusters table with the
 * same columns, headings and vocabulary labels in the reader's language, so that a downloaded
 * list can be edited in a spreadsheet and imported again. Loaded on the first download only
 * (table-export-loader.ts): the table writer stays out of the embeds.
 */
import { feedToCsvTables } from '../csv/csv-tables.js';
import type { Cluster, Feed } from '../schema/feed-schema.js';

/** `clusters`, in the order given, as `clusters.csv` (French headings and labels for French readers, else English). */
export function clustersTableCsv(feed: Feed, clusters: readonly Cluster[], lang: string): string {
  const tables = feedToCsvTables(
    { ...feed, clusters: clusters.slice(), organisations: [], memberships: [], cooperations: [], networks: [] },
    { lang: lang.toLowerCase().startsWith('fr') ? 'fr' : 'en' },
  );
  return tables.clusters ?? '';
}
