/**
 * An OpenDocument spreadsheet (`.ods`: what LibreOffice saves, and the format France's
 * Référentiel général d'interopérabilité asks administrations to use) as tables, one sheet per
 * table, as an `.xlsx` workbook is read (workbook.ts). The sheets are in the zip's
 * `content.xml`, read here in one pass over its text: no XML library (read-excel-file does not
 * read them), no pattern that could backtrack, every size capped by `WORKBOOK_LIMITS`.
 *
 * Cells become what a CSV export of the sheet would hold, as workbook.ts does for `.xlsx`:
 * numbers with a decimal point (the typed value, not the French display `3,5`), except whole
 * numbers shown with leading zeros (a postcode column formatted `00000` shows `01100` for the
 * value 1100: the zero is kept, as the publisher sees it); dates as `AAAA-MM-JJ`; text as typed,
 * its paragraphs on separate lines, comments left out.
 */
import { unzipSync } from 'fflate';
import type { SpreadsheetTable } from './spreadsheet-import.js';
import { WORKBOOK_LIMITS, WorkbookTooLargeError } from './workbook-limits.js';

const MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Spaces a `<text:s text:c="…"/>` may stand for: a cell of a million spaces is not a table. */
const MAX_SPACES = 1000;

/** Whether `bytes` are an OpenDocument spreadsheet: its zip's first part says so (ODF 1.2, 3.3). */
export function isOpenDocumentSpreadsheet(bytes: Uint8Array): boolean {
  // The `mimetype` part is stored first, uncompressed: its name at 30, its text right after.
  const name = 'mimetype';
  if (bytes.length < 30 + name.length + MIMETYPE.length || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const text = new TextDecoder().decode(bytes.subarray(30, 30 + name.length + MIMETYPE.length));
  return text === name + MIMETYPE;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;` `&lt;` `&#233;`… as the characters they stand for (unknown ones kept as written). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', from)) {
    // Entities are short: only the next few characters are searched for their `;`, so a text of
    // `&` without one is read in one pass. An `&` that starts none is kept as written.
    const length = text.slice(at, at + 12).indexOf(';');
    const entity = length > 0 ? text.slice(at + 1, at + length) : '';
    const code =
      entity[0] === '#'
        ? entity[1] === 'x' || entity[1] === 'X'
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10)
        : undefined;
    const character =
      code === undefined
        ? NAMED_ENTITIES[entity]
        : Number.isInteger(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : undefined;
    const end = character === undefined ? at + 1 : at + length + 1;
    out += text.slice(from, at) + (character ?? '&');
    from = end;
  }
  return out + text.slice(from);
}

/** A tag's name and attributes, read character by character (a `>` may stand in a value). */
function readTag(tag: string): { name: string; attributes: Map<string, string> } {
  let at = 0;
  while (at < tag.length && !/[\s/]/.test(tag[at]!)) at += 1;
  const name = tag.slice(0, at);
  const attributes = new Map<string, string>();
  while (at < tag.length) {
    while (at < tag.length && /[\s/]/.test(tag[at]!)) at += 1;
    const keyStart = at;
    while (at < tag.length && tag[at] !== '=' && !/\s/.test(tag[at]!)) at += 1;
    const key = tag.slice(keyStart, at);
    while (at < tag.length && /\s/.test(tag[at]!)) at += 1;
    if (tag[at] !== '=') continue;
    at += 1;
    while (at < tag.length && /\s/.test(tag[at]!)) at += 1;
    const quote = tag[at];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, at + 1);
    if (end === -1) break;
    attributes.set(key, decodeEntities(tag.slice(at + 1, end)));
    at = end + 1;
  }
  return { name, attributes };
}

/** A repeat count (`table:number-columns-repeated`): at least 1, never NaN. */
function repeatOf(attributes: Map<string, string>, key: string): number {
  const count = Number(attributes.get(key) ?? 1);
  return Number.isSafeInteger(count) && count > 0 ? count : 1;
}

/** A cell's text as a CSV export would hold it, from its type, value and what it shows. */
function cellText(attributes: Map<string, string>, shown: string): string {
  const type = attributes.get('office:value-type') ?? attributes.get('calcext:value-type');
  if (type === 'float' || type === 'percentage' || type === 'currency') {
    const value = attributes.get('office:value') ?? '';
    const number = Number(value);
    if (value === '' || !Number.isFinite(number)) return shown;
    const digits = shown.trim();
    if (/^0\d+$/.test(digits) && Number(digits) === number) return digits;
    return String(number);
  }
  if (type === 'date') {
    const value = attributes.get('office:date-value') ?? '';
    if (/^\d{4}-\d{2}-\d{2}(T00:00:00(\.0+)?)?$/.test(value)) return value.slice(0, 10);
    return value ? value.slice(0, 19) : shown;
  }
  if (type === 'boolean') return attributes.get('office:boolean-value') ?? shown;
  if (shown === '' && attributes.has('office:string-value')) return attributes.get('office:string-value')!;
  return shown;
}

/** One sheet being read. */
interface SheetBeingRead {
  name: string;
  rows: Array<{ cells: string[]; line: number }>;
  /** The sheet's next row number (repeated rows count as many). */
  line: number;
  cells: number;
}

/**
 * The sheets of `content.xml`. Empty cells and rows repeated to the sheet's edge (LibreOffice
 * writes `number-rows-repeated="1048559"` after the last row) are counted, never made.
 */
