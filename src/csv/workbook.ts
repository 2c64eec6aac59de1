/**
 * An Excel workbook (`.xlsx`) or an OpenDocument spreadsheet (`.ods`, opendocument.ts) as
 * tables: one sheet per table, named as the CSV files are (`clusters`, `adhesions`…). Excel's are
 * read with read-excel-file (see the README's credits), in node and in browsers alike. Cells become the text a CSV export of the sheet would hold: numbers with a
 * decimal point, dates as `AAAA-MM-JJ`, so that a workbook and its CSV tables give one feed.
 */
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import type { SpreadsheetTable } from './spreadsheet-import.js';
import { WORKBOOK_LIMITS, WorkbookTooLargeError } from './workbook-limits.js';
import { isOpenDocumentSpreadsheet, openDocumentTables } from './opendocument.js';
export { WORKBOOK_LIMITS, WorkbookTooLargeError } from './workbook-limits.js';

/** A worksheet's part in the zip (`xl/worksheets/sheet1.xml`). */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** A cell's or a row's reference (`r="XFD1"`, `r="200000"`): bounded, so the scan is linear. */
const REFERENCE = /\br="([A-Z]{1,3})?(\d{1,7})"/g;

/** The number of columns `AB` stands for (A = 1). */
function columnNumber(letters: string): number {
  let value = 0;
  for (const letter of letters) value = value * 26 + letter.charCodeAt(0) - 64;
  return value;
}

/**
 * The workbook's XML parts, checked: its size unpacked, its sheets, and the area each sheet
 * spans (the reader fills every row out to the widest one, so one cell in column XFD and one in
 * row 200,000 make 3 billion cells of a 5 KB file). Returned packed again without compression,
 * which the reader unpacks on the page at once: compressed parts over 512 KB would otherwise be
 * unpacked by a worker made from a `blob:` URL, which a strict CSP refuses.
 */
function checkedWorkbook(bytes: Uint8Array): Uint8Array {
  let unpacked = 0;
  let sheets = 0;
  const parts: Unzipped = unzipSync(bytes, {
    filter: (file) => {
      if (!/\.(xml|rels)$/i.test(file.name)) return false;
      unpacked += file.originalSize;
      if (unpacked > WORKBOOK_LIMITS.unpackedBytes) throw new WorkbookTooLargeError('unpackedBytes');
      if (SHEET_PART.test(file.name) && ++sheets > WORKBOOK_LIMITS.sheets) throw new WorkbookTooLargeError('sheets');
      return true;
    },
  });
  let actual = 0;
  const decoder = new TextDecoder();
  for (const [name, content] of Object.entries(parts)) {
    // The sizes a zip declares may lie: the parts as unpacked count.
    actual += content.length;
    if (actual > WORKBOOK_LIMITS.unpackedBytes) throw new WorkbookTooLargeError('unpackedBytes');
    if (!SHEET_PART.test(name)) continue;
    let rows = 0;
    let columns = 0;
    for (const [, letters, row] of decoder.decode(content).matchAll(REFERENCE)) {
      rows = Math.max(rows, Number(row));
      if (letters) columns = Math.max(columns, columnNumber(letters));
    }
    if (rows * Math.max(columns, 1) > WORKBOOK_LIMITS.cellsPerSheet) throw new WorkbookTooLargeError('cellsPerSheet');
  }
  return zipSync(parts, { level: 0 });
}

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
  const packed = new Uint8Array(bytes instanceof Blob ? await bytes.arrayBuffer() : bytes);
  if (isOpenDocumentSpreadsheet(packed) || /\.ods$/i.test(file)) return openDocumentTables(file, packed);
  const sheets = await readXlsxFile(checkedWorkbook(packed).buffer as ArrayBuffer);
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
  return /\.(xlsx|ods)$/i.test(name);
}
