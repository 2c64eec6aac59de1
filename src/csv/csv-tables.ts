/**
 * A feed as the spreadsheets publishers keep: one CSV table per kind of record, as Excel and
 * LibreOffice write them in French locales (`;`, UTF-8 with BOM, decimal commas).
 *
 * Conventions: lists in a cell are separated by `|`; a text in another language goes in a
 * column suffixed `@lang` (`name@en`); a cluster's values of a declared taxonomy go in
 * `categories` as `taxonomy:value|…`; what has no column of its own (labels, board, sites,
 * extensions, geometry…) travels as JSON in the `more` column, so that export then import loses
 * nothing. `import` then `export` gives back the same tables.
 */
import type { Feed, LocalisedText } from '../schema/feed-schema.js';
import { FEED_FORMAT, FEED_VERSION } from '../schema/feed-version.js';
import { csvRecords, writeCsv } from './csv.js';
import {
  isPrototypeKey,
  jsonObjectCell,
  LIST_SEPARATOR,
  readString,
  setPath,
  tableColumns,
  VOCABULARY_COLUMNS,
  type Column,
  type CsvTable,
} from './csv-columns.js';
import { FEED_KEY_HEADINGS, writtenHeading } from './headings.js';
import type { Vocabulary } from '../schema/vocabularies.js';

export { CSV_TABLES, type CsvTable } from './csv-columns.js';

type AnyRecord = Record<string, unknown>;

function languagesOf(feed: Feed): { languages: string[]; defaultLanguage: string } {
  const defaultLanguage = feed.languages?.[0] ?? 'fr';
  const found = new Set(feed.languages ?? []);
  const scan = (value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const key of Object.keys(value)) if (/^[a-z]{2,3}(-|$)/.test(key)) found.add(key);
  };
  for (const collection of [feed.clusters, feed.organisations, feed.territories, feed.cooperations, feed.networks]) {
    for (const record of (collection ?? []) as AnyRecord[])
      for (const field of ['name', 'shortName', 'description']) scan(record[field]);
  }
  found.delete(defaultLanguage);
  return { languages: [...found].sort(), defaultLanguage };
}

function textValue(value: LocalisedText | undefined, lang: string): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[lang] ?? '');
}

export interface CsvExportOptions {
  /**
   * `fr` or `en`: headings and vocabulary values as labels in that language (`Type` = `Pôle de
   * compétitivité`), what a person edits; the import reads them back. Absent: the columns' own
   * names and the codes, for machines.
   */
  lang?: 'fr' | 'en';
}

/** A cell of codes as labels (`pole-de-competitivite|spl` → `Pôle de compétitivité|Système productif local (SPL)`). */
function labelsOf(cell: string, vocabulary: Vocabulary, lang: 'fr' | 'en'): string {
  if (cell === '') return cell;
  return cell
    .split(LIST_SEPARATOR)
    .map((code) => vocabulary.terms.find((term) => term.id === code)?.label[lang] ?? code)
    .join(LIST_SEPARATOR);
}

