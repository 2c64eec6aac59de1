/**
 * Checks of one record's fields that the schema cannot express: safe URLs, identifiers' check
 * digits, polygon rings, coordinates that look swapped. Used by semantic-checks.ts.
 */
import type { Feed, GeoPoint, RecordCollection } from '../schema/feed-schema.js';
import { sanitiseEmail, sanitisePhone, sanitiseUrl } from '../text/sanitise-url.js';
import { checkIdentifier } from './identifiers.js';
import type { ProblemCollector } from './problem-collector.js';
import type { JsonPath } from './problems.js';

type AnyRecord = Record<string, unknown>;

const URL_FIELDS = ['website', 'logo', 'url', 'membersHref'] as const;
/** Fields that name a file (resolved beside the feed), not a site. */
const RESOURCE_FIELDS: ReadonlySet<string> = new Set(['logo', 'membersHref']);

/**
 * A period that ends before it starts (a membership `until` 2009 `since` 2012, a project, an
 * event, a cooperation): kept, and said at its end. Partial dates compare as written (ISO order);
 * a year is not before a day of that year (`2012` and `2012-05-03`).
 */
export function checkPeriod(
  record: AnyRecord,
  from: 'since' | 'start',
  to: 'until' | 'end',
  path: () => JsonPath,
  collector: ProblemCollector,
): void {
  const start = record[from];
  const end = record[to];
  if (start === undefined || end === undefined) return;
  const [first, last] = [String(start), String(end)];
  if (last < first && !first.startsWith(last))
    collector.add({
      severity: 'warning',
      code: 'ends-before-start',
      path: [...path(), to],
      params: { start: first, end: last },
    });
}

/** `path` is asked for only when there is something to say (most records have nothing). */
export function checkUrls(
  record: AnyRecord,
  path: () => JsonPath,
  collector: ProblemCollector,
  base: string | undefined,
): void {
  for (const field of URL_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && !sanitiseUrl(value, base, { resource: RESOURCE_FIELDS.has(field) })) {
      collector.add({ severity: 'warning', code: 'unsafe-url', path: [...path(), field], params: { value } });
    }
  }
  const contact = record['contact'] as AnyRecord | undefined;
  if (contact) {
    if (typeof contact['url'] === 'string' && !sanitiseUrl(contact['url'], base)) {
      collector.add({
        severity: 'warning',
        code: 'unsafe-url',
        path: [...path(), 'contact', 'url'],
        params: { value: contact['url'] },
      });
    }
    if (typeof contact['email'] === 'string' && !sanitiseEmail(contact['email'])) {
      collector.add({
        severity: 'warning',
        code: 'unsafe-url',
        path: [...path(), 'contact', 'email'],
        params: { value: contact['email'] },
      });
    }
    if (typeof contact['phone'] === 'string' && !sanitisePhone(contact['phone'])) {
      collector.add({
        severity: 'warning',
        code: 'unsafe-url',
        path: [...path(), 'contact', 'phone'],
        params: { value: contact['phone'] },
      });
    }
  }
  const labels = record['labels'];
  if (Array.isArray(labels)) {
    labels.forEach((label: AnyRecord, index) => {
      if (typeof label['url'] === 'string' && !sanitiseUrl(label['url'], base)) {
        collector.add({
          severity: 'warning',
          code: 'unsafe-url',
          path: [...path(), 'labels', index, 'url'],
          params: { value: label['url'] },
        });
      }
    });
  }
}

export function checkIdentifiers(record: AnyRecord, path: () => JsonPath, collector: ProblemCollector): void {
  const identifiers = record['identifiers'] as Array<{ scheme: string; value: string }> | undefined;
  if (!identifiers) return;
  record['identifiers'] = identifiers.filter((identifier, index) => {
    if (checkIdentifier(identifier.scheme, identifier.value)) return true;
    collector.add({
      severity: 'error',
      code: 'invalid-check-digit',
      path: [...path(), 'identifiers', index, 'value'],
      params: { scheme: identifier.scheme, value: identifier.value },
    });
    return false;
  });
}

export function checkGeometryRings(geometry: unknown, path: JsonPath, collector: ProblemCollector): void {
  if (!geometry || typeof geometry !== 'object') return;
  const { type, coordinates } = geometry as { type: string; coordinates: number[][][] | number[][][][] };
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as number[][][][];
  polygons.forEach((polygon, polygonIndex) => {
    polygon.forEach((ring, ringIndex) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      const ringPath = type === 'Polygon' ? [ringIndex] : [polygonIndex, ringIndex];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        collector.add({ severity: 'warning', code: 'ring-not-closed', path: [...path, 'coordinates', ...ringPath] });
      } else if (ringCrossesItself(ring)) {
        collector.add({ severity: 'warning', code: 'self-intersection', path: [...path, 'coordinates', ...ringPath] });
      }
    });
  });
}

