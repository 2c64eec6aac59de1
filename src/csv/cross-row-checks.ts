/**
 * Checks across the rows of the tables, before they become a feed: a membership listed twice,
 * and the rows of the tables the feed holds inside its clusters (indicators, projects, events),
 * each tied to its cluster's row or reported.
 */
import type { CsvTable } from './csv-columns.js';
import type { ImportProblem, RowOrigin } from './spreadsheet-import.js';

/**
 * A membership listed twice (same cluster, organisation and dates) is kept once, with a warning
 * naming both lines (and both files: an organisations table's cluster column and adhesions.csv
 * often list the same one). The cells the first row left empty are taken from the repeat (a role
 * typed only in adhesions.csv), so that nothing typed is lost.
 */
export function dropRepeatedMemberships(
  rows: Partial<Record<CsvTable, Array<Record<string, string>>>>,
  origins: Partial<Record<CsvTable, RowOrigin[]>>,
  problems: ImportProblem[],
): void {
  const memberships = rows.memberships;
  const where = origins.memberships;
  if (!memberships || !where) return;
  const firstLine = new Map<string, { row: Record<string, string>; origin: RowOrigin }>();
  const openLine = new Map<string, number>();
  const keptRows: Array<Record<string, string>> = [];
  const keptOrigins: RowOrigin[] = [];
  memberships.forEach((row, position) => {
    const origin = where[position]!;
    const key = [row['cluster'], row['organisation'], row['since'], row['until']]
      .map((part) => part ?? '')
      .join('\u0000');
    const first = firstLine.get(key);
    if (first !== undefined) {
      const merged: string[] = [];
      for (const [field, value] of Object.entries(row))
        if (value !== '' && !first.row[field]) {
          first.row[field] = value;
          merged.push(origin.headings.get(field) ?? field);
        }
      problems.push({
        severity: 'warning',
        code: 'duplicate-membership',
        file: origin.file,
        line: origin.line,
        params: {
          cluster: row['cluster'] ?? '',
          organisation: row['organisation'] ?? '',
          first: first.origin.line,
          ...(first.origin.file !== origin.file ? { firstFile: first.origin.file } : {}),
          merged,
        },
      });
      return;
    }
    firstLine.set(key, { row, origin });
    keptRows.push(row);
    keptOrigins.push(origin);
    const at = { file: origin.file, line: origin.line };
    // An end before the start is the validator's to say, at its cell (ends-before-start).
    const { until, cluster = '', organisation = '' } = row;
    // Two open memberships of one organisation in one cluster: a date typed twice, or a return
    // whose end was not written.
    const pair = `${cluster}\u0000${organisation}`;
    const open = openLine.get(pair);
    if (!until && open !== undefined)
      problems.push({ severity: 'warning', code: 'open-twice', ...at, params: { cluster, organisation, first: open } });
    else if (!until) openLine.set(pair, origin.line);
  });
  rows.memberships = keptRows;
  origins.memberships = keptOrigins;
}

const ATTACHED_TABLES = ['indicators', 'projects', 'events'] as const;

/**
 * Indicators, projects and events are rows of their own tables that the feed holds in their
 * cluster (feedFromRows): where each went, for `locate`, and each row whose cluster is missing
 * or unknown reported, instead of left out without a word.
 */
export function attachedRowOrigins(
  rows: Partial<Record<CsvTable, Array<Record<string, string>>>>,
  origins: Partial<Record<CsvTable, RowOrigin[]>>,
  problems: ImportProblem[],
): Map<string, RowOrigin> {
  const clusterPosition = new Map<string, number>();
  (rows.clusters ?? []).forEach((row, position) => {
    const id = row['id'];
    if (id !== undefined && !clusterPosition.has(id)) clusterPosition.set(id, position);
  });
  const found = new Map<string, RowOrigin>();
  for (const table of ATTACHED_TABLES) {
    const attached = new Map<number, number>();
    (rows[table] ?? []).forEach((row, at) => {
      const origin = origins[table]![at]!;
      const clusterId = row['cluster'];
      const position = clusterId === undefined ? undefined : clusterPosition.get(clusterId);
      if (position === undefined) {
        const column = origin.headings.get('cluster');
        problems.push({
          severity: 'error',
          code: 'unknown-cluster',
          file: origin.file,
          line: origin.line,
          ...(column ? { column } : {}),
          params: { id: clusterId ?? '' },
        });
        return;
      }
      const count = attached.get(position) ?? 0;
      attached.set(position, count + 1);
      found.set(`clusters/${position}/${table}/${count}`, origin);
    });
  }
  return found;
}

/** Problems said once: a cell of an organisation's row read for each of its memberships is one cell. */
export function saidOnce(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.code, problem.file, problem.line, problem.column, problem.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
