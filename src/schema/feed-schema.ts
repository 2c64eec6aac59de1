/**
 * The Grappe feed format, version 1, defined once in zod.
 *
 * Everything the JSON Schema says comes from here (see `json-schema.ts`), so this file holds
 * only structural rules a JSON Schema can express (types, required keys, enums, patterns,
 * ranges). Rules between records (unique ids, references that resolve, coordinates that look
 * swapped, check digits, dates) live in `validate/semantic-checks.ts`.
 *
 * zod decides when a schema is *built* whether to compile a fast path with the Function constructor,
 * which a strict Content-Security-Policy forbids. The schemas are built inside `buildJitless`,
 * which turns zod's (global, shared with the host page) `jitless` flag on only for that time.
 */
import * as z from 'zod/mini';
import {
  COMPOSITION,
  COOPERATION_GOVERNANCE,
  COOPERATION_LEVEL,
  COOPERATION_PURPOSE,
  COOPERATION_STAGE,
  MEMBER_ROLE,
  GOVERNANCE,
  INITIATOR,
  KIND,
  LEVERS,
  MEANING,
  ORGANISATION_KIND,
  ORIENTATION,
  REACH,
  SECTOR,
  SERVICES,
  SIZE_CLASS,
  STAGE,
  STRATEGY,
  termIds,
  type Vocabulary,
} from './vocabularies.js';

import { FEED_FORMAT } from './feed-version.js';
export { FEED_FORMAT, FEED_VERSION, SUPPORTED_MAJOR_VERSION } from './feed-version.js';

function buildJitless<T>(build: () => T): T {
  const config = z.config();
  const previous = config.jitless;
  config.jitless = true;
  try {
    return build();
  } finally {
    // Leave the host page's zod as we found it.
    if (previous === undefined) delete config.jitless;
    else config.jitless = previous;
  }
}

// zod itself skips a `__proto__` key (the JSON Schema lets it through, and zod drops it); these two are refused.
const DANGEROUS_KEY = '^(?!(?:constructor|prototype)$)';

