/**
 * Memberships typed in the organisations table. Most chambers keep one list of members: each
 * company with its cluster (« Pôle », « Grappe », « Cluster ») and maybe its role and dates,
 * not a separate adhesions.csv. Those columns were ignored as unknown and every membership was
 * lost. Here they are read as memberships of the row's organisation, with the row's line.
 */
import { MAX_VALUES_PER_CELL } from './column-kinds.js';
import type { CsvRow } from './csv.js';
import { headingIndex, headingKey } from './headings.js';

/** The memberships' columns an organisations table may carry. */
const MEMBER_COLUMNS = ['cluster', 'role', 'since', 'until'];

/** How an organisations table's header splits into its own columns and membership columns. */
export interface MemberColumns {
  /** The organisations' header, the membership columns blanked (read apart, not "unknown"). */
  organisationHeader: CsvRow;
  /** The memberships' header: those columns as written, then the organisation. */
  memberHeader: CsvRow;
  /** Where each membership column is in the table's rows, and which of them is the cluster's. */
  positions: number[];
  clusterAt: number;
}

/** The membership columns of an organisations table's header; null without a cluster column. */
export function memberColumnsOf(header: CsvRow): MemberColumns | null {
  const index = headingIndex('memberships', MEMBER_COLUMNS);
  const columnAt = header.cells.map((cell) => index.get(headingKey(cell.trim())));
  const clusterAt = columnAt.indexOf('cluster');
  if (clusterAt < 0) return null;
  const positions = columnAt.flatMap((column, position) =>
    column && columnAt.indexOf(column) === position ? [position] : [],
  );
  return {
    organisationHeader: { ...header, cells: header.cells.map((cell, at) => (positions.includes(at) ? '' : cell)) },
    memberHeader: { ...header, cells: [...positions.map((at) => header.cells[at]!), 'Organisation'] },
    positions,
    clusterAt,
  };
}

/**
 * The memberships the rows hold, as rows under `memberHeader`: one per cluster named in the
 * cluster's cell (several may be listed, separated by `|`, a comma or a line break), for the
 * organisation of each row (the id its record has, given or made from its name).
 */
export function memberRowsOf(
  columns: MemberColumns,
  body: readonly CsvRow[],
  organisationOfLine: ReadonlyMap<number, string | undefined>,
  /** Hears a row whose cell names more clusters than are read (`MAX_VALUES_PER_CELL`), and how many. */
  onCut: (row: CsvRow, count: number) => void = () => undefined,
): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const row of body) {
    const organisation = organisationOfLine.get(row.line);
    const named = row.cells[columns.clusterAt]?.trim() ?? '';
    if (!organisation || named === '') continue;
    const clusters = named.split(/[|,\n]/).filter((cluster) => cluster.trim() !== '');
    if (clusters.length > MAX_VALUES_PER_CELL) onCut(row, clusters.length);
    for (const cluster of clusters.slice(0, MAX_VALUES_PER_CELL)) {
      const cells = columns.positions.map((at) => (at === columns.clusterAt ? cluster.trim() : (row.cells[at] ?? '')));
      rows.push({ cells: [...cells, organisation], line: row.line });
    }
  }
  return rows;
}
