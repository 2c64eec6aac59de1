/**
 * A fast path for the records a large feed is made of (organisations and memberships): a
 * plain check that accepts only records it is sure the zod schema accepts unchanged (every key
 * known, every value of the common simple forms) and the text limits leave as they are (every
 * text short enough and well-formed: text-limits.ts need not walk them again). Anything else —
 * an unknown key, a language map, sites, identifiers, a long or broken text, any doubt — goes
 * to the limits and zod, which decide and explain. It never rejects, so it cannot change what
 * is valid; tests hold it to agreeing with zod and with the limits.
 *
 * Why: zod without its compiled fast path (which a strict CSP forbids) checks about 60,000
 * organisations a second; this check is an order of magnitude faster, and keeps the record as
 * it was parsed instead of copying it.
 */
import { MEMBER_ROLE, ORGANISATION_KIND, SIZE_CLASS, termIds } from '../schema/vocabularies.js';
import type { RecordCollection } from '../schema/feed-schema.js';
import { DEFAULT_LIST_MAX, textKept } from './text-limits.js';

/** One character of white space, as `\s` means it in a pattern (the schema's id pattern). */
const SPACE = /\s/;
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const organisationKinds = new Set(termIds(ORGANISATION_KIND));
const sizeClasses = new Set(termIds(SIZE_CLASS));
const memberRoles = new Set(termIds(MEMBER_ROLE));
const ADDRESS_KEYS = new Set(['street', 'postcode', 'city', 'region', 'country']);

/**
 * Not white space at this position: printable ASCII at once, any other unit asked of `\s`. An id
 * neither starts nor ends with white space (the schema's `^\S(?:[\s\S]*\S)?$`): its two ends
 * are checked, where the pattern would read the whole id, 360,000 times in a 100k feed.
 */
function notSpaceAt(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (code <= 0x20) return !(code === 0x20 || (code >= 0x09 && code <= 0x0d));
  return code < 0x7f || !SPACE.test(text[position]!);
}

const isId = (value: unknown): boolean =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= 256 &&
  notSpaceAt(value, 0) &&
  notSpaceAt(value, value.length - 1) &&
  textKept(value, 'id');

/** A text of field `key` that the text limits leave as it is (text-limits.ts). */
const isText = (value: unknown, key: string): value is string => typeof value === 'string' && textKept(value, key);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function isPoint(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  // `for…in`, not `Object.keys`: no array made for each of 100,000 records (the prototype is
  // Object's, checked above; an enumerable key added to it is checked as if the record's own,
  // and an unknown one sends the record to zod: never more accepting than `Object.keys`).
  let keys = 0;
  for (const key in value) {
    if (key !== 'type' && key !== 'coordinates') return false;
    keys += 1;
  }
  if (keys !== 2 || value['type'] !== 'Point') return false;
  const coordinates = value['coordinates'];
  if (!Array.isArray(coordinates) || coordinates.length < 2) return false;
  for (const coordinate of coordinates)
    if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) return false;
  const [lon, lat] = coordinates as number[];
  return lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90;
}

function isAddress(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    const field = value[key];
    if (!ADDRESS_KEYS.has(key) || !isText(field, key)) return false;
    if (key === 'country' && !COUNTRY.test(field)) return false;
  }
  return true;
}

function isPartialDate(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999;
  return typeof value === 'string' && PARTIAL_DATE.test(value);
}

function acceptsOrganisation(record: unknown): boolean {
  if (!isPlainRecord(record)) return false;
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'id':
        if (!isId(value)) return false;
        break;
      case 'name':
      case 'shortName':
      case 'description':
        if (!isText(value, key)) return false;
        break;
      case 'kind':
        if (typeof value !== 'string' || !organisationKinds.has(value)) return false;
        break;
      case 'size':
        if (typeof value !== 'string' || !sizeClasses.has(value)) return false;
        break;
      case 'sector':
        if (!(isId(value) || (Array.isArray(value) && value.length <= DEFAULT_LIST_MAX && value.every(isId))))
          return false;
        break;
      case 'location':
        if (!isPoint(value)) return false;
        break;
      case 'address':
        if (!isAddress(value)) return false;
        break;
      case 'website':
        if (!isText(value, key) || value.length < 1) return false;
        break;
      default:
        return false;
    }
  }
  return isId(record['id']) && typeof record['name'] === 'string';
}

function acceptsMembership(record: unknown): boolean {
  if (!isPlainRecord(record)) return false;
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'cluster':
      case 'organisation':
        if (!isId(value)) return false;
        break;
      case 'role':
        if (typeof value !== 'string' || !memberRoles.has(value)) return false;
        break;
      case 'since':
      case 'until':
        if (!isPartialDate(value)) return false;
        break;
      default:
        return false;
    }
  }
  return isId(record['cluster']) && isId(record['organisation']);
}

/** The fast check of a collection, where there is one. */
export const FAST_ACCEPT: Partial<Record<RecordCollection, (record: unknown) => boolean>> = {
  organisations: acceptsOrganisation,
  memberships: acceptsMembership,
};