const schemas = buildJitless(() => {
  const id = z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^\S(?:[\s\S]*\S)?$/));
  const reference = id;
  const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/));
  /** A plain string in the feed's default language, or a language map. */
  const text = z.union([z.string(), z.record(languageTag, z.string())]);
  const url = z.string().check(z.minLength(1), z.maxLength(2048));
  const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/));
  /** A year, a year-month or a full date: memberships and labels are often known only to the year. */
  const partialDate = z.union([
    z.int().check(z.gte(1000), z.lte(9999)),
    z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)),
  ]);
  const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));
  const longitude = z.number().check(z.gte(-180), z.lte(180));
  const latitude = z.number().check(z.gte(-90), z.lte(90));
  const position = z.tuple([z.number(), z.number()], z.number());
  const point = z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([longitude, latitude], z.number()),
  });
  const ring = z.array(position).check(z.minLength(4));
  const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) });
  const multiPolygon = z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  });
  const areaGeometry = z.union([polygon, multiPolygon]);
  const extensions = z.record(z.string().check(z.regex(new RegExp(`${DANGEROUS_KEY}[\\s\\S]+$`))), z.unknown());

  const codes = (vocabulary: Vocabulary) => {
    const code = vocabulary.open ? id : z.enum(termIds(vocabulary) as [string, ...string[]]);
    return z.union([code, z.array(code)]);
  };
  const code = (vocabulary: Vocabulary) => z.enum(termIds(vocabulary) as [string, ...string[]]);

  const contact = z.object({
    name: z.optional(z.string()),
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
    url: z.optional(url),
  });
  const address = z.object({
    street: z.optional(z.string()),
    postcode: z.optional(z.string()),
    city: z.optional(z.string()),
    region: z.optional(z.string()),
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  });
  const externalId = z.object({ scheme: z.string().check(z.minLength(1)), value: z.string().check(z.minLength(1)) });

  const publisher = z.object({
    id,
    name: text,
    url: z.optional(url),
    contact: z.optional(contact),
  });

  const taxonomyValue = z.object({
    id,
    label: text,
    color: z.optional(colour),
    description: z.optional(text),
    /** Id of the parent value in the same taxonomy ("énergie › géothermie"). */
    parent: z.optional(reference),
  });
  const taxonomy = z.object({
    id,
    label: text,
    description: z.optional(text),
    values: z.array(taxonomyValue),
  });

  const territoryCode = z.object({
    scheme: z.string().check(z.minLength(1)),
    value: z.string().check(z.minLength(1)),
    vintage: z.optional(z.union([z.int(), z.string()])),
  });
  const territory = z.object({
    id,
    name: text,
    kind: z.optional(z.string()),
    code: z.optional(territoryCode),
    parent: z.optional(reference),
    geometry: z.optional(areaGeometry),
    extensions: z.optional(extensions),
  });

  const indicator = z.object({
    metric: z.string().check(z.minLength(1)),
    label: z.optional(text),
    /** A period as written by the publisher: "2006/07", "2009", "2006-2008". */
    period: z.optional(z.string().check(z.minLength(1))),
    year: z.optional(z.int()),
    value: z.number(),
    unit: z.optional(z.string()),
    source: z.optional(text),
    /** The value aimed at for this period (1.1): shown against `value`. */
    target: z.optional(z.number()),
  });
  const label = z.object({
    name: text,
    year: z.optional(z.int()),
    until: z.optional(z.int()),
    funder: z.optional(text),
    url: z.optional(url),
  });
  const boardCollege = z.object({ college: text, seats: z.int().check(z.gte(0)) });

  /** Who may join a cluster and how (1.1). `howTo`: a URL (a "join" link) or a text. */
  const membershipTerms = z.object({
    open: z.optional(z.boolean()),
    who: z.optional(text),
    fee: z.optional(text),
    howTo: z.optional(text),
  });
  const funding = z.object({
    funder: text,
    amount: z.optional(z.number().check(z.gte(0))),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  });
  /** A project the cluster runs (1.1): partners are cluster or organisation ids, other feeds' as `publisher:id`. */
  const project = z.object({
    id,
    name: text,
    description: z.optional(text),
    partners: z.optional(z.array(reference)),
    start: z.optional(partialDate),
    end: z.optional(partialDate),
    funding: z.optional(z.array(funding)),
    labels: z.optional(z.array(text)),
    url: z.optional(url),
  });
  /** An event the cluster holds (1.1). */
  const event = z.object({
    id,
    name: text,
    start: partialDate,
    end: z.optional(partialDate),
    place: z.optional(z.object({ location: z.optional(point), address: z.optional(address) })),
    url: z.optional(url),
  });
  /** How a `location` was found from an address: the geocoder's level and score (town level reads as approximate). */
  const geocoding = z.object({
    level: z.enum(['housenumber', 'street', 'locality', 'municipality']),
    score: z.optional(z.number().check(z.gte(0), z.lte(1))),
  });
  const cluster = z.object({
    id,
    name: text,
    shortName: z.optional(text),
    description: z.optional(text),
    // The built-in typology dimensions: a code or a list of codes each (see vocabularies.ts).
    kind: z.optional(codes(KIND)),
    sector: z.optional(codes(SECTOR)),
    stage: z.optional(codes(STAGE)),
    reach: z.optional(codes(REACH)),
    composition: z.optional(codes(COMPOSITION)),
    meaning: z.optional(codes(MEANING)),
    orientation: z.optional(codes(ORIENTATION)),
    governance: z.optional(codes(GOVERNANCE)),
    strategy: z.optional(codes(STRATEGY)),
    initiator: z.optional(codes(INITIATOR)),
    levers: z.optional(codes(LEVERS)),
    services: z.optional(codes(SERVICES)),
    /** Values of dimensions the feed declares in `taxonomies`, by taxonomy id. */
    categories: z.optional(z.record(id, z.union([id, z.array(id)]))),
    territories: z.optional(z.array(reference)),
    location: z.optional(point),
    geocoding: z.optional(geocoding),
    address: z.optional(address),
    founded: z.optional(partialDate),
    legalForm: z.optional(z.string()),
    staff: z.optional(z.number().check(z.gte(0))),
    board: z.optional(z.array(boardCollege)),
    ethicsCharter: z.optional(z.boolean()),
    labels: z.optional(z.array(label)),
    indicators: z.optional(z.array(indicator)),
    website: z.optional(url),
    logo: z.optional(url),
    contact: z.optional(contact),
    identifiers: z.optional(z.array(externalId)),
    /** A separate feed holding this cluster's organisations and memberships, loaded on demand. */
    membersHref: z.optional(url),
    /** Integrator markets the cluster addresses (1.1; open codes, or values of a declared taxonomy). */
    markets: z.optional(z.array(id)),
    /** Key technologies of its members (1.1; open codes, or values of a declared taxonomy). */
    technologies: z.optional(z.array(id)),
    /** Where it seeks partners (1.1): territory ids of the feed, or ISO 3166-1 alpha-2 codes. */
    targetZones: z.optional(z.array(reference)),
    membership: z.optional(membershipTerms),
    projects: z.optional(z.array(project)),
    events: z.optional(z.array(event)),
    extensions: z.optional(extensions),
  });

  const site = z.object({
    id: z.optional(id),
    name: z.optional(text),
    location: point,
    address: z.optional(address),
  });
  const organisation = z.object({
    id,
    name: text,
    /** An acronym or short name (`CETIM`), searched like the name. */
    shortName: z.optional(text),
    kind: z.optional(code(ORGANISATION_KIND)),
    size: z.optional(code(SIZE_CLASS)),
    description: z.optional(text),
    sector: z.optional(z.union([id, z.array(id)])),
    location: z.optional(point),
    geocoding: z.optional(geocoding),
    /** Further places of the same organisation (plants, offices). */
    sites: z.optional(z.array(site)),
    address: z.optional(address),
    website: z.optional(url),
    contact: z.optional(contact),
    identifiers: z.optional(z.array(externalId)),
    extensions: z.optional(extensions),
  });

  const membership = z.object({
    cluster: reference,
    organisation: reference,
    role: z.optional(code(MEMBER_ROLE)),
    since: z.optional(partialDate),
    until: z.optional(partialDate),
  });

  const cooperation = z.object({
    id,
    clusters: z.array(reference).check(z.minLength(2)),
    name: z.optional(text),
    description: z.optional(text),
    level: z.optional(code(COOPERATION_LEVEL)),
    purposes: z.optional(z.array(code(COOPERATION_PURPOSE))),
    stage: z.optional(code(COOPERATION_STAGE)),
    governance: z.optional(code(COOPERATION_GOVERNANCE)),
    since: z.optional(partialDate),
    until: z.optional(partialDate),
    website: z.optional(url),
    extensions: z.optional(extensions),
  });

  const network = z.object({
    id,
    name: text,
    clusters: z.array(reference),
    /** Organisations that are members of the network themselves (1.1): FIM, CETIM in Mecafuture. */
    members: z.optional(z.array(reference)),
    description: z.optional(text),
    since: z.optional(partialDate),
    website: z.optional(url),
    extensions: z.optional(extensions),
  });

  /** The keys of the header: everything but the record collections. */
  const header = z.object({
    format: z.literal(FEED_FORMAT),
    version: z.string().check(z.regex(/^\d+\.\d+$/)),
    publisher,
    license: z.optional(z.string()),
    updated: z.optional(date),
    languages: z.optional(z.array(languageTag).check(z.minLength(1))),
    extensions: z.optional(extensions),
  });

  const feed = z.object({
    ...header.def.shape,
    taxonomies: z.optional(z.array(taxonomy)),
    territories: z.optional(z.array(territory)),
    clusters: z.array(cluster),
    organisations: z.optional(z.array(organisation)),
    memberships: z.optional(z.array(membership)),
    cooperations: z.optional(z.array(cooperation)),
    networks: z.optional(z.array(network)),
  });

  return {
    text,
    point,
    header,
    publisher,
    taxonomy,
    territory,
    cluster,
    organisation,
    membership,
    cooperation,
    network,
    feed,
  };
});

