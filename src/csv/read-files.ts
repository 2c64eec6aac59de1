/**
 * Files as a publisher hands them over (a folder on the command line, files dropped on the
 * publishing page) into the tables the import reads: CSV and text tables decoded from their
 * bytes, each sheet of an `.xlsx` or `.ods` workbook, and a GeoJSON file of points as a table whose
 * columns are the features' properties plus `longitude` and `latitude`. A file that is none of
 * these is reported, not dropped silently.
 */
import { decodeTableBytes } from './csv.js';
import { tableOfName } from './headings.js';
import { csvTable, type ImportProblem, type SpreadsheetTable } from './spreadsheet-import.js';
import { isWorkbook, workbookTables, WorkbookTooLargeError, WORKBOOK_LIMITS } from './workbook.js';

export interface FileToRead {
  name: string;
  bytes: ArrayBuffer;
  /**
   * The file's size, when known before it is read (a dropped `File`, a file on disk): a file over
   * `TABLE_FILE_MAX_BYTES` is refused without reading it, its `bytes` left empty.
   */
  size?: number;
}

/** The largest file read (100 MB): a CSV of a million rows of a hundred characters fits. */
export const TABLE_FILE_MAX_BYTES = 100 * 1024 * 1024;

/** What to read of a file of `size` bytes: nothing past the cap (`tablesFromFiles` then says why). */
export async function fileToRead(
  name: string,
  size: number,
  read: () => ArrayBuffer | Promise<ArrayBuffer>,
): Promise<FileToRead> {
  return size > TABLE_FILE_MAX_BYTES ? { name, bytes: new ArrayBuffer(0), size } : { name, bytes: await read() };
}

const TEXT_TABLE = /\.(csv|tsv|txt)$/i;
const GEOJSON = /\.(geojson|json)$/i;
/** Formats a publisher may hand over that are not read: said as such, with what to save instead. */
const SPREADSHEET_NOT_READ = /\.(xls|xlsb|xlsm|xltx|numbers|fods|ots|dbf|sxc|wk[1-4s]|docx?|odt|pdf)$/i;

/** A GeoJSON FeatureCollection of points as a table; its name says which (`organisations` when it says none). */
function geoJsonTable(name: string, text: string): SpreadsheetTable | null {
  let collection: unknown;
  try {
    collection = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const features = (collection as { type?: unknown; features?: unknown })?.features;
  if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) return null;
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const feature of features as Array<{ properties?: Record<string, unknown> }>)
    for (const key of Object.keys(feature?.properties ?? {}))
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
  const header = [...keys, 'longitude', 'latitude'];
  const rows = (
    features as Array<{ properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } }>
  ).map((feature, position) => {
    const point =
      feature?.geometry?.type === 'Point' && Array.isArray(feature.geometry.coordinates)
        ? feature.geometry.coordinates
        : [];
    const cell = (value: unknown) =>
      value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return {
      cells: [...keys.map((key) => cell(feature?.properties?.[key])), cell(point[0]), cell(point[1])],
      line: position + 1,
    };
  });
  const stem = name.replace(/\.(geojson|json)$/i, '');
  return { file: name, name: tableOfName(stem) ? stem : 'organisations', rows: [{ cells: header, line: 0 }, ...rows] };
}

/**
 * A binary file (an old .xls, an image, a zip) renamed `.csv`: NUL characters, which no table
 * typed by hand holds, among its first few thousand characters. One stray NUL in a cell is not enough.
 */
function looksBinary(text: string): boolean {
  let nuls = 0;
  const end = Math.min(text.length, 8192);
  for (let at = text.indexOf('\u0000'); at !== -1 && at < end; at = text.indexOf('\u0000', at + 1))
    if ((nuls += 1) >= 4) return true;
  return false;
}

/**
 * A workbook's sheets, the one sheet that holds rows under no table's name (`Feuil1`, `Sheet1`:
 * what Excel and LibreOffice call a new sheet) named after the file (`organisations.xlsx`) when
 * the file's name is a table's and no other sheet is that table.
 */
function namedByFile(file: string, sheets: SpreadsheetTable[]): SpreadsheetTable[] {
  const stem = file.replace(/\.[^.]*$/, '');
  const table = tableOfName(stem);
  const unnamed = sheets.filter((sheet) => sheet.rows.length > 0 && !tableOfName(sheet.name));
  if (!table || unnamed.length !== 1 || sheets.some((sheet) => tableOfName(sheet.name) === table)) return sheets;
  return sheets.map((sheet) => (sheet === unnamed[0] ? { ...sheet, name: stem } : sheet));
}

/** The tables in `files`, in the order given; files that hold none are reported. */
export async function tablesFromFiles(
  files: readonly FileToRead[],
): Promise<{ tables: SpreadsheetTable[]; problems: ImportProblem[] }> {
  const tables: SpreadsheetTable[] = [];
  const problems: ImportProblem[] = [];
  for (const { name, bytes, size } of files) {
    // A file read as a table, over the cap: a text longer than the runtime's longest string, a
    // workbook that fills the memory before its own limits are read. Refused, said. (Other files,
    // a report's PDF beside the tables, are said by their names below, never read.)
    const readAsTable = isWorkbook(name) || TEXT_TABLE.test(name) || GEOJSON.test(name);
    if (readAsTable && Math.max(size ?? 0, bytes.byteLength) > TABLE_FILE_MAX_BYTES) {
      problems.push({ severity: 'error', code: 'file-too-large', file: name, params: { max: TABLE_FILE_MAX_BYTES } });
      continue;
    }
    if (isWorkbook(name)) {
      try {
        for (const sheet of namedByFile(name, await workbookTables(name, bytes))) tables.push(sheet);
      } catch (error) {
        if (error instanceof WorkbookTooLargeError)
          problems.push({
            severity: 'error',
            code: 'workbook-too-large',
            file: name,
            params: { limit: error.limit, max: WORKBOOK_LIMITS[error.limit] },
          });
        else problems.push({ severity: 'warning', code: 'unreadable-file', file: name });
      }
    } else if (TEXT_TABLE.test(name)) {
      const { text, encoding } = decodeTableBytes(new Uint8Array(bytes));
      if (looksBinary(text)) problems.push({ severity: 'error', code: 'not-text', file: name });
      else tables.push(csvTable(name, text, encoding === 'utf-16' ? undefined : encoding));
    } else if (GEOJSON.test(name)) {
      const table = geoJsonTable(name, decodeTableBytes(new Uint8Array(bytes)).text);
      if (table) tables.push(table);
      else problems.push({ severity: 'warning', code: 'unreadable-file', file: name });
    } else if (
      SPREADSHEET_NOT_READ.test(name) ||
      (/\.[^.]+$/.test(name) && tableOfName(name.replace(/\.[^.]*$/, '')))
    ) {
      // A table's name with an extension not read (`adhesions.xls`): the format is the reason.
      const format = /\.[^.]+$/.exec(name)![0];
      problems.push({ severity: 'warning', code: 'unsupported-format', file: name, params: { format } });
    } else problems.push({ severity: 'warning', code: 'unknown-table', file: name, params: { name } });
  }
  return { tables, problems };
}