/** The feed as CSV tables (only the tables that have rows, `feed` and `clusters` always). */
export function feedToCsvTables(feed: Feed, options: CsvExportOptions = {}): Partial<Record<CsvTable, string>> {
  const lang = options.lang;
  const { languages, defaultLanguage } = languagesOf(feed);
  const out: Partial<Record<CsvTable, string>> = {};
  const publisher = feed.publisher;
  const feedRows: string[][] = [
    ['key', 'value'],
    ['format', feed.format],
    ['version', feed.version],
    ['publisher_id', publisher.id],
    ['publisher_name', textValue(publisher.name, defaultLanguage)],
    ['publisher_url', publisher.url ?? ''],
    ['contact_name', publisher.contact?.name ?? ''],
    ['contact_email', publisher.contact?.email ?? ''],
    ['contact_phone', publisher.contact?.phone ?? ''],
    ['license', feed.license ?? ''],
    ['updated', feed.updated ?? ''],
    ['languages', (feed.languages ?? []).join(LIST_SEPARATOR)],
  ];
  // What the rows above do not carry (a publisher name in several languages, extensions).
  const headerMore: AnyRecord = {};
  if (typeof publisher.name !== 'string') headerMore['publisher'] = { name: publisher.name };
  if (feed.extensions) headerMore['extensions'] = feed.extensions;
  if (Object.keys(headerMore).length > 0) feedRows.push(['more', JSON.stringify(headerMore)]);
  if (lang === 'fr') {
    feedRows[0] = ['Clé', 'Valeur'];
    for (const row of feedRows.slice(1)) row[0] = FEED_KEY_HEADINGS[row[0]!] ?? row[0]!;
  }
  out.feed = writeCsv(feedRows);

  const write = (table: Exclude<CsvTable, 'feed'>, records: readonly object[] | undefined) => {
    if (table !== 'clusters' && (!records || records.length === 0)) return;
    const columns = tableColumns(table, languages, defaultLanguage);
    const vocabularies = lang ? (VOCABULARY_COLUMNS[table] ?? {}) : {};
    const cell = (column: Column, record: AnyRecord) => {
      const text = column.write(record);
      const vocabulary = Object.hasOwn(vocabularies, column.name) ? vocabularies[column.name] : undefined;
      return vocabulary && lang ? labelsOf(text, vocabulary, lang) : text;
    };
    out[table] = writeCsv([
      columns.map((column) => (lang ? writtenHeading(table, column.name, lang) : column.name)),
      ...(records ?? []).map((record) => columns.map((column) => cell(column, record as AnyRecord))),
    ]);
  };
  write(
    'taxonomies',
    (feed.taxonomies ?? []).flatMap((taxonomy) =>
      (taxonomy.values.length > 0 ? taxonomy.values : [undefined]).map((value) => ({
        taxonomy: taxonomy.id,
        taxonomy_label: taxonomy.label,
        ...(value
          ? {
              value: value.id,
              label: value.label,
              color: value.color,
              parent: value.parent,
              description: value.description,
            }
          : {}),
      })),
    ),
  );
  write('territories', feed.territories);
  write('clusters', feed.clusters);
  write(
    'indicators',
    feed.clusters.flatMap((cluster) =>
      (cluster.indicators ?? []).map((indicator) => ({ cluster: cluster.id, ...indicator })),
    ),
  );
  for (const table of ['projects', 'events'] as const)
    write(
      table,
      feed.clusters.flatMap((cluster) => (cluster[table] ?? []).map((record) => ({ cluster: cluster.id, ...record }))),
    );
  write('organisations', feed.organisations);
  write('memberships', feed.memberships);
  write('cooperations', feed.cooperations);
  write('networks', feed.networks);
  return out;
}

export interface CsvImportOptions {
  /** Used when the tables have no `feed.csv`. */
  publisher?: { id: string; name: string };
}

/** A table's rows, each keyed by the tables' own column names (`id`, `name@en`, `postcode`…). */
export type CanonicalRows = ReadonlyArray<Record<string, string>>;

/** Builds a feed from CSV tables (their text, by table name). The result still needs validating. */
export function feedFromCsvTables(
  tables: Partial<Record<CsvTable, string>>,
  options: CsvImportOptions = {},
): AnyRecord {
  const rows: Partial<Record<CsvTable, CanonicalRows>> = {};
  for (const table of Object.keys(tables) as CsvTable[]) {
    const text = tables[table];
    if (text) rows[table] = csvRecords(text);
  }
  return feedFromRows(rows, options);
}

/** The languages of a table's `name@xx` columns, but the default one. */
function variantLanguages(rows: CanonicalRows | undefined, defaultLanguage: string): string[] {
  const found = new Set<string>();
  for (const key of Object.keys(rows?.[0] ?? {})) {
    const at = key.indexOf('@');
    if (at > 0) found.add(key.slice(at + 1));
  }
  found.delete(defaultLanguage);
  return [...found].sort();
}

/**
 * Builds a feed from tables already read into rows keyed by column name (CSV text, an XLSX
 * sheet, a French spreadsheet whose headings the import has recognised). Each output record
 * is in the order of its rows, so that a problem on `clusters[3]` is the fourth row's.
 */
