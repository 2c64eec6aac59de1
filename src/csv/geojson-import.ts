/**
 * Organisations from a GeoJSON FeatureCollection of points (an innovation actors' map, a
 * business register extract), with a small mapping file that says which property is what:
 *
 *   { "id": "id", "name": "properties.name", "city": "properties.city",
 *     "website": "properties.url", "siret": "properties.taxID",
 *     "kind": { "path": "properties.category", "values": { "lab": "research-lab" }, "default": "company" },
 *     "cluster": { "id": "idf-digital", "name": "Île-de-France digital actors" } }
 *
 * Values are read as they come (real data is messy): numbers become strings, empty strings are
 * dropped, a SIRET goes to `identifiers` only when its check digit is right, a URL without a
 * scheme is kept as is (the sanitiser adds https:// when it shows it).
 */
import { checkIdentifier } from '../validate/identifiers.js';

type FieldPath = string;

export interface GeoJsonMapping {
  id?: FieldPath;
  name: FieldPath;
  description?: FieldPath;
  website?: FieldPath;
  email?: FieldPath;
  phone?: FieldPath;
  street?: FieldPath;
  postcode?: FieldPath;
  city?: FieldPath;
  siret?: FieldPath;
  siren?: FieldPath;
  sector?: FieldPath;
  kind?: { path: FieldPath; values?: Record<string, string>; default?: string } | FieldPath;
  /** Make every organisation a member of this cluster. */
  cluster?: { id: string; name: string; role?: string };
}

function read(feature: Record<string, unknown>, path: FieldPath | undefined): string | undefined {
  if (!path) return undefined;
  let value: unknown = feature;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function feedFromGeoJson(
  geojson: unknown,
  mapping: GeoJsonMapping,
  header: { publisher: { id: string; name: string }; format: string; version: string },
): Record<string, unknown> {
  const root = geojson as { type?: string; features?: unknown[] };
  const features = root?.type === 'FeatureCollection' && Array.isArray(root.features) ? root.features : [];
  const organisations: Array<Record<string, unknown>> = [];
  const usedIds = new Set<string>();
  features.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object') return;
    const feature = raw as Record<string, unknown>;
    const name = read(feature, mapping.name);
    if (!name) return;
    let id = read(feature, mapping.id ?? 'id') ?? `organisation-${index + 1}`;
    while (usedIds.has(id)) id = `${id}-${index + 1}`;
    usedIds.add(id);
    const organisation: Record<string, unknown> = { id, name };
    const kindMapping = typeof mapping.kind === 'string' ? { path: mapping.kind } : mapping.kind;
    if (kindMapping) {
      const source = read(feature, kindMapping.path);
      const kind = (source && kindMapping.values?.[source]) ?? kindMapping.default;
      if (kind) organisation['kind'] = kind;
    }
    const description = read(feature, mapping.description);
    if (description) organisation['description'] = description;
    const sector = read(feature, mapping.sector);
    if (sector) organisation['sector'] = sector;
    const geometry = feature['geometry'] as { type?: string; coordinates?: unknown } | null;
    if (geometry?.type === 'Point' && Array.isArray(geometry.coordinates) && geometry.coordinates.length >= 2) {
      const [lon, lat] = geometry.coordinates as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number')
        organisation['location'] = { type: 'Point', coordinates: [lon, lat] };
    }
    const address: Record<string, string> = {};
    for (const field of ['street', 'postcode', 'city'] as const) {
      const value = read(feature, mapping[field]);
      if (value) address[field] = value;
    }
    if (Object.keys(address).length > 0) organisation['address'] = address;
    const website = read(feature, mapping.website);
    if (website) organisation['website'] = website;
    const contact: Record<string, string> = {};
    const email = read(feature, mapping.email);
    const phone = read(feature, mapping.phone);
    if (email) contact['email'] = email;
    if (phone) contact['phone'] = phone;
    if (Object.keys(contact).length > 0) organisation['contact'] = contact;
    const identifiers: Array<{ scheme: string; value: string }> = [];
    const siret = read(feature, mapping.siret)?.replace(/\s/g, '');
    if (siret && checkIdentifier('FR-SIRET', siret)) identifiers.push({ scheme: 'FR-SIRET', value: siret });
    const siren =
      read(feature, mapping.siren)?.replace(/\s/g, '') ??
      (siret && checkIdentifier('FR-SIRET', siret) ? siret.slice(0, 9) : undefined);
    if (siren && checkIdentifier('FR-SIREN', siren)) identifiers.push({ scheme: 'FR-SIREN', value: siren });
    if (identifiers.length > 0) organisation['identifiers'] = identifiers;
    organisations.push(organisation);
  });
  const feed: Record<string, unknown> = {
    format: header.format,
    version: header.version,
    publisher: header.publisher,
    clusters: mapping.cluster ? [{ id: mapping.cluster.id, name: mapping.cluster.name }] : [],
    organisations,
  };
  if (mapping.cluster) {
    feed['memberships'] = organisations.map((organisation) => ({
      cluster: mapping.cluster!.id,
      organisation: organisation['id'],
      ...(mapping.cluster!.role ? { role: mapping.cluster!.role } : {}),
    }));
  }
  return feed;
}
