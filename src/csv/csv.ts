/**
 * CSV as spreadsheets in French locales write and read it: `;` between fields, UTF-8 with a
 * byte-order mark (without it Excel reads UTF-8 as Windows-1252), CRLF line ends, quotes
 * doubled. The reader also takes `,` and tab separators and LF line ends.
 */

export const UTF8_BOM = '\uFEFF';

export interface CsvWriteOptions {
  separator?: string;
  bom?: boolean;
}

function quoteField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** White space and invisible characters a spreadsheet may skip before reading a formula. */
const INVISIBLE_LEAD = /^[\s\0\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]+/;
/** What starts a formula, full-width forms included (`＝` is read as `=`). */
const FORMULA_START = /^[=@+\-\uff1d\uff0b\uff0d\uff20]/;

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, or after spaces,
 * no-break or zero-width spaces, a NUL, a tab; full-width `＝` too) are prefixed with a quote,
 * so that an exported feed cannot carry a formula into a visitor's Excel. Numbers are left alone.
 */
function neutraliseFormula(value: string): string {
  const lead = INVISIBLE_LEAD.exec(value)?.[0] ?? '';
  const rest = value.slice(lead.length);
  if (/[\t\r]/.test(lead)) return `'${value}`;
  if (!FORMULA_START.test(rest)) return value;
  // "+33 4 77 00 00 00" and "-12,5" are data; "+A1" and "-2+3" would be computed.
  if (lead === '' && /^[+-]/.test(rest) && !/[^\d\s.,()/]/.test(rest.slice(1))) return value;
  return `'${value}`;
}

/** Undoes `neutraliseFormula` when reading our own exports back. */
export function restoreFormula(value: string): string {
  if (!value.startsWith("'")) return value;
  const rest = value.slice(1);
  const lead = INVISIBLE_LEAD.exec(rest)?.[0] ?? '';
  return /[\t\r]/.test(lead) || FORMULA_START.test(rest.slice(lead.length)) ? rest : value;
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ';';
  const body = rows
    .map((row) => row.map((cell) => quoteField(neutraliseFormula(cell), separator)).join(separator))
    .join('\r\n');
  return `${options.bom === false ? '' : UTF8_BOM}${body}\r\n`;
}

/** Lines the separator is guessed from: a title or a few above the headings, then rows. */
const LINES_FOR_SEPARATOR = 12;
const SEPARATORS = [';', ',', '\t'] as const;

/**
 * Guesses the separator from the first lines: of `;`, `,` and tab outside quotes, the one that
 * splits the most lines into the same number of cells (the most cells, on one line). A title above
 * the headings (« Liste des pôles, CCI, mise à jour 2024 ») has its own commas, once; a table's
 * separators come back on every row, as many each time. Lines end outside quotes only: an
 * address typed on several lines in one cell, commas and all, is part of its row.
 */
export function detectSeparator(text: string): string {
  const counts = separatorCountsByLine(text.slice(0, 65_536));
  let best = { separator: ';', weight: 0 };
  SEPARATORS.forEach((separator, which) => {
    // How many lines have each number of separators: the most common number, by its lines.
    const linesByCount = new Map<number, number>();
    for (const line of counts) {
      const count = line[which]!;
      if (count > 0) linesByCount.set(count, (linesByCount.get(count) ?? 0) + 1);
    }
    // Lines first (a table's rows outnumber its titles), then cells (on a single line).
    for (const [count, many] of linesByCount) {
      const weight = many * 1_000_000 + count;
      if (weight > best.weight) best = { separator, weight };
    }
  });
  return best.separator;
}

/** For each of the first non-blank lines (ended outside quotes), how many of each separator it has outside quotes. */
function separatorCountsByLine(text: string): number[][] {
  const lines: number[][] = [];
  let counts = [0, 0, 0];
  let blank = true;
  let quoted = false;
  for (let at = 0; at < text.length && lines.length < LINES_FOR_SEPARATOR; at += 1) {
    const char = text[at]!;
    if (char === '"') {
      quoted = !quoted;
      blank = false;
    } else if (quoted) continue;
    else if (char === '\n' || char === '\r') {
      if (!blank) lines.push(counts);
      counts = [0, 0, 0];
      blank = true;
    } else {
      const which = (SEPARATORS as readonly string[]).indexOf(char);
      if (which >= 0) counts[which]! += 1;
      if (char.trim() !== '') blank = false;
    }
  }
  if (!blank && lines.length < LINES_FOR_SEPARATOR) lines.push(counts);
  return lines;
}

