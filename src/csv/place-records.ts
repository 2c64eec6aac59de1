/**
 * The clusters and organisations of an imported feed that have an address, a postcode or a
 * town but no coordinates, placed through the geocoder (geocode.ts). A placed record gets its
 * `location` and says how it was placed: `geocoding: { level, score }`, so that the map can
 * show a town-level place as approximate. What could not be placed is reported by file and line.
 */
import { geocodeAddresses, geocoderBase, type AddressToPlace, type GeocoderOptions } from './geocode.js';
import type { ImportProblem, RowOrigin } from './spreadsheet-import.js';

type AnyRecord = Record<string, unknown>;

export interface PlacingOutcome {
  /** Records that had an address and no coordinates. */
  asked: number;
  placed: number;
  problems: ImportProblem[];
}

const COLLECTIONS = ['clusters', 'organisations'] as const;

/** A record the geocoder could place: no coordinates, and a street, a postcode or a town. */
export interface RecordToPlace {
  key: string;
  collection: (typeof COLLECTIONS)[number];
  position: number;
  record: AnyRecord;
  address: Pick<AddressToPlace, 'street' | 'postcode' | 'city'>;
}

function hasTwoNumbers(location: unknown): boolean {
  const coordinates = (location as { coordinates?: unknown } | undefined)?.coordinates;
  return Array.isArray(coordinates) && Number.isFinite(coordinates[0]) && Number.isFinite(coordinates[1]);
}

/** The clusters and organisations of a feed that have an address but no coordinates (or unreadable ones), each id once. */
export function recordsToPlace(feed: AnyRecord): RecordToPlace[] {
  const found: RecordToPlace[] = [];
  for (const collection of COLLECTIONS) {
    const ids = new Set<unknown>();
    ((feed[collection] as AnyRecord[] | undefined) ?? []).forEach((record, position) => {
      // A second record with an id already given is left out by the validator: not looked up.
      if (ids.has(record['id'])) return;
      if (record['id'] !== undefined) ids.add(record['id']);
      // A location typed wrong (text, or one of the two cells empty) is no location: the address places it.
      if (hasTwoNumbers(record['location'])) return;
      const address = record['address'] as RecordToPlace['address'] | undefined;
      if (!address || !(address.street || address.postcode || address.city)) return;
      found.push({ key: `${collection}:${position}`, collection, position, record, address });
    });
  }
  return found;
}

export async function placeRecords(
  feed: AnyRecord,
  origins: Partial<Record<string, readonly RowOrigin[]>>,
  options: GeocoderOptions = {},
): Promise<PlacingOutcome> {
  const wanted = recordsToPlace(feed).map((entry) => ({
    ...entry.address,
    key: entry.key,
    record: entry.record,
    origin: origins[entry.collection]?.[entry.position],
  }));
  const problems: ImportProblem[] = [];
  if (wanted.length === 0) return { asked: 0, placed: 0, problems };
  const byKey = new Map(wanted.map((entry) => [entry.key, entry]));
  const outcome = await geocodeAddresses(wanted, options);
  // A record read from a table is named by its file and line; one from elsewhere (a GeoJSON
  // mapped by the command line) by its collection and id.
  const where = (key: string) => {
    const entry = byKey.get(key)!;
    const origin = entry.origin;
    return origin
      ? { file: origin.file, line: origin.line }
      : { file: `${key.slice(0, key.indexOf(':'))} « ${String(entry.record['id'] ?? '')} »` };
  };
  for (const place of outcome.placed) {
    const record = byKey.get(place.key)!.record;
    record['location'] = { type: 'Point', coordinates: [round(place.lon), round(place.lat)] };
    record['geocoding'] = { level: place.level, score: round(place.score, 2) };
    if (place.level === 'municipality')
      problems.push({ severity: 'notice', code: 'geocoded-town', ...where(place.key), params: { label: place.label } });
  }
  // A service that did not answer is said once, at its first record, with how many it left
  // unplaced: 200 lines of the same failure hide the rest of the report.
  const failures = outcome.unplaced.filter((miss) => miss.reason === 'service');
  if (failures.length > 1) {
    const first = failures.reduce((a, b) => (compareWhere(where(b.key), where(a.key)) < 0 ? b : a));
    problems.push({
      severity: 'warning',
      code: 'geocode-failed-many',
      ...where(first.key),
      params: {
        found: first.detail ?? '',
        count: failures.length,
        service: geocoderBase(options),
      },
    });
  }
  for (const miss of outcome.unplaced) {
    if (miss.reason === 'service' && failures.length > 1) continue;
    const address = byKey.get(miss.key)!;
    const query = [address.street, address.postcode, address.city].filter(Boolean).join(' ');
    problems.push({
      severity: 'warning',
      code:
        miss.reason === 'low-score'
          ? 'geocode-low-score'
          : miss.reason === 'service'
            ? 'geocode-failed'
            : 'geocode-not-found',
      ...where(miss.key),
      params: { address: query, found: miss.detail ?? '', score: miss.score ?? 0 },
    });
  }
  problems.sort(compareWhere);
  return { asked: wanted.length, placed: outcome.placed.length, problems };
}

function compareWhere(a: { file: string; line?: number }, b: { file: string; line?: number }): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Six decimals (about 10 cm) are what a postal address is worth. */
function round(value: number, digits = 6): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
