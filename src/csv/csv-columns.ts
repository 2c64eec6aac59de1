/**
 * The columns of each CSV table: how a cell is read into a record and written from one. The
 * conventions are described in csv-tables.ts.
 */
import {
  CLUSTER_DIMENSIONS,
  COOPERATION_GOVERNANCE,
  COOPERATION_LEVEL,
  COOPERATION_PURPOSE,
  COOPERATION_STAGE,
  INDICATOR_METRIC,
  MEMBER_ROLE,
  ORGANISATION_KIND,
  SECTOR,
  SIZE_CLASS,
  TERRITORY_KIND,
  type Vocabulary,
} from '../schema/vocabularies.js';
import {
  address,
  codes,
  coordinates,
  deletePath,
  formatNumber,
  identifier,
  list,
  LIST_SEPARATOR,
  plain,
  readList,
  readNumberOrText,
  readPartialDate,
  readYesNo,
  singleText,
  textColumns,
  writeYesNo,
  type Column,
} from './column-kinds.js';

/** The tables, by file name (`clusters.csv` …), in the order an import reads them. */
export const CSV_TABLES = [
  'feed',
  'taxonomies',
  'territories',
  'clusters',
  'indicators',
  'projects',
  'events',
  'organisations',
  'memberships',
  'cooperations',
  'networks',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type AnyRecord = Record<string, unknown>;

/** The vocabulary of each coded column, per table. */
export const VOCABULARY_COLUMNS: Partial<Record<CsvTable, Readonly<Record<string, Vocabulary>>>> = {
  clusters: Object.fromEntries(CLUSTER_DIMENSIONS.map((dimension) => [dimension.id, dimension])),
  organisations: { kind: ORGANISATION_KIND, size: SIZE_CLASS, sector: SECTOR },
  memberships: { role: MEMBER_ROLE },
  cooperations: {
    level: COOPERATION_LEVEL,
    purposes: COOPERATION_PURPOSE,
    stage: COOPERATION_STAGE,
    governance: COOPERATION_GOVERNANCE,
  },
  territories: { kind: TERRITORY_KIND },
  indicators: { metric: INDICATOR_METRIC },
};

export { LIST_SEPARATOR, getPath, setPath, deletePath, readString, readYesNo, type Column } from './column-kinds.js';

/** Keys a `more` cell may not set: they would reach an object's prototype. */
export const isPrototypeKey = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

/**
 * A `more` cell's JSON object, or null when the cell is empty, is not JSON (reported by the
 * import as `bad-more`) or is JSON but not an object (`null`, a list, a number).
 */
export function jsonObjectCell(cell: string): AnyRecord | null {
  if (cell.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(cell);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as AnyRecord) : null;
  } catch {
    return null;
  }
}

/** A table's column names, for matching headings (spreadsheet-import.ts, header-row.ts). */
export function columnNames(table: Exclude<CsvTable, 'feed'>): string[] {
  // Language variants are matched by their base name; the default language's column stands for them.
  return tableColumns(table, [], 'fr').map((column) => column.name);
}

/** Everything the columns do not carry, as JSON. */
export function moreColumn(columns: Column[], extraCarried: string[] = []): Column {
  return {
    name: 'more',
    paths: [],
    write: (record) => {
      const rest = structuredClone(record);
      for (const column of columns)
        for (const path of column.carriedPaths?.(record) ?? column.paths) deletePath(rest, path);
      for (const path of extraCarried) deletePath(rest, path);
      // Identifiers with a column of their own in this table stay out of `more`.
      const ownColumns = new Set(columns.map((column) => column.name));
      if (Array.isArray(rest['identifiers'])) {
        const others = (rest['identifiers'] as Array<{ scheme: string }>).filter(
          (entry) =>
            !(entry.scheme === 'FR-SIREN' && ownColumns.has('siren')) &&
            !(entry.scheme === 'FR-SIRET' && ownColumns.has('siret')),
        );
        if (others.length > 0) rest['identifiers'] = others;
        else delete rest['identifiers'];
      }
      return Object.keys(rest).length === 0 ? '' : JSON.stringify(rest);
    },
    read: (record, row) => {
      const extra = jsonObjectCell(row['more'] ?? '');
      if (!extra) return;
      for (const [key, value] of Object.entries(extra)) {
        if (isPrototypeKey(key)) continue;
        if (key === 'identifiers' && Array.isArray(record['identifiers'])) {
          record['identifiers'] = [...(value as unknown[]), ...(record['identifiers'] as unknown[])];
        } else if (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof record[key] === 'object' &&
          record[key] !== null
        ) {
          record[key] = { ...(record[key] as AnyRecord), ...(value as AnyRecord) };
        } else {
          record[key] = value;
        }
      }
    },
  };
}

