/**
 * Cells as people type them in a French spreadsheet, read into the feed's values: a vocabulary
 * value by its code or its label in either language (`Pôle de compétitivité`, `PME`, `pole de
 * competitivite`), dates as `JJ/MM/AAAA`, `AAAA-MM-JJ` or a year, a postcode that lost its
 * leading zero in Excel. Each reader says what it did, so the import can report it.
 */
import type { Vocabulary } from '../schema/vocabularies.js';
import { editDistance, headingKey } from './headings.js';
import { foldText } from '../text/search-text.js';

/** Words chambers type for a term that its labels do not say (`Membre` for `Adhérent`). */
const TYPED_FORMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'member-role': {
    member: ['Membre'],
    founder: ['Membre fondateur'],
    board: ['Administrateur', 'Membre du CA'],
    partner: ['Membre associé'],
  },
  // INSEE's categories of companies as chambers type them: « PME » covers the small and the
  // medium-sized, « TPE » the micro.
  'size-class': {
    micro: ['Très petite entreprise', 'Microentreprise', 'Micro-entreprise'],
    sme: ['Petite entreprise', 'Moyenne entreprise', 'Petite et moyenne entreprise', 'PMI'],
    'mid-cap': ['Entreprise de taille intermédiaire'],
    large: ['Grand groupe', 'GE'],
  },
};

/**
 * The forms of a term people type: its code, its labels, each label's part before and inside a
 * parenthesis, each part of a label in parts (`Numérique / TIC`: `Numérique`, `TIC`), and the
 * words of `TYPED_FORMS`.
 */
function formsOf(term: Vocabulary['terms'][number], vocabularyId: string): string[] {
  const forms = [term.id, term.label.fr, term.label.en, ...(TYPED_FORMS[vocabularyId]?.[term.id] ?? [])];
  for (const label of [term.label.fr, term.label.en]) {
    if (label.includes(' / ')) for (const part of label.split(' / ')) forms.push(part);
    const open = label.indexOf('(');
    if (open > 0) {
      forms.push(label.slice(0, open));
      const close = label.indexOf(')', open);
      if (close > open + 1) forms.push(label.slice(open + 1, close));
    }
  }
  return forms;
}

const formIndexes = new WeakMap<Vocabulary, Map<string, string>>();

/** Every form of every term, by key; a form two terms share is left out (it names neither for sure). */
function formIndex(vocabulary: Vocabulary): Map<string, string> {
  let index = formIndexes.get(vocabulary);
  if (index) return index;
  index = new Map();
  const ambiguous = new Set<string>();
  for (const term of vocabulary.terms) {
    for (const form of formsOf(term, vocabulary.id)) {
      const key = headingKey(form);
      if (key === '') continue;
      const claimed = index.get(key);
      if (claimed !== undefined && claimed !== term.id) ambiguous.add(key);
      else index.set(key, term.id);
    }
  }
  // The code and the full labels win over a short form another term shares.
  for (const key of ambiguous) index.delete(key);
  for (const term of vocabulary.terms)
    for (const form of [term.id, term.label.fr, term.label.en]) index.set(headingKey(form), term.id);
  formIndexes.set(vocabulary, index);
  return index;
}

/** The code a typed value names in a vocabulary, or undefined. */
export function vocabularyCode(vocabulary: Vocabulary, typed: string): string | undefined {
  return formIndex(vocabulary).get(headingKey(typed));
}

/**
 * The one term whose French or English label begins with the typed words (`Aéronautique` →
 * « Aéronautique et spatial », `Automobile` → « Automobile et mobilité »): chambers type a
 * sector's first words, and each spelling left as a new value splits the filters. Undefined when
 * no term or several do, or the words are shorter than four letters.
 */
