/**
 * Places records that have an address but no coordinates, through the Base Adresse Nationale
 * geocoder (https://adresse.data.gouv.fr/outils/api-doc/adresse), or any service that answers
 * as it does:
 *
 * - `POST {url}/search/csv/`: a CSV of addresses (multipart: `data` the file, `columns` the
 *   columns that make the query, `postcode` the column that filters by postcode); the answer is
 *   the same CSV with `latitude`, `longitude`, `result_label`, `result_score`, `result_type`…
 *   added. Used by batches of `batchSize` rows.
 * - `GET {url}/search/?q=…&postcode=…&limit=1`: one address; a GeoJSON FeatureCollection whose
 *   first feature has the point and `properties.score`, `properties.type`. Used for a batch the
 *   CSV endpoint failed.
 *
 * Requests are spaced to stay under the service's rate limit (50 per second per address on the
 * BAN; 10 by default here), time out, and are retried with back-off on 429, 5xx and network
 * errors (honouring `Retry-After`). A failure costs the rows it concerned, reported, never the
 * import. Works in node and in browsers (fetch, FormData, Blob).
 */
import { readCsvRows, writeCsv } from './csv.js';

export const DEFAULT_GEOCODER = 'https://api-adresse.data.gouv.fr';

/** How precise a place is: the BAN's `result_type`. */
export type GeocodingLevel = 'housenumber' | 'street' | 'locality' | 'municipality';
const LEVELS: ReadonlySet<string> = new Set(['housenumber', 'street', 'locality', 'municipality']);

export interface AddressToPlace {
  /** The caller's key for the record (returned with its result). */
  key: string;
  street?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
}

export interface PlacedAddress {
  key: string;
  lon: number;
  lat: number;
  score: number;
  level: GeocodingLevel;
  /** The address the service found, as it writes it. */
  label: string;
}

export interface UnplacedAddress {
  key: string;
  reason: 'not-found' | 'low-score' | 'service';
  /** What was found (low score), or what failed (the service's status or error). */
  detail?: string;
  score?: number;
}

