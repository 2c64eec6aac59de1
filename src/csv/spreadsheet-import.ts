/**
 * A publisher's spreadsheet, as it is, into a feed: tables named in French or English
 * (`adhesions.csv` or `memberships.csv`, a workbook's sheets), headings as people write them,
 * vocabulary values by label, French dates, postcodes Excel stripped of their zero. Everything
 * the import reads differently from what was typed, or leaves out, is a problem naming the
 * file, the line and the column. The feed still goes through the validator, whose problems
 * `locate` brings back to the same file, line and column.
 */
import type { FeedProblem, JsonPath } from '../validate/problems.js';
import { CSV_TABLES, jsonObjectCell, columnNames, VOCABULARY_COLUMNS, type CsvTable } from './csv-columns.js';
import { feedFromRows, type CsvImportOptions } from './csv-tables.js';
import { readCsvText, restoreFormula, type CsvQuoteProblem, type CsvRow } from './csv.js';
import { headingIndex, headingKey, nearestColumn, tablesOfFiles } from './headings.js';
import { countryCode, readDate, repairedPhone, repairedPostcode, roundedLongNumbers } from './cell-values.js';
import { attachedRowOrigins, dropRepeatedMemberships, saidOnce } from './cross-row-checks.js';
import type { ImportProblem, RowOrigin } from './import-problem.js';
import { fillMissingIds, resolveReferences, sayCaseTwins } from './row-references.js';
import { rejoinedRow } from './shifted-rows.js';
import { withoutTotalRows } from './total-rows.js';
import { memberColumnsOf, memberRowsOf, type MemberColumns } from './member-columns.js';
import { cappedBody, cappedHeader, sayQuoteProblems } from './table-limits.js';
import { readCoordinateCells } from './coordinate-cells.js';
import { headerAndBody } from './header-row.js';
import { codesOf, MAX_VALUES_PER_CELL } from './column-kinds.js';
import { readFeedTable } from './feed-table.js';
export { TABLE_LIMITS } from './table-limits.js';
export type { ImportProblem, ImportProblemCode, RowOrigin } from './import-problem.js';

const REPAIRED_NUMBERS = [
  ['postcode', repairedPostcode, 'postcode-repaired'],
  ['phone', repairedPhone, 'phone-repaired'],
] as const;

/** One table as read from a file or a sheet: its rows, the header first. */
export interface SpreadsheetTable {
  /** What the messages call it: `adhesions.csv`, or `chambre.xlsx, feuille adhesions`. */
  file: string;
  /** The name that says which table it is (a file name, or a sheet's name). */
  name: string;
  rows: readonly CsvRow[];
  /** How its bytes were read, when it was a text file. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Quotes of a CSV file not read as RFC 4180 says (said with the table's other problems). */
  quoteProblems?: readonly CsvQuoteProblem[];
  /** A CSV file's separator (a row cut by one typed in a cell is put back together). */
  separator?: string;
}

export interface SpreadsheetImport {
  /** The feed built (still to be validated). */
  feed: Record<string, unknown>;
  problems: ImportProblem[];
  /** The row of each record, by collection and position in the feed. */
  origins: Partial<Record<CsvTable, RowOrigin[]>>;
  /** The row of each indicator, project and event, which the feed holds in its cluster: by `clusters/2/events/0`. */
  nestedOrigins: ReadonlyMap<string, RowOrigin>;
  /** What was read: each table's file, rows and recognised or ignored columns. */
  tables: Array<{ table: CsvTable; file: string; rows: number; columns: string[]; ignored: string[] }>;
}

const DATE_COLUMNS = new Set(['founded', 'since', 'until', 'start', 'end']);

/** Columns the clusters table takes besides its own: identifiers, kept under `identifiers`. */
const CLUSTER_IDENTIFIER_COLUMNS: Readonly<Record<string, string>> = { siren: 'FR-SIREN', siret: 'FR-SIRET' };