export function openDocumentSheets(xml: string): SpreadsheetTable[] {
  const sheets: SheetBeingRead[] = [];
  let sheet: SheetBeingRead | undefined;
  let nestedTables = 0;
  let row: string[] | undefined;
  let rowRepeat = 1;
  let emptyCells = 0;
  let cell: { attributes: Map<string, string>; repeat: number; text: string[]; paragraphs: number } | undefined;
  // Inside a comment or a drawing of a cell: its text is not the cell's.
  let skipped = 0;

  const endCell = (attributes: Map<string, string>, repeat: number, shown: string) => {
    const text = cellText(attributes, shown);
    if (text === '') {
      emptyCells += repeat;
      return;
    }
    sheet!.cells += (emptyCells + repeat) * rowRepeat;
    if (sheet!.cells > WORKBOOK_LIMITS.cellsPerSheet) throw new WorkbookTooLargeError('cellsPerSheet');
    for (; emptyCells > 0; emptyCells -= 1) row!.push('');
    for (let copy = 0; copy < repeat; copy += 1) row!.push(text);
  };

  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    if (open === -1) break;
    if (cell && skipped === 0 && nestedTables === 0 && open > at) cell.text.push(decodeEntities(xml.slice(at, open)));
    if (xml.startsWith('<!--', open)) {
      const end = xml.indexOf('-->', open + 4);
      at = end === -1 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', open)) {
      const end = xml.indexOf(']]>', open + 9);
      if (cell && skipped === 0 && nestedTables === 0)
        cell.text.push(xml.slice(open + 9, end === -1 ? xml.length : end));
      at = end === -1 ? xml.length : end + 3;
      continue;
    }
    // The tag's end: the first `>` outside quotes.
    let close = open + 1;
    let quote = 0;
    for (; close < xml.length; close += 1) {
      const code = xml.charCodeAt(close);
      if (quote) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === 62) break;
    }
    const tag = xml.slice(open + 1, close);
    at = close + 1;
    if (tag[0] === '?' || tag[0] === '!') continue;
    const closing = tag[0] === '/';
    const selfClosing = tag.endsWith('/');
    const { name, attributes } = readTag(closing ? tag.slice(1) : tag);

    if (name === 'table:table') {
      if (closing) {
        if (nestedTables > 0) nestedTables -= 1;
        else sheet = undefined;
      } else if (sheet) {
        if (!selfClosing) nestedTables += 1;
      } else if (!selfClosing) {
        if (sheets.length >= WORKBOOK_LIMITS.sheets) throw new WorkbookTooLargeError('sheets');
        sheet = { name: attributes.get('table:name') ?? `${sheets.length + 1}`, rows: [], line: 1, cells: 0 };
        sheets.push(sheet);
      }
      continue;
    }
    if (!sheet || nestedTables > 0) continue;
    if (skipped > 0) {
      if (/^(office:annotation|draw:)/.test(name)) skipped += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    switch (name) {
      case 'table:table-row':
        if (closing || selfClosing) {
          const kept = row ?? [];
          if (!closing) rowRepeat = repeatOf(attributes, 'table:number-rows-repeated');
          if (kept.length > 0)
            for (let copy = 0; copy < rowRepeat; copy += 1)
              sheet.rows.push({ cells: copy === 0 ? kept : [...kept], line: sheet.line + copy });
          sheet.line += rowRepeat;
          row = undefined;
        } else {
          row = [];
          rowRepeat = repeatOf(attributes, 'table:number-rows-repeated');
          emptyCells = 0;
        }
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (!row) break;
        if (closing) {
          if (cell) endCell(cell.attributes, cell.repeat, cell.text.join(''));
          cell = undefined;
        } else {
          const repeat = repeatOf(attributes, 'table:number-columns-repeated');
          if (selfClosing) endCell(attributes, repeat, '');
          else cell = { attributes, repeat, text: [], paragraphs: 0 };
        }
        break;
      case 'text:p':
      case 'text:h':
        if (cell && !closing) {
          if (cell.paragraphs > 0) cell.text.push('\n');
          cell.paragraphs += 1;
        }
        break;
      case 'text:s':
        if (cell) cell.text.push(' '.repeat(Math.min(repeatOf(attributes, 'text:c'), MAX_SPACES)));
        break;
      case 'text:tab':
        if (cell) cell.text.push('\t');
        break;
      case 'text:line-break':
        if (cell) cell.text.push('\n');
        break;
      default:
        if (cell && !closing && !selfClosing && /^(office:annotation|draw:)/.test(name)) skipped = 1;
    }
  }
  return sheets.map(({ name, rows }) => ({ file: name, name, rows }));
}

/** The sheets of an `.ods` file as tables; `file` names it in messages (`chambre.ods [adhesions]`). */
export function openDocumentTables(file: string, bytes: Uint8Array): SpreadsheetTable[] {
  let unpacked = 0;
  const parts = unzipSync(bytes, {
    filter: (part) => {
      if (part.name !== 'content.xml') return false;
      unpacked += part.originalSize;
      if (unpacked > WORKBOOK_LIMITS.unpackedBytes) throw new WorkbookTooLargeError('unpackedBytes');
      return true;
    },
  });
  const content = parts['content.xml'];
  if (!content) throw new Error('no content.xml');
  // The sizes a zip declares may lie: the part as unpacked counts.
  if (content.length > WORKBOOK_LIMITS.unpackedBytes) throw new WorkbookTooLargeError('unpackedBytes');
  return openDocumentSheets(new TextDecoder().decode(content)).map((sheet) => ({
    ...sheet,
    file: `${file} [${sheet.name}]`,
  }));
}
