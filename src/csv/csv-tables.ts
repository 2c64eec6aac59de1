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
import { csvRecords, parseDecimal, writeCsv } from './csv.js';

export const CSV_TABLES = ['feed', 'taxonomies', 'territories', 'clusters', 'indicators', 'organisations', 'memberships', 'cooperations', 'networks'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type AnyRecord = Record<string, unknown>;

const LIST_SEPARATOR = '|';

function getPath(record: AnyRecord, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as AnyRecord)[key];
  }
  return value;
}

function setPath(record: AnyRecord, path: string, value: unknown): void {
  if (value === undefined) return;
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as AnyRecord;
  }
  target[keys.at(-1)!] = value;
}

function deletePath(record: AnyRecord, path: string): void {
  const keys = path.split('.');
  const parents: AnyRecord[] = [record];
  for (const key of keys.slice(0, -1)) {
    const next = parents.at(-1)![key];
    if (typeof next !== 'object' || next === null) return;
    parents.push(next as AnyRecord);
  }
  delete parents.at(-1)![keys.at(-1)!];
  // Remove objects left empty (an address with only a city, once the city has its column).
  for (let depth = keys.length - 2; depth >= 0; depth -= 1) {
    const parent = parents[depth]!;
    const child = parent[keys[depth]!] as AnyRecord;
    if (child && typeof child === 'object' && Object.keys(child).length === 0) delete parent[keys[depth]!];
  }
}

const formatNumber = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : '');
const readNumber = (cell: string) => {
  const value = parseDecimal(cell);
  return value === undefined ? undefined : value;
};
const readInteger = (cell: string) => {
  const value = readNumber(cell);
  return value === undefined || Number.isNaN(value) ? (cell.trim() === '' ? undefined : cell) : value;
};
const readPartialDate = (cell: string) => (cell.trim() === '' ? undefined : /^\d{4}$/.test(cell.trim()) ? Number(cell.trim()) : cell.trim());
const readString = (cell: string) => (cell === '' ? undefined : cell);
const readCodes = (cell: string) => {
  const values = cell.split(LIST_SEPARATOR).map((value) => value.trim()).filter((value) => value !== '');
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
};
const readList = (cell: string) => {
  const values = cell.split(LIST_SEPARATOR).map((value) => value.trim()).filter((value) => value !== '');
  return values.length === 0 ? undefined : values;
};
const writeCodes = (value: unknown) => (Array.isArray(value) ? value.join(LIST_SEPARATOR) : typeof value === 'string' ? value : '');

interface Column {
  name: string;
  /** The record fields this column carries (removed from `more`). */
  paths: string[];
  write(record: AnyRecord): string;
  read(record: AnyRecord, row: Record<string, string>): void;
}

const plain = (name: string, path = name, read: (cell: string) => unknown = readString, write: (value: unknown) => string = (value) => (value === undefined ? '' : String(value))): Column => ({
  name,
  paths: [path],
  write: (record) => write(getPath(record, path)),
  read: (record, row) => setPath(record, path, read(row[name] ?? '')),
});

/** A text field: the default language in `name`, the others in `name@xx`. */
function textColumns(name: string, languages: string[], defaultLanguage: string): Column[] {
  return [
    {
      name,
      paths: [name],
      write: (record) => {
        const value = record[name] as LocalisedText | undefined;
        if (value === undefined) return '';
        return typeof value === 'string' ? value : value[defaultLanguage] ?? '';
      },
      read: (record, row) => {
        const base = row[name] ?? '';
        const variants = languages.map((lang) => [lang, row[`${name}@${lang}`] ?? ''] as const).filter(([, text]) => text !== '');
        if (variants.length === 0) {
          if (base !== '') record[name] = base;
          return;
        }
        record[name] = Object.fromEntries([...(base !== '' ? [[defaultLanguage, base] as const] : []), ...variants]);
      },
    },
    ...languages.map(
      (lang): Column => ({
        name: `${name}@${lang}`,
        paths: [],
        write: (record) => {
          const value = record[name] as LocalisedText | undefined;
          return value && typeof value === 'object' ? value[lang] ?? '' : '';
        },
        read: () => undefined,
      }),
    ),
  ];
}

