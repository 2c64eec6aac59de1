/**
 * A CSV row cut by a separator typed inside a cell. A chamber's tool that writes CSV without
 * quotes (a CRM export, a file typed by hand) turns « Dupont; Fils et Cie » into two cells, and
 * every cell after it moves one column to the right: the postcode under « Ville », the e-mail
 * under « Téléphone ». Such a row is one cell wider than its table, or a few.
 *
 * The row is read again with the cut cell put back together, where the cells say clearly where
 * it was: each place it could have been is tried, and the one kept puts the most cells of a
 * known form (a postcode, an e-mail, a date, a value of the column's list…) under their column.
 * When several places do equally well, the one where a typed `; ` left a space at the start of
 * the next cell is kept (a file's own separators have none). Otherwise the row is left as it was
 * read, and said to be too wide (spreadsheet-import.ts).
 */
import { parseDecimal } from './csv.js';
import { countryCode, readDate, typedDigits, vocabularyCode } from './cell-values.js';
import type { Vocabulary } from '../schema/vocabularies.js';

/** More cells than this past the table's width is not a typed separator or two: left as read. */
const MAX_CUTS = 3;

const POSTCODE = /^\d{4,5}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S*$/i;
const DIGITS_AND_MARKS = /^\+?[\d .()/-]+$/;

/** Whether a column holds this cell's kind of value: true, false, or null for free text. */
function fits(column: string | null, cell: string, vocabularies: Readonly<Record<string, Vocabulary>>): boolean | null {
  const vocabulary = column === null ? undefined : vocabularies[column];
  if (vocabulary) return vocabularyCode(vocabulary, cell) !== undefined;
  switch (column) {
    case 'postcode':
      return POSTCODE.test(cell);
    case 'email':
      return EMAIL.test(cell);
    case 'website':
    case 'membersHref':
      return WEB_ADDRESS.test(cell);
    case 'phone':
      return DIGITS_AND_MARKS.test(cell) && typedDigits(cell).length >= 9;
    case 'siret':
    case 'siren':
      return DIGITS_AND_MARKS.test(cell) && [9, 14].includes(typedDigits(cell).length);
    case 'longitude':
    case 'latitude':
      return Number.isFinite(parseDecimal(cell));
    case 'country':
      return countryCode(cell) !== undefined;
    case 'founded':
    case 'since':
    case 'until':
    case 'start':
    case 'end': {
      const date = readDate(cell);
      return date !== null && 'value' in date;
    }
    default:
      return null;
  }
}

/** Cells under their columns, minus cells that are not of their column's form. */
function score(
  cells: readonly string[],
  columns: readonly (string | null)[],
  vocabularies: Readonly<Record<string, Vocabulary>>,
): number {
  let total = 0;
  columns.forEach((column, position) => {
    const cell = (cells[position] ?? '').trim();
    if (cell === '') return;
    const fit = fits(column, cell, vocabularies);
    if (fit !== null) total += fit ? 1 : -1;
  });
  return total;
}

export interface RejoinedRow {
  /** The row's cells, as many as the table has columns. */
  cells: string[];
  /** The column whose cell was put back together. */
  position: number;
  /** That cell, with the separators typed in it. */
  value: string;
}

/**
 * The row with its cut cell put back together, or null when the row is not wider than its
 * `columns` (each cell's column name, null for a column not read), or when where it was cut is
 * not clear.
 */
export function rejoinedRow(
  cells: readonly string[],
  columns: readonly (string | null)[],
  separator: string,
  vocabularies: Readonly<Record<string, Vocabulary>> = {},
): RejoinedRow | null {
  const cuts = cells.length - columns.length;
  if (cuts < 1 || cuts > MAX_CUTS) return null;
  const asRead = score(cells, columns, vocabularies);
  let best = -Infinity;
  let candidates: RejoinedRow[] = [];
  for (let position = 0; position < columns.length; position += 1) {
    const value = cells.slice(position, position + cuts + 1).join(separator);
    const joined = [...cells.slice(0, position), value, ...cells.slice(position + cuts + 1)];
    const total = score(joined, columns, vocabularies);
    if (total > best) {
      best = total;
      candidates = [];
    }
    if (total === best) candidates.push({ cells: joined, position, value });
  }
  if (best < asRead) return null;
  // A typed `; ` leaves a space at the start of the cell after the cut.
  const spaced = candidates.filter(({ position }) =>
    cells.slice(position + 1, position + cuts + 1).every((cell) => /^\s/.test(cell) && cell.trim() !== ''),
  );
  if (spaced.length === 1) return spaced[0]!;
  return candidates.length === 1 && best > asRead ? candidates[0]! : null;
}