/** A row of a table and the line of the file it starts on (1 for the header), for messages. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/**
 * A quote the reading could not take as RFC 4180 says: one that opens a cell and is never
 * closed (the rest of the file would have become that cell), or text after the quote that
 * closes a cell (`"Le Moulin" Grappe`). Where: the line, and the cell's position in its row.
 */
export interface CsvQuoteProblem {
  /**
   * `unclosed-quote`: read again as a plain character (repaired); `unclosed-quote-kept`: not
   * repaired (the repairs' reading budget was spent), the rest of the file is in that cell.
   */
  kind: 'unclosed-quote' | 'unclosed-quote-kept' | 'text-after-quote';
  line: number;
  /** The cell's position in its row, from 0. */
  cell: number;
}

/**
 * Parses CSV text into rows (RFC 4180 quoting, a field may span lines; BOM dropped). Blank rows,
 * and rows of empty cells (`;;;;`, what a spreadsheet saves for a row that was cleared), are
 * skipped without a word. Quotes it cannot read as RFC 4180 says are in `quoteProblems`.
 */
export function readCsvText(
  text: string,
  separator = detectSeparator(text.replace(/^\uFEFF/, '')),
  options: {
    /** Counts the characters read, repairs included (tests check that the reading stays linear). */
    counted?: { read: number };
    /** Characters read again to repair quotes, as a multiple of the file's length. */
    rereadBudget?: number;
  } = {},
): { rows: CsvRow[]; quoteProblems: CsvQuoteProblem[]; separator: string } {
  const { counted, rereadBudget = REREAD_BUDGET } = options;
  const input = text.replace(/^\uFEFF/, '');
  // A quote that opens a cell and is not closed where the cell ends would swallow the rows after
  // it: never closed before the end of the file, or closed lines later with text after it (the
  // next stray quote closed it). Such a quote is read again as a plain character, so that the
  // rows after it are read as rows: the reading resumes at the start of the quote's row, the rows
  // before it kept. A file with a stray quote on each of its 10,000 rows is read again a row at a
  // time; the characters read again are counted, and past a few times the file's length (quotes
  // whose reading runs to the end of the file, again and again) the others are only said.
  const literalQuotes = new Set<number>();
  const repaired: CsvQuoteProblem[] = [];
  const state: ReadingState = { rows: [], quoteProblems: [], index: 0, line: 1 };
  let readAgain = 0;
  for (;;) {
    const from = state.index;
    const unclosed = readCsvFrom(input, separator, literalQuotes, readAgain <= rereadBudget * input.length, state);
    if (!unclosed) {
      if (counted) counted.read = readAgain + (input.length - from);
      return { rows: state.rows, quoteProblems: [...repaired, ...state.quoteProblems], separator };
    }
    readAgain += unclosed.readTo - from;
    literalQuotes.add(unclosed.at);
    repaired.push({ kind: 'unclosed-quote', line: unclosed.line, cell: unclosed.cell });
  }
}

/** Characters read again to repair quotes, as a multiple of the file's length (the reading stays linear). */
const REREAD_BUDGET = 4;

/** Parses CSV text into rows (see `readCsvText`). */
export function readCsvRows(text: string, separator?: string): CsvRow[] {
  return readCsvText(text, separator).rows;
}

/** Where a reading is: the rows read, and where the next row starts. */
interface ReadingState {
  rows: CsvRow[];
  quoteProblems: CsvQuoteProblem[];
  index: number;
  line: number;
}

/**
 * Reads rows from `state`, adding to it. When `repairing`, stops at a quote that opens a cell
 * and is not closed where the cell ends: gives it, and leaves `state` at the start of its row
 * (that row to be read again with the quote as a plain character).
 */
