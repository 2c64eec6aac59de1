/**
 * The total a chamber types under its table (`TOTAL;4 pôles`, `;Total : 5 grappes;;2`): not a
 * record. Read as one, it became a cluster named "4 pôles" on the public map. A row is a total
 * when its first filled cell begins with "Total", "Totaux" or "Sous-total" and every other
 * filled cell is a count (digits, then a word or two: `4 pôles`, `2`). An organisation named
 * Total keeps its row: its other cells (a name, a SIRET with its words) are not counts.
 */
import type { CsvRow } from './csv.js';
import type { ImportProblem } from './import-problem.js';

const TOTAL_START = /^(?:sous[-\s]?)?tota(?:l|ux)(?:$|[\s:(])/i;
/** A count, and up to three words after it: `4`, `1 250`, `4 pôles`, `5 membres actifs`. */
const COUNT = /^\d[\d\s.,\u00a0\u202f]{0,20}(?:\s+\p{L}+){0,3}$/u;

function isTotalRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const [first, ...others] = filled;
  if (!first || first.length > 200 || !TOTAL_START.test(first)) return false;
  // "Total : 5 grappes" holds its count in the same cell; "TOTAL" needs one beside it.
  const countInFirst = /\d/.test(first);
  if (!countInFirst && others.length === 0) return false;
  return others.every((cell) => cell.length <= 100 && COUNT.test(cell));
}

/**
 * The body's rows without its total rows, each said (with its line) where it was left out. The
 * publisher's table (`flux.csv`, keys and values) has none.
 */
export function withoutTotalRows(
  table: string,
  file: string,
  body: readonly CsvRow[],
  problems: ImportProblem[],
): readonly CsvRow[] {
  if (table === 'feed') return body;
  const kept = body.filter((row) => {
    if (!isTotalRow(row.cells)) return true;
    const text = row.cells
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
      .join(' ; ');
    problems.push({ severity: 'warning', code: 'total-row', file, line: row.line, params: { value: text } });
    return false;
  });
  return kept.length === body.length ? body : kept;
}