const codes = (name: string): Column => plain(name, name, readCodes, writeCodes);
const list = (name: string): Column => plain(name, name, readList, writeCodes);

const coordinates = (path: string): Column[] => [
  {
    name: 'longitude',
    paths: [path],
    write: (record) => formatNumber((getPath(record, `${path}.coordinates`) as number[] | undefined)?.[0]),
    read: (record, row) => {
      const lon = readNumber(row['longitude'] ?? '');
      const lat = readNumber(row['latitude'] ?? '');
      if (lon !== undefined && lat !== undefined) setPath(record, path, { type: 'Point', coordinates: [lon, lat] });
    },
  },
  {
    name: 'latitude',
    paths: [],
    write: (record) => formatNumber((getPath(record, `${path}.coordinates`) as number[] | undefined)?.[1]),
    read: () => undefined,
  },
];

const address = (): Column[] =>
  (['street', 'postcode', 'city', 'country'] as const).map((field) => plain(field, `address.${field}`));

const identifier = (scheme: string, name: string): Column => ({
  name,
  paths: [],
  write: (record) =>
    ((record['identifiers'] as Array<{ scheme: string; value: string }> | undefined) ?? []).find((entry) => entry.scheme === scheme)?.value ?? '',
  read: (record, row) => {
    const value = row[name] ?? '';
    if (value === '') return;
    const identifiers = ((record['identifiers'] as unknown[] | undefined) ?? []) as Array<{ scheme: string; value: string }>;
    identifiers.push({ scheme, value });
    record['identifiers'] = identifiers;
  },
});

/** Everything the columns do not carry, as JSON. */
function moreColumn(columns: Column[], extraCarried: string[] = []): Column {
  return {
    name: 'more',
    paths: [],
    write: (record) => {
      const rest = structuredClone(record);
      for (const column of columns) for (const path of column.paths) deletePath(rest, path);
      for (const path of extraCarried) deletePath(rest, path);
      // Identifiers with a column of their own stay out of `more`.
      if (Array.isArray(rest['identifiers'])) {
        const others = (rest['identifiers'] as Array<{ scheme: string }>).filter((entry) => entry.scheme !== 'FR-SIREN' && entry.scheme !== 'FR-SIRET');
        if (others.length > 0) rest['identifiers'] = others;
        else delete rest['identifiers'];
      }
      return Object.keys(rest).length === 0 ? '' : JSON.stringify(rest);
    },
    read: (record, row) => {
      const cell = row['more'] ?? '';
      if (cell.trim() === '') return;
      const extra = JSON.parse(cell) as AnyRecord;
      for (const [key, value] of Object.entries(extra)) {
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        if (key === 'identifiers' && Array.isArray(record['identifiers'])) {
          record['identifiers'] = [...(value as unknown[]), ...(record['identifiers'] as unknown[])];
        } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof record[key] === 'object' && record[key] !== null) {
          record[key] = { ...(record[key] as AnyRecord), ...(value as AnyRecord) };
        } else {
          record[key] = value;
        }
      }
    },
  };
}