function readCsvFrom(
  input: string,
  separator: string,
  literalQuotes: ReadonlySet<number>,
  repairing: boolean,
  state: ReadingState,
): { at: number; line: number; cell: number; readTo: number } | undefined {
  const { rows, quoteProblems } = state;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** Where the open quote is, while a cell is quoted. */
  let quoteAt = -1;
  let quoteLine = 1;
  /** Whether the cell's closing quote has been read (text after it is reported once). */
  let closed = false;
  /** Whether the quoted cell, or the one just closed, holds a line break. */
  let spansLines = false;
  let index = state.index;
  let line = state.line;
  let rowLine = line;
  /** Where the row being read starts, and the quote problems said before it. */
  let rowStart = index;
  let problemsBeforeRow = quoteProblems.length;
  const endField = () => {
    row.push(field);
    field = '';
    closed = false;
  };
  const endRow = () => {
    endField();
    if (row.some((cell) => cell.trim() !== '')) rows.push({ cells: row, line: rowLine });
    row = [];
  };
  // The row to be read again: what was said of it is dropped, it will be said again.
  const stopAt = (unclosed: { at: number; line: number; cell: number }) => {
    quoteProblems.length = problemsBeforeRow;
    state.index = rowStart;
    state.line = rowLine;
    return { ...unclosed, readTo: index };
  };
  while (index < input.length) {
    const char = input[index]!;
    if (char === '\n') line += 1;
    if (quoted) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        closed = true;
      } else if (char === '\r') {
        // A line break inside a cell, as Excel writes it (CRLF, or CR alone), is kept as one "\n".
        field += '\n';
        line += 1;
        spansLines = true;
        if (input[index + 1] === '\n') index += 1;
      } else {
        if (char === '\n') spansLines = true;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && field === '' && !closed && !literalQuotes.has(index)) {
      quoted = true;
      quoteAt = index;
      quoteLine = line;
      spansLines = false;
    } else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && input[index + 1] === '\n') {
        index += 1;
        line += 1;
      } else if (char === '\r') line += 1;
      rowLine = line;
      rowStart = index + 1;
      problemsBeforeRow = quoteProblems.length;
    } else {
      if (closed) {
        // Closed lines after it opened, then text: the quote closed was the next cell's stray one.
        if (spansLines && repairing) return stopAt({ at: quoteAt, line: quoteLine, cell: row.length });
        quoteProblems.push({ kind: 'text-after-quote', line, cell: row.length });
        closed = false;
      }
      field += char;
    }
    index += 1;
  }
  if (quoted) {
    if (repairing) return stopAt({ at: quoteAt, line: quoteLine, cell: row.length });
    quoteProblems.push({ kind: 'unclosed-quote-kept', line: quoteLine, cell: row.length });
  }
  if (field !== '' || row.length > 0) endRow();
  state.index = index;
  state.line = line;
  return undefined;
}

/** Parses CSV text into rows of strings (see `readCsvRows`). */
export function readCsv(text: string, separator?: string): string[][] {
  return readCsvRows(text, separator).map((row) => row.cells);
}

/** Rows to objects keyed by the header row. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(text);
  if (!header) return [];
  const keys = header.map((key) => key.trim());
  return rows.map((row) => Object.fromEntries(keys.map((key, index) => [key, restoreFormula(row[index] ?? '')])));
}

/** "43,5" (French decimal comma) or "43.5" → 43.5; empty → undefined; anything else → NaN. */
export function parseDecimal(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  return /^[+-]?\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/**
 * A text file's bytes as text: UTF-8 (with or without a byte-order mark) when they are valid
 * UTF-8, else Windows-1252, what Excel's "CSV (séparateur : point-virgule)" writes on a French
 * Windows. Decided from the bytes, not guessed from the machine's locale.
 */
export function decodeTableBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' | 'utf-16' } {
  // Excel's « Texte Unicode » is UTF-16 with its byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (0 where the code page has none): œ, Œ, €, ’,
 * «…», the dashes, the ellipsis. They are written here rather than left to `TextDecoder`, which
 * in some Node versions (20.19, 20.20) decodes them as Latin-1's invisible control characters:
 * « Cœur » came out as « C\x9cur ».
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  // Every other byte is the code point of the same number (Latin-1). Written as UTF-16 (little
  // end first) and decoded at once, rather than one string per character.
  const units = new Uint8Array(bytes.length * 2);
  for (let at = 0; at < bytes.length; at += 1) {
    const byte = bytes[at]!;
    const code = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte;
    units[at * 2] = code & 0xff;
    units[at * 2 + 1] = code >> 8;
  }
  return new TextDecoder('utf-16le').decode(units);
}
