/**
 * Coordinates as publishers type or paste them, read before the columns make a point:
 * degrees, minutes and seconds (`45°45'30"N`, `4° 50′ O`, as copied from an encyclopaedia)
 * become decimal degrees, said; a whole number too large to be a coordinate (`457597`: the
 * spreadsheet lost the decimal comma) is said with where the comma probably goes, and the
 * row's coordinates are left empty, instead of a bare "out of range".
 */

export type Axis = 'longitude' | 'latitude';

/** What was read otherwise than written, for the import to say at the cell. */
export interface CoordinateNote {
  column: Axis;
  code: 'coordinate-converted' | 'coordinate-without-decimals';
  value: string;
  read: number;
}

const LIMIT: Readonly<Record<Axis, number>> = { latitude: 90, longitude: 180 };
/** Where a European publisher's places are: a lost comma is put back only where it lands here. */
const EUROPE: Readonly<Record<Axis, readonly [number, number]>> = { latitude: [27, 72], longitude: [-32, 45] };
/** Longer cells are not coordinates; the bound also keeps the pattern below linear. */
const MAX_CELL = 40;
// Bounded digits, and a degree sign, quote marks or letters between the parts: no backtracking to speak of.
const DEGREES =
  /^([+-])?\s*([NSEWO])?\s*(\d{1,3}(?:[.,]\d{1,12})?)\s*°?\s*(?:(\d{1,2}(?:[.,]\d{1,12})?)\s*['′’]\s*(?:(\d{1,2}(?:[.,]\d{1,12})?)\s*(?:["″”]|''|′′)\s*)?)?([NSEWO])?$/i;

const decimal = (text: string) => Number(text.replace(',', '.'));

/** Degrees (with minutes and seconds, or a hemisphere) as decimal degrees; undefined for anything else. */
export function readDegrees(cell: string, axis: Axis): number | undefined {
  const text = cell.trim();
  if (text.length > MAX_CELL) return undefined;
  const match = DEGREES.exec(text);
  if (!match) return undefined;
  const [, sign, before, degrees, minutes, seconds, after] = match;
  if (before && after) return undefined;
  const hemisphere = (before ?? after)?.toUpperCase();
  // A plain number is read as one elsewhere; this reads what has a degree sign or a hemisphere.
  if (!text.includes('°') && !hemisphere) return undefined;
  if (hemisphere && sign) return undefined;
  if (hemisphere && (axis === 'latitude') !== (hemisphere === 'N' || hemisphere === 'S')) return undefined;
  const [minute, second] = [minutes ? decimal(minutes) : 0, seconds ? decimal(seconds) : 0];
  if (minute >= 60 || second >= 60) return undefined;
  const magnitude = decimal(degrees!) + minute / 60 + second / 3600;
  const negative = sign === '-' || hemisphere === 'S' || hemisphere === 'W' || hemisphere === 'O';
  const value = Math.round((negative ? -magnitude : magnitude) * 1e6) / 1e6;
  return Math.abs(value) <= LIMIT[axis] ? value : undefined;
}

/**
 * A whole number too large for the axis, with its decimal comma put back where it lands the
 * place in Europe (`457597` → 45.7597 as a latitude); undefined when that is not one place.
 */
export function lostDecimalComma(cell: string, axis: Axis): number | undefined {
  const text = cell.trim();
  if (!/^[+-]?\d{4,12}$/.test(text) || Math.abs(Number(text)) <= LIMIT[axis]) return undefined;
  const sign = /^[+-]/.test(text) ? text[0]! : '';
  const digits = text.slice(sign.length);
  const [low, high] = EUROPE[axis];
  const candidates = [1, 2, 3]
    .map((whole) => Number(`${sign}${digits.slice(0, whole)}.${digits.slice(whole)}`))
    .filter((value) => value >= low && value <= high);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * A row's `longitude` and `latitude` cells read: degrees written as decimals, and both cleared
 * when one lost its decimal comma. Returns what it changed, to be said at each cell.
 */
export function readCoordinateCells(record: Record<string, string>): CoordinateNote[] {
  const notes: CoordinateNote[] = [];
  for (const column of ['longitude', 'latitude'] as const) {
    const value = record[column];
    if (!value) continue;
    const degrees = readDegrees(value, column);
    if (degrees !== undefined) {
      record[column] = String(degrees);
      notes.push({ column, code: 'coordinate-converted', value, read: degrees });
      continue;
    }
    const repaired = lostDecimalComma(value, column);
    if (repaired !== undefined) notes.push({ column, code: 'coordinate-without-decimals', value, read: repaired });
  }
  if (notes.some((note) => note.code === 'coordinate-without-decimals')) {
    record['longitude'] = '';
    record['latitude'] = '';
  }
  return notes;
}