/**
 * Reads the tables into a feed. `tables` are CSV files (see `csvTable`) or a workbook's sheets,
 * in any order; `flux`/`feed` gives the publisher, else `options.publisher`.
 */
export function importSpreadsheet(
  tables: readonly SpreadsheetTable[],
  options: CsvImportOptions = {},
): SpreadsheetImport {
  const problems: ImportProblem[] = [];
  const origins: Partial<Record<CsvTable, RowOrigin[]>> = {};
  const summary: SpreadsheetImport['tables'] = [];
  const byTable = tablesOfFiles(tables, problems);
  const rows: Partial<Record<CsvTable, Array<Record<string, string>>>> = {};
  // The organisations table's membership columns, read once every organisation has its id.
  let members:
    { source: SpreadsheetTable; header: CsvRow; columns: MemberColumns; body: readonly CsvRow[] } | undefined;

  for (const table of CSV_TABLES) {
    const source = byTable.get(table);
    if (!source) continue;
    const { header, body } = headerAndBody(table, source, problems);
    if (!header) continue;
    sayQuoteProblems(source, header, problems);
    // An organisations table may name each member's cluster: those columns are memberships.
    const capped = cappedHeader(source, header, problems);
    const columns = table === 'organisations' ? memberColumnsOf(capped) : null;
    const kept = withoutTotalRows(table, source.file, cappedBody(source, body, problems), problems);
    const read = readTable(table, source, columns?.organisationHeader ?? capped, kept, problems);
    rows[table] = read.rows;
    origins[table] = read.origins;
    summary.push({ table, file: source.file, rows: read.rows.length, columns: read.columns, ignored: read.ignored });
    if (columns) members = { source, header: capped, columns, body: read.body ?? kept };
  }
  if (!rows.clusters || rows.clusters.length === 0) {
    // No clusters table at all is said with the files that were read, not at a file that is not there.
    const clustersFile = byTable.get('clusters')?.file;
    problems.push(
      clustersFile !== undefined
        ? { severity: 'error', code: 'no-clusters', file: clustersFile }
        : {
            severity: 'error',
            code: 'no-clusters',
            file: '',
            params: { files: [...new Set(tables.map((t) => t.file))] },
          },
    );
  }
  fillMissingIds(rows, origins, problems);
  // Each membership of the organisations table names its own row's id (made from the name if
  // need be): two companies of one name keep their own. They come first, so that a line of
  // adhesions.csv that repeats one is the one said.
  if (members) {
    const { source, header, columns, body } = members;
    const idOfLine = new Map(origins.organisations!.map((origin, at) => [origin.line, rows.organisations![at]!['id']]));
    const read = readTable(
      'memberships',
      source,
      columns.memberHeader,
      memberRowsOf(columns, body, idOfLine, (row, count) =>
        problems.push({
          severity: 'warning',
          code: 'values-cut',
          file: source.file,
          line: row.line,
          column: header.cells[columns.clusterAt]!.trim(),
          params: { count, max: MAX_VALUES_PER_CELL },
        }),
      ),
      problems,
    );
    problems.push({
      severity: 'notice',
      code: 'memberships-in-organisations',
      file: source.file,
      line: header.line,
      column: header.cells[columns.clusterAt]!.trim(),
      params: { count: read.rows.length },
    });
    rows.memberships = [...read.rows, ...(rows.memberships ?? [])];
    origins.memberships = [...read.origins, ...(origins.memberships ?? [])];
  }
  sayCaseTwins(rows, origins, problems);
  resolveReferences(rows, origins, problems);
  dropRepeatedMemberships(rows, origins, problems);
  const nestedOrigins = attachedRowOrigins(rows, origins, problems);
  const feed = feedFromRows(rows, options);
  addClusterIdentifiers(feed, rows.clusters ?? []);
  return { feed, problems: saidOnce(problems), origins, nestedOrigins, tables: summary };
}