export interface GeocoderOptions {
  /** The service's base URL (default: the BAN). */
  url?: string;
  fetch?: typeof fetch;
  /** Rows per CSV request (default 500). */
  batchSize?: number;
  /** Requests per second at most (default 10). */
  requestsPerSecond?: number;
  /** Per request, the body included (default 30 s). */
  timeoutMs?: number;
  /** Retries of a request after the first try (default 3). */
  retries?: number;
  /** Results under this score are not used (default 0.5). */
  minScore?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface GeocodingOutcome {
  placed: PlacedAddress[];
  unplaced: UnplacedAddress[];
}

class ServiceError extends Error {}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

/** The query text of an address: street, postcode and town, as the BAN reads a free-text address. */
export function queryOf(address: Pick<AddressToPlace, 'street' | 'postcode' | 'city'>): string {
  return [address.street, address.postcode, address.city]
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .join(' ');
}

/** The service's address, without a trailing slash: what requests start with and messages name. */
export function geocoderBase(options: Pick<GeocoderOptions, 'url'>): string {
  return (options.url ?? DEFAULT_GEOCODER).replace(/\/+$/, '');
}

export async function geocodeAddresses(
  addresses: readonly AddressToPlace[],
  options: GeocoderOptions = {},
): Promise<GeocodingOutcome> {
  const base = geocoderBase(options);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const batchSize = options.batchSize ?? 500;
  const spacing = 1000 / (options.requestsPerSecond ?? 10);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const minScore = options.minScore ?? 0.5;
  const outcome: GeocodingOutcome = { placed: [], unplaced: [] };
  const queryable = addresses.filter((address) => queryOf(address) !== '');
  for (const address of addresses)
    if (queryOf(address) === '') outcome.unplaced.push({ key: address.key, reason: 'not-found' });
  let lastRequest = 0;

  /** One request, spaced, timed out (the body included), retried with back-off; the body of a 2xx answer. */
  const request = async (url: string, init: RequestInit): Promise<string> => {
    let failure = '';
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      const wait = lastRequest + spacing - Date.now();
      if (wait > 0) await sleep(wait, options.signal);
      lastRequest = Date.now();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const onAbort = () => controller.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      let retryAfterMs = 0;
      try {
        const response = await fetchImpl(url, { ...init, signal: controller.signal });
        if (response.ok) return await response.text();
        failure = `HTTP ${response.status}`;
        await response.body?.cancel().catch(() => undefined);
        if (response.status !== 429 && response.status < 500) throw new ServiceError(failure);
        retryAfterMs = Number(response.headers.get('retry-after') ?? 0) * 1000;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        if (error instanceof ServiceError) throw error;
        failure = controller.signal.aborted ? 'timeout' : (error as Error).message || 'network';
      } finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      }
      if (attempt < retries) await sleep(Math.max(retryAfterMs, 500 * 2 ** attempt), options.signal);
    }
    throw new ServiceError(failure);
  };

  const accept = (key: string, row: { lat: number; lon: number; score: number; type: string; label: string }) => {
    if (!Number.isFinite(row.lat) || !Number.isFinite(row.lon) || !LEVELS.has(row.type)) {
      outcome.unplaced.push({ key, reason: 'not-found' });
    } else if (row.score < minScore) {
      outcome.unplaced.push({ key, reason: 'low-score', detail: row.label, score: row.score });
    } else {
      outcome.placed.push({
        key,
        lon: row.lon,
        lat: row.lat,
        score: row.score,
        level: row.type as GeocodingLevel,
        label: row.label,
      });
    }
  };

  const viaCsv = async (batch: readonly AddressToPlace[]) => {
    const csv = writeCsv(
      [
        ['key', 'q', 'postcode'],
        ...batch.map((address) => [address.key, queryOf(address), (address.postcode ?? '').trim()]),
      ],
      { separator: ',', bom: false },
    );
    const form = new FormData();
    form.append('data', new Blob([csv], { type: 'text/csv' }), 'adresses.csv');
    form.append('columns', 'q');
    form.append('postcode', 'postcode');
    const [header, ...rows] = readCsvRows(await request(`${base}/search/csv/`, { method: 'POST', body: form }));
    if (!header) throw new ServiceError('empty answer');
    const column = (name: string) => header.cells.findIndex((cell) => cell.trim() === name);
    const [keyAt, latAt, lonAt, scoreAt, typeAt, labelAt] = [
      'key',
      'latitude',
      'longitude',
      'result_score',
      'result_type',
      'result_label',
    ].map(column) as [number, number, number, number, number, number];
    if (keyAt < 0 || latAt < 0 || lonAt < 0) throw new ServiceError('answer without latitude and longitude');
    const asked = new Set(batch.map((address) => address.key));
    const answered = new Set<string>();
    for (const { cells } of rows) {
      const key = cells[keyAt] ?? '';
      if (answered.has(key) || !asked.has(key)) continue;
      answered.add(key);
      accept(key, {
        lat: Number.parseFloat(cells[latAt] ?? ''),
        lon: Number.parseFloat(cells[lonAt] ?? ''),
        score: Number.parseFloat(cells[scoreAt] ?? '0') || 0,
        type: cells[typeAt] ?? '',
        label: cells[labelAt] ?? '',
      });
    }
    for (const address of batch)
      if (!answered.has(address.key)) outcome.unplaced.push({ key: address.key, reason: 'not-found' });
  };

  const viaSearch = async (address: AddressToPlace) => {
    const query = new URLSearchParams({ q: queryOf(address), limit: '1' });
    if (address.postcode?.trim()) query.set('postcode', address.postcode.trim());
    const body = await request(`${base}/search/?${query}`, { method: 'GET', headers: { Accept: 'application/json' } });
    const answer = JSON.parse(body) as {
      features?: Array<{
        geometry?: { coordinates?: number[] };
        properties?: { score?: number; type?: string; label?: string };
      }>;
    };
    const feature = answer.features?.[0];
    const coordinates = feature?.geometry?.coordinates;
    if (!feature || !coordinates) return outcome.unplaced.push({ key: address.key, reason: 'not-found' });
    accept(address.key, {
      lon: Number(coordinates[0]),
      lat: Number(coordinates[1]),
      score: Number(feature.properties?.score ?? 0),
      type: String(feature.properties?.type ?? ''),
      label: String(feature.properties?.label ?? ''),
    });
  };

  /** After this many addresses in a row the service could not answer, the rest are not asked. */
  const GIVE_UP_AFTER = 3;
  let failuresInARow = 0;
  let done = addresses.length - queryable.length;
  options.onProgress?.(done, addresses.length);
  for (let start = 0; start < queryable.length; start += batchSize) {
    const batch = queryable.slice(start, start + batchSize);
    try {
      await viaCsv(batch);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // The batch endpoint failed: one request per address, each failure costing only its row.
      for (const address of batch) {
        if (failuresInARow >= GIVE_UP_AFTER) {
          outcome.unplaced.push({ key: address.key, reason: 'service', detail: (error as Error).message });
          continue;
        }
        try {
          await viaSearch(address);
          failuresInARow = 0;
        } catch (failure) {
          if (options.signal?.aborted) throw failure;
          failuresInARow += 1;
          outcome.unplaced.push({ key: address.key, reason: 'service', detail: (failure as Error).message });
        }
      }
    }
    done += batch.length;
    options.onProgress?.(done, addresses.length);
  }
  return outcome;
}