export const feedSchema = schemas.feed;
export const feedHeaderSchema = schemas.header;

/**
 * One schema per record collection: the lenient loader validates records one by one so that a
 * broken record costs only itself.
 */
export const recordSchemas = {
  taxonomies: schemas.taxonomy,
  territories: schemas.territory,
  clusters: schemas.cluster,
  organisations: schemas.organisation,
  memberships: schemas.membership,
  cooperations: schemas.cooperation,
  networks: schemas.network,
} as const;

export type RecordCollection = keyof typeof recordSchemas;
export const RECORD_COLLECTIONS = Object.keys(recordSchemas) as RecordCollection[];

export type LocalisedText = z.infer<typeof schemas.text>;
export type GeoPoint = z.infer<typeof schemas.point>;
export type Publisher = z.infer<typeof schemas.publisher>;
export type Taxonomy = z.infer<typeof schemas.taxonomy>;
export type TaxonomyValue = Taxonomy['values'][number];
export type Territory = z.infer<typeof schemas.territory>;
export type Cluster = z.infer<typeof schemas.cluster>;
export type Organisation = z.infer<typeof schemas.organisation>;
export type Membership = z.infer<typeof schemas.membership>;
export type Cooperation = z.infer<typeof schemas.cooperation>;
export type Network = z.infer<typeof schemas.network>;
export type Feed = z.infer<typeof schemas.feed>;
export type FeedHeader = z.infer<typeof schemas.header>;
export type Indicator = NonNullable<Cluster['indicators']>[number];