function tableColumns(table: Exclude<CsvTable, 'feed'>, languages: string[], defaultLanguage: string): Column[] {
  const text = (name: string) => textColumns(name, languages, defaultLanguage);
  let columns: Column[];
  switch (table) {
    case 'clusters':
      columns = [
        plain('id'),
        ...text('name'),
        ...text('shortName'),
        ...text('description'),
        ...['kind', 'sector', 'stage', 'reach', 'composition', 'meaning', 'orientation', 'governance', 'strategy', 'initiator', 'levers', 'services'].map(codes),
        {
          name: 'categories',
          paths: ['categories'],
          write: (record) =>
            Object.entries((record['categories'] as Record<string, string | string[]> | undefined) ?? {})
              .flatMap(([taxonomy, values]) => (Array.isArray(values) ? values : [values]).map((value) => `${taxonomy}:${value}`))
              .join(LIST_SEPARATOR),
          read: (record, row) => {
            const categories: Record<string, string[]> = {};
            for (const entry of readList(row['categories'] ?? '') ?? []) {
              const separator = entry.indexOf(':');
              if (separator <= 0) continue;
              (categories[entry.slice(0, separator)] ??= []).push(entry.slice(separator + 1));
            }
            if (Object.keys(categories).length > 0) {
              record['categories'] = Object.fromEntries(Object.entries(categories).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
            }
          },
        },
        list('territories'),
        ...coordinates('location'),
        ...address(),
        plain('founded', 'founded', readPartialDate),
        plain('legalForm'),
        plain('staff', 'staff', readNumber, formatNumber),
        plain('website'),
        plain('email', 'contact.email'),
        plain('phone', 'contact.phone'),
        plain('contact', 'contact.name'),
        plain('membersHref'),
      ];
      return [...columns, moreColumn(columns, ['indicators'])];
    case 'organisations':
      columns = [
        plain('id'),
        ...text('name'),
        plain('kind'),
        plain('size'),
        codes('sector'),
        ...text('description'),
        ...coordinates('location'),
        ...address(),
        plain('website'),
        plain('email', 'contact.email'),
        plain('phone', 'contact.phone'),
        identifier('FR-SIREN', 'siren'),
        identifier('FR-SIRET', 'siret'),
      ];
      return [...columns, moreColumn(columns)];
    case 'memberships':
      return [plain('cluster'), plain('organisation'), plain('role'), plain('since', 'since', readPartialDate), plain('until', 'until', readPartialDate)];
    case 'territories':
      columns = [
        plain('id'),
        ...text('name'),
        plain('kind'),
        plain('parent'),
        plain('code_scheme', 'code.scheme'),
        plain('code_value', 'code.value'),
        plain('code_vintage', 'code.vintage', readInteger),
      ];
      return [...columns, moreColumn(columns)];
    case 'cooperations':
      columns = [
        plain('id'),
        list('clusters'),
        ...text('name'),
        ...text('description'),
        plain('level'),
        list('purposes'),
        plain('stage'),
        plain('governance'),
        plain('since', 'since', readPartialDate),
        plain('until', 'until', readPartialDate),
        plain('website'),
      ];
      return [...columns, moreColumn(columns)];
    case 'networks':
      columns = [plain('id'), ...text('name'), list('clusters'), ...text('description'), plain('since', 'since', readPartialDate), plain('website')];
      return [...columns, moreColumn(columns)];
    case 'indicators':
      // One row per value of a cluster's indicator; `cluster` is the cluster's id.
      return [
        plain('cluster'),
        plain('metric'),
        plain('period'),
        plain('year', 'year', readInteger),
        plain('value', 'value', (cell) => readNumber(cell) ?? Number.NaN, formatNumber),
        plain('unit'),
        ...text('label'),
        ...text('source'),
      ];
    case 'taxonomies':
      // One row per value; a taxonomy without values has one row with an empty `value`.
      return [plain('taxonomy'), ...text('taxonomy_label'), plain('value'), ...text('label'), plain('color'), plain('parent'), ...text('description')];
  }
}


function languagesOf(feed: Feed): { languages: string[]; defaultLanguage: string } {
  const defaultLanguage = feed.languages?.[0] ?? 'fr';
  const found = new Set(feed.languages ?? []);
  const scan = (value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const key of Object.keys(value)) if (/^[a-z]{2,3}(-|$)/.test(key)) found.add(key);
  };
  for (const collection of [feed.clusters, feed.organisations, feed.territories, feed.cooperations, feed.networks]) {
    for (const record of (collection ?? []) as AnyRecord[]) for (const field of ['name', 'shortName', 'description']) scan(record[field]);
  }
  found.delete(defaultLanguage);
  return { languages: [...found].sort(), defaultLanguage };
}