export function feedFromRows(
  tables: Partial<Record<CsvTable, CanonicalRows>>,
  options: CsvImportOptions = {},
): AnyRecord {
  const settings = new Map<string, string>();
  for (const row of tables.feed ?? []) settings.set(row['key'] ?? '', row['value'] ?? '');
  const languages = (settings.get('languages') ?? '').split(LIST_SEPARATOR).filter((lang) => lang !== '');
  const defaultLanguage = languages[0] ?? 'fr';
  const feed: AnyRecord = {
    format: settings.get('format') || FEED_FORMAT,
    // The version this library writes: a 1.0 feed would not promise what the import writes of 1.1.
    version: settings.get('version') || FEED_VERSION,
    publisher: {
      id: settings.get('publisher_id') || options.publisher?.id || 'publisher',
      name: settings.get('publisher_name') || options.publisher?.name || 'Publisher',
    },
  };
  const publisher = feed['publisher'] as AnyRecord;
  setPath(publisher, 'url', readString(settings.get('publisher_url') ?? ''));
  setPath(publisher, 'contact.name', readString(settings.get('contact_name') ?? ''));
  setPath(publisher, 'contact.email', readString(settings.get('contact_email') ?? ''));
  setPath(publisher, 'contact.phone', readString(settings.get('contact_phone') ?? ''));
  setPath(feed, 'license', readString(settings.get('license') ?? ''));
  setPath(feed, 'updated', readString(settings.get('updated') ?? ''));
  if (languages.length > 0) feed['languages'] = languages;
  const extra = jsonObjectCell(settings.get('more') ?? '');
  if (extra) {
    const more = extra['publisher'];
    // Own keys copied one by one (Object.assign would let `__proto__` replace the prototype).
    if (more && typeof more === 'object' && !Array.isArray(more))
      for (const [key, value] of Object.entries(more as AnyRecord)) if (!isPrototypeKey(key)) publisher[key] = value;
    if (extra['extensions'] && typeof extra['extensions'] === 'object') feed['extensions'] = extra['extensions'];
  }

  const read = (table: Exclude<CsvTable, 'feed'>) => {
    const rows = tables[table];
    if (!rows) return undefined;
    const columns = tableColumns(table, variantLanguages(rows, defaultLanguage), defaultLanguage);
    return rows.map((row) => {
      const record: AnyRecord = {};
      for (const column of columns) column.read(record, row);
      return record;
    });
  };
  const taxonomyRows = read('taxonomies');
  if (taxonomyRows) {
    const taxonomies = new Map<unknown, AnyRecord>();
    for (const { taxonomy: id, taxonomy_label: label, ...value } of taxonomyRows) {
      if (id === undefined) continue;
      if (!taxonomies.has(id)) taxonomies.set(id, { id, label: label ?? id, values: [] });
      if (value['value'] === undefined) continue;
      const { value: valueId, ...rest } = value;
      (taxonomies.get(id)!['values'] as AnyRecord[]).push({ id: valueId, ...rest, label: rest['label'] ?? valueId });
    }
    feed['taxonomies'] = [...taxonomies.values()];
  }
  const territories = read('territories');
  if (territories) feed['territories'] = territories;
  const clusters = read('clusters') ?? [];
  feed['clusters'] = clusters;
  // The first row of an id is the cluster validation keeps: a repeated row's records go to it.
  const byId = new Map<unknown, AnyRecord>();
  for (const cluster of clusters) if (!byId.has(cluster['id'])) byId.set(cluster['id'], cluster);
  // Indicators, projects and events are rows of their own tables, attached to their cluster.
  for (const table of ['indicators', 'projects', 'events'] as const) {
    for (const { cluster: clusterId, ...record } of read(table) ?? []) {
      const cluster = byId.get(clusterId);
      if (cluster) ((cluster[table] ??= []) as AnyRecord[]).push(record);
    }
  }
  for (const table of ['organisations', 'memberships', 'cooperations', 'networks'] as const) {
    const records = read(table);
    if (records) feed[table] = records;
  }
  return feed;
}
