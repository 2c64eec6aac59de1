/**
 * Ids and references as a chamber's tables give them. A table of clusters or organisations
 * without an « Identifiant » column gets ids made from its names (an organisation's from its
 * SIRET or SIREN when it has one). A membership, an indicator, a project or an event may name its
 * cluster or organisation, and a cooperation or a network its clusters, by the id in other
 * letter case, by the name or short name, or (an organisation) by its SIRET or SIREN, spaces
 * included. Each is said once per table: ids made from names change when a name does. A name two
 * records share links to neither: the row stays as typed, said here with the records it may mean.
 */
import { describeValue } from '../validate/describe-value.js';
import type { CsvTable } from './csv-columns.js';
import type { ImportProblem, RowOrigin } from './import-problem.js';
import { foldText } from '../text/search-text.js';
import { LIST_SEPARATOR } from './column-kinds.js';
import { typedDigits } from './cell-values.js';

type Rows = Partial<Record<CsvTable, Array<Record<string, string>>>>;
type Origins = Partial<Record<CsvTable, RowOrigin[]>>;

/** Ids longer than this are cut: a name may be a sentence. */
const ID_FROM_NAME_MAX = 80;

/** A SIRET (14 digits) or SIREN (9) as its digits, whatever spaces or dots were typed; else ''. */
function companyNumber(cell: string | undefined): string {
  const digits = typedDigits(cell ?? '');
  return digits.length === 9 || digits.length === 14 ? digits : '';
}

/** `Pôle Mécanique Rhône-Alpes` → `pole-mecanique-rhone-alpes`. */
function idFromName(name: string | undefined): string {
  // Cut by characters, not UTF-16 units: a letter outside the BMP is never halved.
  return Array.from(foldText(name ?? ''))
    .slice(0, ID_FROM_NAME_MAX)
    .join('')
    .trim()
    .replaceAll(' ', '-');
}

/** Gives every cluster and organisation row without an id one made from its SIRET or name. */
export function fillMissingIds(rows: Rows, origins: Origins, problems: ImportProblem[]): void {
  for (const table of ['clusters', 'organisations'] as const) {
    const list = rows[table];
    if (!list) continue;
    const taken = new Set<string>();
    for (const row of list) if (row['id']) taken.add(row['id']);
    // The next suffix to try for each base: two hundred "Atelier" rows cost two hundred tries, not 20,000.
    const nextSuffix = new Map<string, number>();
    let made = 0;
    let first: RowOrigin | undefined;
    list.forEach((row, at) => {
      if (row['id']) return;
      const base =
        (table === 'organisations' ? companyNumber(row['siret']) || companyNumber(row['siren']) : '') ||
        idFromName(row['name'] || row['shortName']);
      if (base === '') return; // no name either: validation says what is missing
      let id = base;
      for (let suffix = nextSuffix.get(base) ?? 2; taken.has(id); suffix += 1) {
        id = `${base}-${suffix}`;
        nextSuffix.set(base, suffix + 1);
      }
      taken.add(id);
      row['id'] = id;
      made += 1;
      first ??= origins[table]?.[at];
    });
    if (first)
      problems.push({
        severity: 'warning',
        code: 'ids-from-names',
        file: first.file,
        line: first.line,
        params: { count: made, kind: table },
      });
  }
}

/**
 * Ids of one table that differ only in letter case (`ACME`, `acme`): valid, and kept as two
 * records, but in a spreadsheet most often one record typed twice. Said at the later row.
 */
export function sayCaseTwins(rows: Rows, origins: Origins, problems: ImportProblem[]): void {
  for (const table of ['clusters', 'organisations'] as const) {
    const first = new Map<string, { id: string; line: number }>();
    rows[table]?.forEach((row, at) => {
      const id = row['id'];
      const origin = origins[table]?.[at];
      if (!id || !origin) return;
      const key = id.toLowerCase();
      const twin = first.get(key);
      if (!twin) first.set(key, { id, line: origin.line });
      else if (twin.id !== id)
        problems.push({
          severity: 'warning',
          code: 'id-case-twin',
          file: origin.file,
          line: origin.line,
          params: { id, other: twin.id, first: twin.line },
        });
    });
  }
}

/** Records named in a message about a shared name; the others are counted. */
const SHARED_NAMED = 5;

/** The records a shared name may mean, as a message gives them: the first few ids, and how many in all. */
interface SharedKey {
  named: string[];
  count: number;
}

/** The first few ids of the set (the walk stops there, however many records share the name). */
function sharedKey(ids: Set<string>): SharedKey {
  const named: string[] = [];
  for (const id of ids) {
    if (named.length === SHARED_NAMED) break;
    named.push(id);
  }
  return { named, count: ids.size };
}