export function* checkSwappedPoints(
  feed: Feed,
  collector: ProblemCollector,
  pathOf: (collection: RecordCollection, index: number, ...rest: Array<string | number>) => JsonPath,
): Generator<number, void> {
  // Flat arrays, not an object per point: feeds have hundreds of thousands of them.
  const organisations = feed.organisations ?? [];
  const total = feed.clusters.length + organisations.length;
  const longitudes = new Float64Array(total);
  const latitudes = new Float64Array(total);
  let count = 0;
  const add = (point: GeoPoint | undefined) => {
    if (!point) return;
    longitudes[count] = point.coordinates[0];
    latitudes[count] = point.coordinates[1];
    count += 1;
  };
  for (const cluster of feed.clusters) add(cluster.location);
  for (const organisation of organisations) add(organisation.location);
  if (count === 0) return;
  // With fewer than three points there is no "the others" to compare with (NaN: no median test).
  const median = (values: Float64Array) =>
    count < 3 ? Number.NaN : kthSmallest(values.subarray(0, count), Math.floor(count / 2));
  const medianLon = median(longitudes);
  const medianLat = median(latitudes);
  yield 0;
  // Squared: compared with squared thresholds below (`Math.hypot` was a third of this pass's time).
  const squaredDistance = (lon: number, lat: number) => (lon - medianLon) ** 2 + (lat - medianLat) ** 2;
  const check = (record: { location?: GeoPoint; address?: Address }, path: () => JsonPath) => {
    const point = record.location;
    if (!point) return;
    const [lon, lat] = point.coordinates;
    if (Math.abs(lon) > 90) return;
    const asGiven = squaredDistance(lon, lat);
    const swapped = squaredDistance(lat, lon);
    const french = inFrenchAddress(record.address);
    // A French address and a point in France is where it should be, whatever the others do.
    if (french && inFrance(lon, lat)) return;
    if (
      // More than 20° off the others, and under 10° and a third as far once swapped.
      (asGiven > 20 ** 2 && swapped < 10 ** 2 && 9 * swapped < asGiven) ||
      (french && !inEurope(lon, lat) && inFrance(lat, lon))
    )
      collector.add({ severity: 'warning', code: 'coordinates-swapped', path: [...path(), 'coordinates'] });
  };
  feed.clusters.forEach((cluster, index) => check(cluster, () => pathOf('clusters', index, 'location')));
  for (let index = 0; index < organisations.length; index += 1) {
    check(organisations[index]!, () => pathOf('organisations', index, 'location'));
    if (index % POINTS_PER_STEP === POINTS_PER_STEP - 1) yield index;
  }
}

/** Points checked between two looks at the time slice. */
const POINTS_PER_STEP = 8192;

type Address = { country?: string | undefined; postcode?: string | undefined };

/**
 * Metropolitan France with Corsica, and Europe, in degrees: a point is checked against the others
 * (their median), and one whose address is in France against France itself, since a table whose
 * every row has Lat and Long swapped moves the median too.
 */
const inFrance = (lon: number, lat: number) => lon >= -5.5 && lon <= 10 && lat >= 41 && lat <= 51.5;
const inEurope = (lon: number, lat: number) => lon >= -25 && lon <= 45 && lat >= 34 && lat <= 72;

/** An address in France: country FR, or a five-digit postcode and no other country. */
function inFrenchAddress(address: Address | undefined): boolean {
  return address?.country === 'FR' || (address?.country === undefined && /^\d{5}$/.test(address?.postcode ?? ''));
}

/**
 * The value that would stand at index `k` were `values` sorted; reorders `values`. Quickselect
 * with random pivots: linear on average whatever order a feed gives, where sorting 100,000
 * coordinates twice took some 30 ms of each validation (a node profile).
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[low + Math.floor(Math.random() * (high - low + 1))]!;
    // Three-way partition: [low, lt) below the pivot, [lt, gt] equal, (gt, high] above.
    let lt = low;
    let gt = high;
    let index = low;
    while (index <= gt) {
      const value = values[index]!;
      if (value < pivot) {
        values[index] = values[lt]!;
        values[lt] = value;
        lt += 1;
        index += 1;
      } else if (value > pivot) {
        values[index] = values[gt]!;
        values[gt] = value;
        gt -= 1;
      } else index += 1;
    }
    if (k < lt) high = lt - 1;
    else if (k > gt) low = gt + 1;
    else return pivot;
  }
  return values[k]!;
}

/** Rings longer than this are not checked for self-intersection (the check is quadratic). */
const MAX_RING_CHECKED = 2000;

/** Whether two non-adjacent edges of a closed ring cross (a "bow tie"). */
export function ringCrossesItself(ring: number[][]): boolean {
  const count = ring.length - 1; // the last position repeats the first
  if (count < 4 || count > MAX_RING_CHECKED) return false;
  const orientation = (a: number[], b: number[], c: number[]) =>
    Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
  for (let i = 0; i < count; i += 1) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    for (let j = i + 2; j < count; j += 1) {
      if (i === 0 && j === count - 1) continue; // these two share the closing vertex
      const c = ring[j]!;
      const d = ring[j + 1]!;
      const o1 = orientation(a, b, c);
      const o2 = orientation(a, b, d);
      const o3 = orientation(c, d, a);
      const o4 = orientation(c, d, b);
      if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
    }
  }
  return false;
}
