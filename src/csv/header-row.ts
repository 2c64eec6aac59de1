/**
 * Where a table's headings are. A chamber's table often opens with a title (« Liste des pôles -
 * CCI - mise à jour 15/03/2024 ») above them: its first row was taken for the headings, every
 * column was unknown and every record refused for want of an id and a name. The headings are
 * the first row, unless it names fewer than two known columns and one of the next rows names
 * more (two at least): then the rows above that one are a title, left out and said.
 */
import type { CsvRow } from './csv.js';
import { columnNames, type CsvTable } from './csv-columns.js';
import { headingIndex, headingKey, isFeedKey } from './headings.js';
import type { ImportProblem } from './import-problem.js';
import type { SpreadsheetTable } from './spreadsheet-import.js';

/** Rows looked at for the headings: a title, a subtitle, a date, blank lines (already skipped). */
const LOOK_AHEAD = 10;

/** The table's headings and the rows under them; the title rows above, if any, said. */
export function headerAndBody(
  table: CsvTable,
  source: SpreadsheetTable,
  problems: ImportProblem[],
): { header: CsvRow | undefined; body: readonly CsvRow[] } {
  // flux.csv typed without its « Clé ; Valeur » heading: its first row is a key, not a heading.
  if (table === 'feed' && isFeedKey(source.rows[0]?.cells[0] ?? ''))
    return { header: { cells: ['key', 'value'], line: 0 }, body: source.rows };
  const at = table === 'feed' ? 0 : headerRowAt(table, source.rows);
  const [header, ...body] = at === 0 ? source.rows : source.rows.slice(at);
  if (at > 0 && header)
    problems.push({
      severity: 'notice',
      code: 'title-rows',
      file: source.file,
      line: header.line,
      params: { count: at },
    });
  return { header, body };
}

function headerRowAt(table: Exclude<CsvTable, 'feed'>, rows: readonly CsvRow[]): number {
  const index = headingIndex(table, columnNames(table));
  const known = (row: CsvRow) =>
    row.cells.filter((cell) => cell.trim() !== '' && index.has(headingKey(cell.trim().split('@', 1)[0]!))).length;
  const first = rows[0] ? known(rows[0]) : 0;
  if (first >= 2) return 0;
  for (let at = 1; at < Math.min(rows.length, LOOK_AHEAD); at += 1) {
    const count = known(rows[at]!);
    if (count >= 2 && count > first) return at;
  }
  return 0;
}
