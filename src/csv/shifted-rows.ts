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

/** +1 for a cell of its column's form, -1 for one that is not, 0 for an empty cell or free text. */
function fitScore(column: string | null, cell: string, vocabularies: Readonly<Record<string, Vocabulary>>): number {
  const trimmed = cell.trim();
  if (trimmed === '') return 0;
  const fit = fits(column, trimmed, vocabularies);
  return fit === null ? 0 : fit ? 1 : -1;
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
  // A row's score, cells under their columns minus cells not of their column's form, for each
  // place the cut may be: the cells before it keep their columns, those after it move back by
  // `cuts`. Both sums are made once, so each place costs its joined cell only: a row of 500
  // columns, or with a cell of 200,000 characters, is not read again for each place.
  const count = columns.length;
  const before = new Array<number>(count + 1).fill(0);
  for (let column = 0; column < count; column += 1)
    before[column + 1] = before[column]! + fitScore(columns[column]!, cells[column] ?? '', vocabularies);
  const after = new Array<number>(count + 1).fill(0);
  for (let column = count - 1; column >= 0; column -= 1)
    after[column] = after[column + 1]! + fitScore(columns[column]!, cells[column + cuts] ?? '', vocabularies);
  const asRead = before[count]!;
  let best = -Infinity;
  let candidates: number[] = [];
  for (let position = 0; position < count; position += 1) {
    const value = cells.slice(position, position + cuts + 1).join(separator);
    const total = before[position]! + fitScore(columns[position]!, value, vocabularies) + after[position + 1]!;
    if (total > best) {
      best = total;
      candidates = [];
    }
    if (total === best) candidates.push(position);
  }
  if (best < asRead) return null;
  const rejoined = (position: number): RejoinedRow => {
    const value = cells.slice(position, position + cuts + 1).join(separator);
    return { cells: [...cells.slice(0, position), value, ...cells.slice(position + cuts + 1)], position, value };
  };
  // A typed `; ` leaves a space at the start of the cell after the cut.
  const spaced = candidates.filter((position) =>
    cells.slice(position + 1, position + cuts + 1).every((cell) => /^\s/.test(cell) && cell.trim() !== ''),
  );
  if (spaced.length === 1) return rejoined(spaced[0]!);
  return candidates.length === 1 && best > asRead ? rejoined(candidates[0]!) : null;
}
