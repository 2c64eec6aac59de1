/**
 * An Excel workbook (`.xlsx`) as tables: one sheet per table, named as the CSV files are
 * (`clusters`, `adhesions`…). Read with read-excel-file (see the README's credits), in node and
 * in browsers alike. Cells become the text a CSV export of the sheet would hold: numbers with a
 * decimal point, dates as `AAAA-MM-JJ`, so that a workbook and its CSV tables give one feed.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { SpreadsheetTable } from './spreadsheet-import.js';

type Cell = string | number | boolean | Date | null | undefined;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    // A date cell: its day; a date-time keeps its time, as a spreadsheet shows it.
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return String(cell);
}

/**
 * The sheets of a workbook as tables. `file` names the workbook in messages
 * (`chambre.xlsx, feuille adhesions, ligne 7`). Row numbers are the sheet's own.
 */
export async function workbookTables(file: string, bytes: ArrayBuffer | Blob): Promise<SpreadsheetTable[]> {
  const sheets = await readXlsxFile(bytes);
  return sheets.map(({ sheet, data }) => ({
    file: `${file} [${sheet}]`,
    name: sheet,
    rows: (data as Cell[][])
      .map((cells, position) => ({ cells: cells.map(cellText), line: position + 1 }))
      .filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  }));
}

/** Whether a file name is a workbook this reader takes. */
export function isWorkbook(name: string): boolean {
  return /\.xlsx$/i.test(name);
}