function textValue(value: LocalisedText | undefined, lang: string): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value[lang] ?? '';
}

/** The feed as CSV tables (only the tables that have rows, `feed` and `clusters` always). */
export function feedToCsvTables(feed: Feed): Partial<Record<CsvTable, string>> {
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
  out.feed = writeCsv(feedRows);

  const write = (table: Exclude<CsvTable, 'feed'>, records: readonly object[] | undefined) => {
    if (table !== 'clusters' && (!records || records.length === 0)) return;
    const columns = tableColumns(table, languages, defaultLanguage);
    out[table] = writeCsv([columns.map((column) => column.name), ...(records ?? []).map((record) => columns.map((column) => column.write(record as AnyRecord)))]);
  };
  write(
    'taxonomies',
    (feed.taxonomies ?? []).flatMap((taxonomy) =>
      (taxonomy.values.length > 0 ? taxonomy.values : [undefined]).map((value) => ({
        taxonomy: taxonomy.id,
        taxonomy_label: taxonomy.label,
        ...(value ? { value: value.id, label: value.label, color: value.color, parent: value.parent, description: value.description } : {}),
      })),
    ),
  );
  write('territories', feed.territories);
  write('clusters', feed.clusters);
  write('indicators', feed.clusters.flatMap((cluster) => (cluster.indicators ?? []).map((indicator) => ({ cluster: cluster.id, ...indicator }))));
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

/** Builds a feed from CSV tables (their text, by table name). The result still needs validating. */
export function feedFromCsvTables(tables: Partial<Record<CsvTable, string>>, options: CsvImportOptions = {}): AnyRecord {
  const settings = new Map<string, string>();
  if (tables.feed) for (const row of csvRecords(tables.feed)) settings.set(row['key'] ?? '', row['value'] ?? '');
  const languages = (settings.get('languages') ?? '').split(LIST_SEPARATOR).filter((lang) => lang !== '');
  const defaultLanguage = languages[0] ?? 'fr';
  const feed: AnyRecord = {
    format: settings.get('format') || 'grappe-feed',
    version: settings.get('version') || '1.0',
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
  const headerMore = settings.get('more');
  if (headerMore) {
    const extra = JSON.parse(headerMore) as AnyRecord;
    if (extra['publisher'] && typeof extra['publisher'] === 'object') Object.assign(publisher, extra['publisher']);
    if (extra['extensions'] && typeof extra['extensions'] === 'object') feed['extensions'] = extra['extensions'];
  }

  const headerLanguages = (text: string | undefined) => {
    const header = text ? text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '' : '';
    const found = new Set<string>();
    for (const match of header.matchAll(/@([a-z]{2,3}(?:-[A-Za-z0-9]+)*)/g)) found.add(match[1]!);
    found.delete(defaultLanguage);
    return [...found].sort();
  };

  const read = (table: Exclude<CsvTable, 'feed'>) => {
    const text = tables[table];
    if (!text) return undefined;
    const columns = tableColumns(table, headerLanguages(text), defaultLanguage);
    return csvRecords(text).map((row) => {
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
  const byId = new Map(clusters.map((cluster) => [cluster['id'], cluster]));
  for (const { cluster: clusterId, ...indicator } of read('indicators') ?? []) {
    const cluster = byId.get(clusterId);
    if (cluster) ((cluster['indicators'] ??= []) as AnyRecord[]).push(indicator);
  }
  for (const table of ['organisations', 'memberships', 'cooperations', 'networks'] as const) {
    const records = read(table);
    if (records) feed[table] = records;
  }
  return feed;
}