/** The ids of a table's records by every other way a row may name them; those that share one, as a set. */
function referenceKeys(list: ReadonlyArray<Record<string, string>>, withCompanyNumbers: boolean) {
  const ids = new Set<string>();
  // A set where several records share a key: 100,000 organisations named « Dupont » are added
  // in linear time (a list searched at each one made it quadratic).
  const byKey = new Map<string, string | Set<string>>();
  const add = (kind: string, value: string, id: string) => {
    if (value === '') return;
    const key = `${kind}:${value}`;
    const known = byKey.get(key);
    if (known === undefined || known === id) byKey.set(key, id);
    else if (typeof known === 'string') byKey.set(key, new Set([known, id]));
    else known.add(id);
  };
  for (const row of list) {
    const id = row['id'];
    if (!id) continue;
    ids.add(id);
    add('id', id.toLowerCase(), id);
    add('name', foldText(row['name'] ?? ''), id);
    add('name', foldText(row['shortName'] ?? ''), id);
    if (withCompanyNumbers) {
      add('number', companyNumber(row['siret']), id);
      add('number', companyNumber(row['siren']), id);
    }
  }
  // One record, whichever way the cell names it; a name several records share links to none of them.
  const find = (cell: string): { id: string } | { shared: SharedKey } | undefined => {
    let found: string | undefined;
    const keys: Array<[string, string]> = [
      ['id', cell.toLowerCase()],
      ['name', foldText(cell)],
      ['number', companyNumber(cell)],
    ];
    for (const [kind, value] of keys) {
      const id = value === '' ? undefined : byKey.get(`${kind}:${value}`);
      if (id instanceof Set) return { shared: sharedKey(id) };
      if (id !== undefined && found !== undefined && id !== found) return { shared: sharedKey(new Set([found, id])) };
      found ??= id;
    }
    return found === undefined ? undefined : { id: found };
  };
  return { ids, find };
}

/** The columns that name a cluster or an organisation, in the tables that have them; `true`: a list (`a|b`). */
const REFERENCE_COLUMNS: ReadonlyArray<[CsvTable, string, 'clusters' | 'organisations', boolean]> = [
  ['memberships', 'cluster', 'clusters', false],
  ['memberships', 'organisation', 'organisations', false],
  ['indicators', 'cluster', 'clusters', false],
  ['projects', 'cluster', 'clusters', false],
  ['events', 'cluster', 'clusters', false],
  ['cooperations', 'clusters', 'clusters', true],
  ['networks', 'clusters', 'clusters', true],
];

/** Replaces each reference typed another way than the id by the id it names, where exactly one record has it. */
export function resolveReferences(rows: Rows, origins: Origins, problems: ImportProblem[]): void {
  const targets = {
    clusters: referenceKeys(rows.clusters ?? [], false),
    organisations: referenceKeys(rows.organisations ?? [], true),
  };
  for (const [table, column, kind, isList] of REFERENCE_COLUMNS) {
    const { ids, find } = targets[kind];
    let linked = 0;
    let first: { origin: RowOrigin | undefined; value: string } | undefined;
    (rows[table] ?? []).forEach((row, at) => {
      const cell = row[column];
      if (!cell) return;
      let firstLinked: string | undefined;
      const parts = (isList ? cell.split(LIST_SEPARATOR) : [cell]).map((part) => {
        const reference = part.trim();
        if (reference === '' || ids.has(reference)) return part;
        const target = find(reference);
        if (target && 'shared' in target) {
          // Said here, where the records it may mean are known; validation then finds it names none.
          const origin = origins[table]?.[at];
          if (origin)
            problems.push({
              // An error: the row is left out of the feed, as the validator's « names nothing »
              // would say, which this line replaces (`saidAsAmbiguous`).
              severity: 'error',
              code: 'ambiguous-reference',
              file: origin.file,
              line: origin.line,
              ...(origin.headings.get(column) ? { column: origin.headings.get(column)! } : {}),
              params: {
                value: reference,
                kind,
                // Each id on one line and short (the message does not cut the list, so that
                // five ids are five ids, then the count of the others).
                ids: target.shared.named.map(describeValue).join(', '),
                more: target.shared.count - target.shared.named.length,
              },
            });
        }
        if (!target || 'shared' in target) return part;
        firstLinked ??= reference;
        return target.id;
      });
      if (firstLinked === undefined) return;
      row[column] = parts.join(LIST_SEPARATOR);
      linked += 1;
      first ??= { origin: origins[table]?.[at], value: firstLinked };
    });
    const origin = first?.origin;
    if (origin)
      problems.push({
        severity: 'notice',
        code: 'references-by-name',
        file: origin.file,
        line: origin.line,
        ...(origin.headings.get(column) ? { column: origin.headings.get(column)! } : {}),
        params: { count: linked, kind, value: first!.value },
      });
  }
}

type Cell = { file?: string | undefined; line?: number | undefined; column?: string | undefined };
const cellKey = (cell: Cell) => `${cell.file}\u0000${cell.line}\u0000${cell.column}`;

/**
 * Whether a validator's problem, located in the tables, is a reference the import already said
 * may mean several records: the row names « nothing » because it names two, and one line says so.
 * The cells said are gathered once: a large import has many of both kinds of problem.
 */
export function saidAsAmbiguous(
  importProblems: readonly ImportProblem[],
): (problem: { code: string }, where: Cell | null) => boolean {
  const cells = new Set(importProblems.filter((said) => said.code === 'ambiguous-reference').map(cellKey));
  return (problem, where) => problem.code === 'dangling-reference' && where !== null && cells.has(cellKey(where));
}