export function termOfFirstWords(vocabulary: Vocabulary, typed: string): string | undefined {
  const words = foldText(typed)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.join('').length < 4) return undefined;
  const found = new Set<string>();
  for (const term of vocabulary.terms)
    for (const label of [term.label.fr, term.label.en]) {
      const labelWords = foldText(label).split(/\s+/);
      if (labelWords.length > words.length && words.every((word, at) => labelWords[at] === word)) found.add(term.id);
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The labels nearest to a value that is not in the vocabulary, in the reader's language, for
 * "did you mean": those within a third of their length in edits, or that contain the value
 * or are contained in it; at most three, nearest first.
 */
export function nearestLabels(vocabulary: Vocabulary, typed: string, lang: 'fr' | 'en'): string[] {
  const key = headingKey(typed);
  if (key === '') return [];
  const scored: Array<{ label: string; score: number }> = [];
  for (const term of vocabulary.terms) {
    let best = Number.POSITIVE_INFINITY;
    for (const form of formsOf(term, vocabulary.id)) {
      const formKey = headingKey(form);
      if (formKey === '') continue;
      const score = formKey.includes(key) || key.includes(formKey) ? 0.5 : editDistance(key, formKey);
      if (score < best) best = score;
      if (best === 0.5) break;
    }
    if (best <= Math.max(2, Math.ceil(key.length / 3))) scored.push({ label: term.label[lang], score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((entry) => entry.label);
}

/** A date read; or why not: not one of the forms read, or a day no calendar has (`31/02/2020`). */
export type DateReading = { value: string | number } | { error: 'form' | 'no-such-day' } | null;

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const YEAR = /^\d{4}$/;
/** `mars 2012`, `15 mars 2012`, `1er mars 2012`, `March 2012`: a month's name, in French or English. */
const NAMED_MONTH = /^(?:(\d{1,2})(?:er)?\s+)?([\p{L}]{3,9})\.?\s+(\d{4})$/u;
const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date cell as the feed writes it: `14/03/2012` → `2012-03-14`, `03/2012` and `mars 2012` →
 * `2012-03`, `15 mars 2012` → `2012-03-15`, `2012` → 2012 (a year), `2012-03-14` as it is. Null
 * for an empty cell; an error for anything else, saying whether the form was not read or the day
 * does not exist. An Excel date-time (`14/03/2012 00:00`) keeps its date.
 */
export function readDate(cell: string): DateReading {
  const text = cell.trim().replace(/[ T]00:00(?::00)?$/, '');
  if (text === '') return null;
  if (YEAR.test(text)) return { value: Number(text) };
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return validDay(year, month, day) ? { value: `${year}-${pad(month)}-${pad(day)}` } : { error: 'no-such-day' };
  }
  match = MONTH_YEAR.exec(text);
  if (match) {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12 ? { value: `${year}-${pad(month)}` } : { error: 'no-such-day' };
  }
  match = NAMED_MONTH.exec(text);
  const named = match ? MONTHS[headingKey(match[2]!)] : undefined;
  if (match && named) {
    const [day, year] = [match[1] ? Number(match[1]) : undefined, Number(match[3])];
    if (day === undefined) return { value: `${year}-${pad(named)}` };
    return validDay(year, named, day) ? { value: `${year}-${pad(named)}-${pad(day)}` } : { error: 'no-such-day' };
  }
  match = ISO_DATE.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
    return month >= 1 && month <= 12 && validDay(year, month, day) ? { value: text } : { error: 'no-such-day' };
  }
  return { error: 'form' };
}

/** Countries written for France, by key: the postcode repair applies to French addresses only. */
const FRANCE = new Set(['', 'fr', 'fra', 'france', 'republiquefrancaise']);

/**
 * A French postcode that a spreadsheet read as a number and stripped of its leading zero
 * (`1100` for Oyonnax's `01100`): the five-digit code it probably is, or undefined.
 */
export function repairedPostcode(postcode: string, country: string): string | undefined {
  const text = postcode.trim();
  return /^\d{4}$/.test(text) && FRANCE.has(headingKey(country)) ? `0${text}` : undefined;
}

/**
 * A French phone number a spreadsheet read as a number and stripped of its leading zero
 * (`299124321` for `02 99 12 43 21`): the ten digits it probably is, or undefined.
 */
export function repairedPhone(phone: string, country: string): string | undefined {
  const text = phone.trim();
  return /^[1-9]\d{8}$/.test(text) && FRANCE.has(headingKey(country)) ? `0${text}` : undefined;
}

let countryCodes: Map<string, string> | undefined;
/** Region codes that name no country today (East Germany is "Germany" in some catalogues, FX "France"). */
const NOT_COUNTRIES = new Set([
  'DD',
  'FX',
  'SU',
  'YU',
  'CS',
  'ZR',
  'TP',
  'BU',
  'NT',
  'YD',
  'VD',
  'AN',
  'QO',
  'EU',
  'EZ',
  'UN',
  'ZZ',
]);

/**
 * A country as typed (its French or English name, `France`, `Belgique`, `Germany`, or its ISO
 * code) → the ISO 3166-1 alpha-2 code the feed requires; undefined when unknown.
 * The names come from the platform (`Intl.DisplayNames`), not from a list shipped here.
 */
export function countryCode(typed: string): string | undefined {
  const text = typed.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  if (!countryCodes) {
    countryCodes = new Map();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const names = ['fr', 'en'].map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    for (const first of letters)
      for (const second of letters) {
        const code = first + second;
        if (NOT_COUNTRIES.has(code)) continue;
        for (const displayNames of names) {
          const name = displayNames.of(code);
          // The first code wins: `France` is FR, not the retired FX ("France métropolitaine").
          if (name && !countryCodes.has(headingKey(name))) countryCodes.set(headingKey(name), code);
        }
      }
    for (const [alias, code] of [
      ['Angleterre', 'GB'],
      ['UK', 'GB'],
      ['USA', 'US'],
      ['Etats-Unis', 'US'],
      ['Hollande', 'NL'],
    ] as const)
      countryCodes.set(headingKey(alias), code);
  }
  return countryCodes.get(headingKey(text));
}

/**
 * The digits of a number typed for reading (`356 000 000 00048`, `552.100.554`: spaces and dots
 * between groups), or '' when the cell holds anything else. A SIRET or SIREN is kept, and
 * matched, as these digits.
 */
export function typedDigits(cell: string): string {
  const digits = cell.replace(/[\s.]/g, '');
  return /^\d+$/.test(digits) ? digits : '';
}

/**
 * The columns of long numbers (SIREN, SIRET, postcode, phone) of a row that Excel wrote in
 * scientific notation (`5,521E+13`, a number it was not told is text): their last digits are gone.
 */
export function roundedLongNumbers(record: Readonly<Record<string, string>>): string[] {
  return ['siren', 'siret', 'postcode', 'phone'].filter((column) => {
    const cell = record[column] ?? '';
    return cell.length < 40 && /^\d+(?:[.,]\d+)?e\+?\d+$/i.test(cell);
  });
}
