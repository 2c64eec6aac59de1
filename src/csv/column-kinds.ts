/**
 * The kinds of CSV column (csv-columns.ts lists which table has which): how a cell is read into
 * a record field and written from one — text in several languages, lists with `|`, numbers with
 * a decimal comma, yes/no, coordinates, identifiers.
 */
import { parseDecimal } from './csv.js';
import { termOfFirstWords, typedDigits, vocabularyCode } from './cell-values.js';
import type { Vocabulary } from '../schema/vocabularies.js';
import type { ImportProblem } from './import-problem.js';
import type { LocalisedText } from '../schema/feed-schema.js';

type AnyRecord = Record<string, unknown>;

export const LIST_SEPARATOR = '|';

export function getPath(record: AnyRecord, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as AnyRecord)[key];
  }
  return value;
}

export function setPath(record: AnyRecord, path: string, value: unknown): void {
  if (value === undefined) return;
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as AnyRecord;
  }
  target[keys.at(-1)!] = value;
}

export function deletePath(record: AnyRecord, path: string): void {
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

export const formatNumber = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : '');
export const readNumber = (cell: string) => {
  const value = parseDecimal(cell);
  return value === undefined ? undefined : value;
};
/** A number, or the cell's text when it is not one (validation then says so, at its cell). */
export const readNumberOrText = (cell: string) => {
  const value = readNumber(cell);
  return value === undefined || Number.isNaN(value) ? (cell.trim() === '' ? undefined : cell.trim()) : value;
};
export const readPartialDate = (cell: string) =>
  cell.trim() === '' ? undefined : /^\d{4}$/.test(cell.trim()) ? Number(cell.trim()) : cell.trim();
export const readString = (cell: string) => (cell === '' ? undefined : cell);
export const readCodes = (cell: string) => {
  const values = cell
    .split(LIST_SEPARATOR)
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
};
export const readList = (cell: string) => {
  const values = cell
    .split(LIST_SEPARATOR)
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return values.length === 0 ? undefined : values;
};
export const writeCodes = (value: unknown) =>
  Array.isArray(value) ? value.join(LIST_SEPARATOR) : typeof value === 'string' ? value : '';

export interface Column {
  name: string;
  /** The record fields this column carries (removed from `more`). */
  paths: string[];
  /** When a field is carried only for some values (a text in one language), the fields carried for this record. */
  carriedPaths?(record: AnyRecord): string[];
  write(record: AnyRecord): string;
  read(record: AnyRecord, row: Record<string, string>): void;
}

export const plain = (
  name: string,
  path = name,
  read: (cell: string) => unknown = readString,
  write: (value: unknown) => string = (value) => (value === undefined ? '' : String(value)),
): Column => ({
  name,
  paths: [path],
  write: (record) => write(getPath(record, path)),
  read: (record, row) => setPath(record, path, read(row[name] ?? '')),
});

/** A text field: the default language in `name`, the others in `name@xx`. */
export function textColumns(name: string, languages: string[], defaultLanguage: string): Column[] {
  return [
    {
      name,
      paths: [name],
      write: (record) => {
        const value = record[name] as LocalisedText | undefined;
        if (value === undefined) return '';
        return typeof value === 'string' ? value : (value[defaultLanguage] ?? '');
      },
      read: (record, row) => {
        const base = row[name] ?? '';
        const variants = languages
          .map((lang) => [lang, row[`${name}@${lang}`] ?? ''] as const)
          .filter(([, text]) => text !== '');
        if (variants.length === 0) {
          if (base !== '') record[name] = base;
          return;
        }
        record[name] = Object.fromEntries([...(base !== '' ? [[defaultLanguage, base] as const] : []), ...variants]);
      },
    },
    ...languages.map((lang): Column => ({
      name: `${name}@${lang}`,
      paths: [],
      write: (record) => {
        const value = record[name] as LocalisedText | undefined;
        return value && typeof value === 'object' ? (value[lang] ?? '') : '';
      },
      read: () => undefined,
    })),
  ];
}

export const codes = (name: string): Column => plain(name, name, readCodes, writeCodes);
export const list = (name: string): Column => plain(name, name, readList, writeCodes);

/** `oui`/`non`, `yes`/`no`, `vrai`/`faux`, `x`, `1`/`0`: anything else is kept as typed for the validator to report. */
export function readYesNo(cell: string): boolean | string | undefined {
  const folded = cell
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (folded === '') return undefined;
  if (['oui', 'yes', 'true', 'vrai', 'x', '1', 'o', 'y'].includes(folded)) return true;
  if (['non', 'no', 'false', 'faux', '0', 'n'].includes(folded)) return false;
  return cell.trim();
}
export const writeYesNo = (value: unknown) => (value === true ? 'oui' : value === false ? 'non' : '');

/**
 * A text field with no language variants of its own (`membership.fee`): a plain string has the
 * column; a text in several languages stays in `more`, whole.
 */