export function tableColumns(table: Exclude<CsvTable, 'feed'>, languages: string[], defaultLanguage: string): Column[] {
  const text = (name: string) => textColumns(name, languages, defaultLanguage);
  let columns: Column[];
  switch (table) {
    case 'clusters':
      columns = [
        plain('id'),
        ...text('name'),
        ...text('shortName'),
        ...text('description'),
        ...[
          'kind',
          'sector',
          'stage',
          'reach',
          'composition',
          'meaning',
          'orientation',
          'governance',
          'strategy',
          'initiator',
          'levers',
          'services',
        ].map(codes),
        {
          name: 'categories',
          paths: ['categories'],
          write: (record) =>
            Object.entries((record['categories'] as Record<string, string | string[]> | undefined) ?? {})
              .flatMap(([taxonomy, values]) =>
                (Array.isArray(values) ? values : [values]).map((value) => `${taxonomy}:${value}`),
              )
              .join(LIST_SEPARATOR),
          read: (record, row) => {
            // A Map: a taxonomy typed `__proto__` or `toString` is a name like any other.
            const categories = new Map<string, string[]>();
            for (const entry of readList(row['categories'] ?? '') ?? []) {
              const separator = entry.indexOf(':');
              if (separator <= 0) continue;
              const taxonomy = entry.slice(0, separator);
              if (!categories.has(taxonomy)) categories.set(taxonomy, []);
              categories.get(taxonomy)!.push(entry.slice(separator + 1));
            }
            if (categories.size > 0) {
              record['categories'] = Object.fromEntries(
                [...categories].map(([key, values]) => [key, values.length === 1 ? values[0]! : values]),
              );
            }
          },
        },
        list('territories'),
        ...coordinates('location'),
        ...address(),
        plain('founded', 'founded', readPartialDate),
        plain('legalForm'),
        plain('staff', 'staff', readNumberOrText, formatNumber),
        plain('website'),
        plain('email', 'contact.email'),
        plain('phone', 'contact.phone'),
        plain('contact', 'contact.name'),
        plain('membersHref'),
        list('markets'),
        list('technologies'),
        list('targetZones'),
        plain('membership_open', 'membership.open', readYesNo, writeYesNo),
        singleText('membership_who', 'membership.who'),
        singleText('membership_fee', 'membership.fee'),
        singleText('membership_howTo', 'membership.howTo'),
      ];
      return [...columns, moreColumn(columns, ['indicators', 'projects', 'events'])];
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
      return [
        plain('cluster'),
        plain('organisation'),
        plain('role'),
        plain('since', 'since', readPartialDate),
        plain('until', 'until', readPartialDate),
      ];
    case 'territories':
      columns = [
        plain('id'),
        ...text('name'),
        plain('kind'),
        plain('parent'),
        plain('code_scheme', 'code.scheme'),
        plain('code_value', 'code.value'),
        plain('code_vintage', 'code.vintage', readNumberOrText),
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
      columns = [
        plain('id'),
        ...text('name'),
        list('clusters'),
        ...text('description'),
        plain('since', 'since', readPartialDate),
        plain('website'),
      ];
      return [...columns, moreColumn(columns)];
    case 'indicators':
      // One row per value of a cluster's indicator; `cluster` is the cluster's id.
      return [
        plain('cluster'),
        plain('metric'),
        plain('period'),
        plain('year', 'year', readNumberOrText),
        // A cell that is not a number stays text: validation says so, at this cell.
        plain('value', 'value', readNumberOrText, formatNumber),
        plain('unit'),
        ...text('label'),
        ...text('source'),
      ];
    case 'projects':
      // One row per project (format 1.1); `cluster` is its cluster's id; funding and labels in `more`.
      columns = [
        plain('cluster'),
        plain('id'),
        ...text('name'),
        ...text('description'),
        list('partners'),
        plain('start', 'start', readPartialDate),
        plain('end', 'end', readPartialDate),
        plain('url'),
      ];
      return [...columns, moreColumn(columns)];
    case 'events':
      // One row per event (format 1.1); `cluster` is its cluster's id.
      columns = [
        plain('cluster'),
        plain('id'),
        ...text('name'),
        plain('start', 'start', readPartialDate),
        plain('end', 'end', readPartialDate),
        plain('city', 'place.address.city'),
        ...coordinates('place.location'),
        plain('url'),
      ];
      return [...columns, moreColumn(columns)];
    case 'taxonomies':
      // One row per value; a taxonomy without values has one row with an empty `value`.
      return [
        plain('taxonomy'),
        ...text('taxonomy_label'),
        plain('value'),
        ...text('label'),
        plain('color'),
        plain('parent'),
        ...text('description'),
      ];
  }
}
