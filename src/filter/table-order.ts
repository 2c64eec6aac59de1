/**
 * A feed in the order its tables are written (`grappe export`, the directory's CSV download):
 * clusters as the directory sorts them by name in the reader's language, organisations by
 * name, memberships by cluster then organisation. So a downloaded list reads as the page shows
 * it, and two exports of one feed are the same file.
 */
import { FeedIndex } from '../model/feed-index.js';
import { resolveText } from '../text/localised-text.js';
import { sortClusters } from './sort-clusters.js';
import type { Feed } from '../schema/feed-schema.js';
import { feedToCsvTables } from '../csv/csv-tables.js';
import { TABLE_FILE_NAMES } from '../csv/headings.js';
import type { CsvTable } from '../csv/csv-columns.js';

export function feedInTableOrder(feed: Feed, lang: string, only?: readonly number[]): Feed {
  const index = new FeedIndex(feed);
  const chosen = only ?? index.clusters.map((_, position) => position);
  const clusters = sortClusters(index, chosen, 'name', lang).map((position) => index.clusters[position]!);
  const rank = new Map(clusters.map((cluster, position) => [cluster.id, position]));
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const nameOf = new Map(
    (feed.organisations ?? []).map((organisation) => [
      organisation.id,
      resolveText(organisation.name, lang, index.defaultLanguage),
    ]),
  );
  const memberships = (feed.memberships ?? [])
    .filter((membership) => rank.has(membership.cluster))
    .sort(
      (a, b) =>
        rank.get(a.cluster)! - rank.get(b.cluster)! ||
        collator.compare(nameOf.get(a.organisation) ?? a.organisation, nameOf.get(b.organisation) ?? b.organisation),
    );
  const members = only ? new Set(memberships.map((membership) => membership.organisation)) : null;
  const organisations = (feed.organisations ?? [])
    .filter((organisation) => !members || members.has(organisation.id))
    .sort((a, b) => collator.compare(nameOf.get(a.id) ?? a.id, nameOf.get(b.id) ?? b.id));
  const ordered: Feed = { ...feed, clusters };
  if (feed.organisations) ordered.organisations = organisations;
  if (feed.memberships) ordered.memberships = memberships;
  return ordered;
}

/**
 * The feed as the files of its tables, in table order: French or English file names, headings
 * and labels with `lang` (what a person edits), the columns' own names and codes without.
 */
export function tableFiles(feed: Feed, lang?: 'fr' | 'en'): Array<{ file: string; text: string }> {
  const tables = feedToCsvTables(feedInTableOrder(feed, lang ?? 'fr'), lang ? { lang } : {});
  return (Object.entries(tables) as Array<[CsvTable, string]>).map(([table, text]) => ({
    file: `${TABLE_FILE_NAMES[table][lang ?? 'en']}.csv`,
    text,
  }));
}