export const singleText = (name: string, path: string): Column => ({
  name,
  paths: [path],
  carriedPaths: (record) => (typeof getPath(record, path) === 'object' ? [] : [path]),
  write: (record) => {
    const value = getPath(record, path);
    return typeof value === 'string' ? value : '';
  },
  read: (record, row) => setPath(record, path, readString(row[name] ?? '')),
});

export const coordinates = (path: string): Column[] => [
  {
    name: 'longitude',
    paths: [path],
    write: (record) => formatNumber((getPath(record, `${path}.coordinates`) as number[] | undefined)?.[0]),
    read: (record, row) => {
      // A cell that is not a number stays text, and an empty one beside a filled one is null:
      // validation then says which, at that row's cell (« trouvé : un texte », « rien »). A table
      // with one of the two columns only (`Lattitude` mistyped, said with the nearest heading)
      // gives no point: a null at every row would say nothing of the heading.
      if (row['longitude'] === undefined || row['latitude'] === undefined) return;
      const lon = readNumberOrText(row['longitude'] ?? '');
      const lat = readNumberOrText(row['latitude'] ?? '');
      if (lon !== undefined || lat !== undefined)
        setPath(record, path, { type: 'Point', coordinates: [lon ?? null, lat ?? null] });
    },
  },
  {
    name: 'latitude',
    paths: [],
    write: (record) => formatNumber((getPath(record, `${path}.coordinates`) as number[] | undefined)?.[1]),
    read: () => undefined,
  },
];

export const address = (): Column[] =>
  (['street', 'postcode', 'city', 'country'] as const).map((field) => plain(field, `address.${field}`));

export const identifier = (scheme: string, name: string): Column => ({
  name,
  paths: [],
  write: (record) =>
    ((record['identifiers'] as Array<{ scheme: string; value: string }> | undefined) ?? []).find(
      (entry) => entry.scheme === scheme,
    )?.value ?? '',
  read: (record, row) => {
    const cell = row[name] ?? '';
    if (cell === '') return;
    // A SIRET or SIREN as typed for reading (`356 000 000 00048`) is kept as its digits.
    const digits = scheme.startsWith('FR-SIR') ? typedDigits(cell) : '';
    const value = digits || cell;
    const identifiers = ((record['identifiers'] as unknown[] | undefined) ?? []) as Array<{
      scheme: string;
      value: string;
    }>;
    identifiers.push({ scheme, value });
    record['identifiers'] = identifiers;
  },
});

/** Values read from one cell (a list of codes, the clusters an organisation belongs to); the rest said and left. */
export const MAX_VALUES_PER_CELL = 100;

/**
 * A cell of codes (`|` between several; also `,` when each part names a value) read by code or
 * label. A value not in a closed vocabulary is left out and reported with the nearest labels; in
 * an open one (sectors, indicators) it is kept, with a notice. `others`: the table's other
 * vocabularies, where a value typed in the wrong column may be found.
 */
export function codesOf(
  cell: string,
  vocabulary: Vocabulary,
  others: readonly Vocabulary[],
  report: (problem: Pick<ImportProblem, 'severity' | 'code' | 'params'>) => void,
): string {
  let parts = cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 1 && vocabularyCode(vocabulary, parts[0]!) === undefined) {
    const commaParts = parts[0]!
      .split(/[,;]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (commaParts.length > 1 && commaParts.every((part) => vocabularyCode(vocabulary, part) !== undefined))
      parts = commaParts;
  }
  if (parts.length > MAX_VALUES_PER_CELL) {
    report({ severity: 'warning', code: 'values-cut', params: { count: parts.length, max: MAX_VALUES_PER_CELL } });
    parts = parts.slice(0, MAX_VALUES_PER_CELL);
  }
  const codes: string[] = [];
  for (const part of parts) {
    const code = vocabularyCode(vocabulary, part);
    const completed = code === undefined && vocabulary.open ? termOfFirstWords(vocabulary, part) : undefined;
    if (code !== undefined) codes.push(code);
    else if (completed !== undefined) {
      codes.push(completed);
      report({
        severity: 'notice',
        code: 'value-completed',
        params: { value: part, vocabulary: vocabulary.id, term: completed },
      });
    } else if (vocabulary.open) {
      codes.push(part);
      report({ severity: 'notice', code: 'new-value', params: { value: part, vocabulary: vocabulary.id } });
    } else {
      // A value of another of the table's vocabularies (« PME », a size, typed as a type): said where it belongs.
      const elsewhere = others.find((other) => other !== vocabulary && vocabularyCode(other, part) !== undefined);
      const params = { value: part, vocabulary: vocabulary.id, ...(elsewhere ? { elsewhere: elsewhere.id } : {}) };
      report({ severity: 'warning', code: 'unknown-value', params });
    }
  }
  return [...new Set(codes)].join(LIST_SEPARATOR);
}
