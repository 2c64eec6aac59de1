/**
 * What reading a table checks before its cells are read: its size (columns and rows capped, so
 * that a hostile workbook cannot hold the page) and the quotes its CSV text could not read.
 */
import type { CsvRow } from './csv.js';
import type { ImportProblem } from './import-problem.js';
import type { SpreadsheetTable } from './spreadsheet-import.js';

/** The most columns and rows one table may have; past them the rest is cut and said. */
export const TABLE_LIMITS = { columns: 500, rows: 1_000_000 } as const;

export function cappedHeader(source: SpreadsheetTable, header: CsvRow, problems: ImportProblem[]): CsvRow {
  if (header.cells.length <= TABLE_LIMITS.columns) return header;
  problems.push({
    severity: 'error',
    code: 'too-many-columns',
    file: source.file,
    line: header.line,
    params: { max: TABLE_LIMITS.columns },
  });
  return { ...header, cells: header.cells.slice(0, TABLE_LIMITS.columns) };
}

export function cappedBody(
  source: SpreadsheetTable,
  body: readonly CsvRow[],
  problems: ImportProblem[],
): readonly CsvRow[] {
  if (body.length <= TABLE_LIMITS.rows) return body;
  const first = body[TABLE_LIMITS.rows]!;
  problems.push({
    severity: 'error',
    code: 'too-many-rows',
    file: source.file,
    line: first.line,
    params: { max: TABLE_LIMITS.rows },
  });
  return body.slice(0, TABLE_LIMITS.rows);
}

/** The quotes of a CSV file not read as RFC 4180 says, each with its line and column. */
export function sayQuoteProblems(source: SpreadsheetTable, header: CsvRow, problems: ImportProblem[]): void {
  for (const { kind, line, cell } of source.quoteProblems ?? [])
    problems.push({
      // Not repaired: the lines after it are lost in one cell, which the publisher must mend.
      severity: kind === 'unclosed-quote-kept' ? 'error' : 'warning',
      code: kind,
      file: source.file,
      line,
      ...(header.cells[cell]?.trim() ? { column: header.cells[cell].trim() } : {}),
      params: { cell: cell + 1 },
    });
}