/** A CSV file's text as a table (the separator and the line of each row found). */
export function csvTable(file: string, text: string, encoding?: SpreadsheetTable['encoding']): SpreadsheetTable {
  const name = file.replace(/^.*[\\/]/, '');
  const { rows, quoteProblems, separator } = readCsvText(text);
  return {
    file: name,
    name,
    rows,
    separator,
    ...(encoding ? { encoding } : {}),
    ...(quoteProblems.length ? { quoteProblems } : {}),
  };
}

function readTable(
  table: CsvTable,
  source: SpreadsheetTable,
  header: CsvRow,
  body: readonly CsvRow[],
  problems: ImportProblem[],
): {
  rows: Array<Record<string, string>>;
  origins: RowOrigin[];
  columns: string[];
  ignored: string[];
  /** The rows as read, a row cut by a typed separator put back together (the memberships' cells). */
  body?: CsvRow[];
} {
  const file = source.file;
  if (table === 'feed') return readFeedTable(source, body, problems);
  const known =
    table === 'clusters' ? [...columnNames(table), ...Object.keys(CLUSTER_IDENTIFIER_COLUMNS)] : columnNames(table);
  const index = headingIndex(table, known);
  // Each cell position's column name, or null when ignored.
  const columnAt: Array<string | null> = [];
  const headings = new Map<string, string>();
  const ignored: string[] = [];
  header.cells.forEach((raw) => {
    const heading = raw.trim();
    const [base, variant] = heading.split('@', 2) as [string, string | undefined];
    const column = index.get(headingKey(base));
    const name = column && variant ? `${column}@${variant.trim().toLowerCase()}` : column;
    if (!name) {
      if (heading !== '') {
        ignored.push(heading);
        const near = nearestColumn(index, base);
        problems.push({
          severity: 'warning',
          code: 'unknown-column',
          file,
          line: header.line,
          column: heading,
          ...(near ? { params: { table, near } } : {}),
        });
      }
      columnAt.push(null);
      return;
    }
    if (headings.has(name)) {
      problems.push({
        severity: 'warning',
        code: 'duplicate-column',
        file,
        line: header.line,
        column: heading,
        params: { first: headings.get(name)! },
      });
      columnAt.push(null);
      return;
    }
    headings.set(name, heading);
    columnAt.push(name);
    if (table === 'clusters' && Object.hasOwn(CLUSTER_IDENTIFIER_COLUMNS, name))
      problems.push({ severity: 'notice', code: 'identifier-kept', file, line: header.line, column: heading });
  });

  const vocabularies = VOCABULARY_COLUMNS[table] ?? {};
  const rows: Array<Record<string, string>> = [];
  const origins: RowOrigin[] = [];
  // Rows as wide as the header are the rule (Excel writes every row to one width): a row wider
  // than most, even by empty cells, had a separator typed inside one of its cells.
  const wider = body.filter((row) => row.cells.length > header.cells.length).length;
  const readBody: CsvRow[] = [];
  for (const read of body) {
    // A row cut by a separator typed in a cell is put back together where its cells say where.
    const rejoined =
      source.separator !== undefined && read.cells.length > header.cells.length && wider * 2 < body.length
        ? rejoinedRow(read.cells, columnAt, source.separator, vocabularies)
        : null;
    const row = rejoined ? { ...read, cells: rejoined.cells } : read;
    readBody.push(row);
    if (rejoined)
      problems.push({
        severity: 'warning',
        code: 'cells-rejoined',
        file,
        line: row.line,
        column: header.cells[rejoined.position]!.trim(),
        params: { value: rejoined.value, separator: source.separator! },
      });
    // Cells past the last heading (a `;` typed inside a cell, a formula's): said, not dropped unseen.
    const beyond = row.cells.slice(header.cells.length);
    const extra = beyond.filter((cell) => cell.trim() !== '');
    if (extra.length > 0 || (beyond.length > 0 && wider * 2 < body.length))
      problems.push({
        severity: 'warning',
        code: 'extra-cells',
        file,
        line: row.line,
        params: { count: extra.length || beyond.length, columns: header.cells.length, value: extra[0] ?? '' },
      });
    const record: Record<string, string> = Object.create(null) as Record<string, string>;
    columnAt.forEach((name, position) => {
      if (name !== null) record[name] = restoreFormula((row.cells[position] ?? '').trim());
    });
    const at = (name: string) => ({ file, line: row.line, column: headings.get(name) ?? name });
    for (const [name, vocabulary] of Object.entries(vocabularies)) {
      if (record[name])
        record[name] = codesOf(record[name], vocabulary, Object.values(vocabularies), (problem) =>
          problems.push({ ...problem, ...at(name) }),
        );
    }
    for (const name of DATE_COLUMNS) {
      if (!record[name]) continue;
      const date = readDate(record[name]);
      if (date && 'value' in date) record[name] = String(date.value);
      else if (date) {
        const params = { value: record[name], reason: date.error };
        problems.push({ severity: 'warning', code: 'invalid-date', ...at(name), params });
        record[name] = '';
      }
    }
    for (const { column, code, value, read } of readCoordinateCells(record))
      problems.push({
        severity: code === 'coordinate-converted' ? 'notice' : 'warning',
        code,
        ...at(column),
        params: { value, read, axis: column },
      });
    if (record['country']) {
      const code = countryCode(record['country']);
      if (code) record['country'] = code;
      else {
        problems.push({
          severity: 'warning',
          code: 'unknown-country',
          ...at('country'),
          params: { value: record['country'] },
        });
        record['country'] = '';
      }
    }
    for (const name of roundedLongNumbers(record)) {
      problems.push({ severity: 'error', code: 'scientific-notation', ...at(name), params: { value: record[name]! } });
      record[name] = '';
    }
    // Numbers a spreadsheet stripped of their leading zero (`1100`, `299124321`), in France.
    for (const [name, repair, code] of REPAIRED_NUMBERS) {
      const value = record[name];
      const repaired = value ? repair(value, record['country'] ?? '') : undefined;
      if (!value || !repaired) continue;
      problems.push({ severity: 'warning', code, ...at(name), params: { value, repaired } });
      record[name] = repaired;
    }
    if (record['more'] && !jsonObjectCell(record['more'])) {
      problems.push({ severity: 'warning', code: 'bad-more', ...at('more') });
      record['more'] = '';
    }
    rows.push({ ...record });
    origins.push({ file, line: row.line, headings });
  }
  return { rows, origins, columns: [...headings.values()], ignored, body: readBody };
}

