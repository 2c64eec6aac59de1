/**
 * `flux.csv`: the feed's own fields as key and value rows (`Nom de l'éditeur ; CCI Grand Est`),
 * keys in French or English; its dates typed as the tables' are (`02/12/2024`).
 */
import { readDate } from './cell-values.js';
import { restoreFormula, type CsvRow } from './csv.js';
import { jsonObjectCell } from './csv-columns.js';
import { feedKeyOf } from './headings.js';
import type { ImportProblem, RowOrigin } from './import-problem.js';
import type { SpreadsheetTable } from './spreadsheet-import.js';

/** `flux.csv`'s rows as keys and values; `origins` give each its line. */
export function readFeedTable(
  source: SpreadsheetTable,
  body: readonly CsvRow[],
  problems: ImportProblem[],
): { rows: Array<Record<string, string>>; origins: RowOrigin[]; columns: string[]; ignored: string[] } {
  const rows = body.map((row) => {
    const key = feedKeyOf(row.cells[0] ?? '');
    const value = restoreFormula((row.cells[1] ?? '').trim());
    if (key === 'more' && value !== '' && !jsonObjectCell(value)) {
      problems.push({ severity: 'warning', code: 'bad-more', file: source.file, line: row.line });
      return { key, value: '' };
    }
    // The date of the last update, typed as the tables' dates are (`02/12/2024`).
    const date = key === 'updated' && value !== '' ? readDate(value) : null;
    if (date && 'value' in date && typeof date.value === 'string') return { key, value: date.value };
    if (date && 'error' in date)
      problems.push({
        severity: 'warning',
        code: 'invalid-date',
        file: source.file,
        line: row.line,
        params: { value, reason: date.error },
      });
    return { key, value: date && 'error' in date ? '' : value };
  });
  return {
    rows,
    origins: body.map((row) => ({ file: source.file, line: row.line, headings: new Map() })),
    columns: ['key', 'value'],
    ignored: [],
  };
}