/** SIREN and SIRET columns in the clusters table: the cluster's own identifiers. */
function addClusterIdentifiers(feed: Record<string, unknown>, rows: ReadonlyArray<Record<string, string>>): void {
  const clusters = feed['clusters'] as Array<Record<string, unknown>>;
  rows.forEach((row, position) => {
    const cluster = clusters[position];
    if (!cluster) return;
    for (const [column, scheme] of Object.entries(CLUSTER_IDENTIFIER_COLUMNS)) {
      const value = row[column];
      if (!value) continue;
      const identifiers = (cluster['identifiers'] ??= []) as Array<{ scheme: string; value: string }>;
      if (!identifiers.some((entry) => entry.scheme === scheme))
        identifiers.push({ scheme, value: value.replace(/\s/g, '') });
    }
  });
}

/** The key of `flux.csv` that holds each of the feed's own fields. */
const FEED_KEY_OF_PATH: Readonly<Record<string, string>> = {
  'publisher.id': 'publisher_id',
  'publisher.name': 'publisher_name',
  'publisher.url': 'publisher_url',
  'publisher.contact.name': 'contact_name',
  'publisher.contact.email': 'contact_email',
  'publisher.contact.phone': 'contact_phone',
  license: 'license',
  updated: 'updated',
  languages: 'languages',
};

/**
 * Problems in the order a publisher mends them: by file (in the order given), then by line;
 * those of no file last. Stable.
 */
export function inPlaceOrder<T extends { file?: string | undefined; line?: number | undefined }>(
  items: readonly T[],
  files: readonly string[],
): T[] {
  const rank = (item: T) => {
    // A problem of the whole import (no clusters table at all) comes before any file's.
    if (item.file === '') return -1;
    const at =
      item.file === undefined
        ? -1
        : files.findIndex((name) => item.file === name || item.file!.startsWith(`${name} [`));
    return at < 0 ? (item.file === undefined ? files.length + 1 : files.length) : at;
  };
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item) - rank(b.item) || (a.item.line ?? 0) - (b.item.line ?? 0) || a.order - b.order)
    .map(({ item }) => item);
}

/**
 * Where a validator's problem sits in the spreadsheet: the file, line and column of the record's
 * row (`clusters[2].contact.email` → `clusters.csv`, line 4, `Courriel`), or null for the feed as
 * a whole. Indicators and taxonomy values are folded into other records: their table is named.
 */
export function locate(
  problem: FeedProblem,
  origins: SpreadsheetImport['origins'],
  nestedOrigins?: SpreadsheetImport['nestedOrigins'],
): { file: string; line?: number; column?: string; toWrite?: boolean; firstLine?: number } | null {
  const found = locateRow(problem, origins, nestedOrigins);
  // An id used twice: the first record's line, not its JSON path (`$.clusters[1]` → line 3).
  const first = problem.code === 'duplicate-id' ? /^\$\.(\w+)\[(\d+)\]$/.exec(String(problem.params?.['first'])) : null;
  const firstOrigin = first ? origins[first[1] as CsvTable]?.[Number(first[2])] : undefined;
  return found && firstOrigin?.file === found.file ? { ...found, firstLine: firstOrigin.line } : found;
}

function locateRow(
  problem: FeedProblem,
  origins: SpreadsheetImport['origins'],
  nestedOrigins?: SpreadsheetImport['nestedOrigins'],
): { file: string; line?: number; column?: string; toWrite?: boolean } | null {
  const [collection, position, ...rest] = problem.path as JsonPath;
  const feedKey = FEED_KEY_OF_PATH[problem.path.filter((part) => typeof part === 'string').join('.')];
  // The feed's own fields come from flux.csv, read or still to write.
  if (feedKey) {
    const read = origins.feed?.[0]?.file;
    return read ? { file: read, column: feedKey } : { file: 'flux.csv', column: feedKey, toWrite: true };
  }
  if (typeof collection !== 'string' || typeof position !== 'number') return null;
  // An indicator, project or event: its own table's row, not its cluster's.
  const [attachedTable, attachedPosition] = rest;
  const attached =
    collection === 'clusters' && typeof attachedTable === 'string' && typeof attachedPosition === 'number'
      ? nestedOrigins?.get(`clusters/${position}/${attachedTable}/${attachedPosition}`)
      : undefined;
  const origin = attached ?? origins[collection as CsvTable]?.[position];
  if (!origin) return null;
  const field = (attached ? rest.slice(2) : rest).filter((part): part is string => typeof part === 'string');
  // The deepest column that carries the field: `contact.email` is the `email` column, `address.postcode` the `postcode` one.
  // `membership.open` is the `membership_open` column.
  const candidates = [
    field.join('.'),
    field.join('_'),
    field.at(-1),
    field[0],
    // `location.coordinates[1]` is the Latitude column; the point as a whole, the Longitude one.
    ...(field[0] === 'location' ? [rest.at(-1) === 1 ? 'latitude' : 'longitude'] : []),
    // A SIRET or SIREN is its own column.
    ...(field[0] === 'identifiers'
      ? [
          String(problem.params?.['scheme'] ?? '')
            .replace(/^FR-/, '')
            .toLowerCase(),
        ]
      : []),
  ];
  for (const candidate of candidates) {
    if (candidate && origin.headings.has(candidate))
      return { file: origin.file, line: origin.line, column: origin.headings.get(candidate)! };
  }
  return { file: origin.file, line: origin.line };
}
