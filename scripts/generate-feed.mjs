// A seeded generator of large synthetic Grappe feeds (thousands of clusters, 100k+
// organisations) for tests and benchmarks. Same seed, same feed, byte for byte.
// Runs in node (`node scripts/generate-feed.mjs --clusters 2000 --organisations 100000 > feed.json`)
// and in the browser (tests import it).

/** Mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'da',
  'en',
  'fa',
  'gal',
  'ho',
  'is',
  'ju',
  'ka',
  'lor',
  'mé',
  'nor',
  'ol',
  'pla',
  'qui',
  'ri',
  'sol',
  'tè',
  'ul',
  'val',
  'wen',
  'xa',
  'yo',
  'zé',
];
const KINDS = [
  'pole-de-competitivite',
  'spl',
  'grappe-entreprises',
  'regional-cluster',
  'research-cluster',
  'technopole',
  'cluster',
];
const SECTORS = [
  'mechatronics',
  'plastics',
  'food-health',
  'ict',
  'eco-energy',
  'tourism',
  'cosmetics',
  'aerospace',
  'lighting',
  'services-innovation',
  'optics',
  'biotech',
];
const STAGES = ['seeding', 'gathering', 'pooling', 'collaboration', 'influence'];
const REACH = ['local', 'regional', 'national', 'world-vocation'];
const ORGANISATION_KINDS = [
  'company',
  'company',
  'company',
  'company',
  'company',
  'research-lab',
  'university',
  'school',
  'local-authority',
  'chamber',
  'bank',
];
const SIZES = ['micro', 'micro', 'micro', 'sme', 'sme', 'mid-cap', 'large'];
const ROLES = ['member', 'member', 'member', 'member', 'board', 'founder', 'partner'];
/** Thirteen areas over metropolitan France: [id, name, west, south, east, north]. */
const REGIONS = [
  ['r11', 'Île-de-France', 1.5, 48.2, 3.4, 49.2],
  ['r24', 'Centre-Val de Loire', 0.1, 46.4, 3.1, 48.9],
  ['r27', 'Bourgogne-Franche-Comté', 2.9, 46.2, 7.1, 48.3],
  ['r28', 'Normandie', -1.9, 48.2, 1.7, 50.0],
  ['r32', 'Hauts-de-France', 1.6, 49.0, 4.2, 51.0],
  ['r44', 'Grand Est', 3.4, 47.4, 8.2, 50.1],
  ['r52', 'Pays de la Loire', -2.5, 46.3, 0.9, 48.5],
  ['r53', 'Bretagne', -4.7, 47.3, -1.1, 48.8],
  ['r75', 'Nouvelle-Aquitaine', -1.7, 43.1, 2.6, 47.1],
  ['r76', 'Occitanie', -0.3, 42.4, 4.8, 45.0],
  ['r84', 'Auvergne-Rhône-Alpes', 2.1, 44.2, 7.1, 46.8],
  ['r93', "Provence-Alpes-Côte d'Azur", 4.3, 43.0, 7.5, 45.1],
  ['r94', 'Corse', 8.6, 41.4, 9.5, 43.0],
];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function name(random, words) {
  let out = '';
  for (let word = 0; word < words; word += 1) {
    const length = 2 + Math.floor(random() * 2);
    let text = '';
    for (let syllable = 0; syllable < length; syllable += 1) text += pick(random, SYLLABLES);
    out += (word > 0 ? ' ' : '') + text[0].toUpperCase() + text.slice(1);
  }
  return out;
}

function round(value) {
  return Math.round(value * 1e5) / 1e5;
}

/**
 * @param {{ clusters?: number, organisations?: number, seed?: number, membershipsPerOrganisation?: number }} options
 */
export function generateFeed({
  clusters = 100,
  organisations = 1000,
  seed = 1,
  membershipsPerOrganisation = 1.3,
} = {}) {
  const random = seededRandom(seed);
  const territories = REGIONS.map(([id, regionName]) => ({
    id,
    name: regionName,
    kind: 'region',
    code: { scheme: 'INSEE-REG', value: id.slice(1), vintage: 2016 },
  }));
  const clusterList = [];
  const clusterRegion = [];
  for (let index = 0; index < clusters; index += 1) {
    const region = pick(random, REGIONS);
    const [regionId, , west, south, east, north] = region;
    clusterRegion.push(region);
    const cluster = {
      id: `c${index}`,
      name: `${pick(random, ['Cluster', 'Pôle', 'Grappe', 'Réseau'])} ${name(random, 1 + Math.floor(random() * 2))}`,
      kind: pick(random, KINDS),
      sector: random() < 0.3 ? [pick(random, SECTORS), pick(random, SECTORS)] : pick(random, SECTORS),
      stage: pick(random, STAGES),
      reach: pick(random, REACH),
      territories: [regionId],
      location: {
        type: 'Point',
        coordinates: [round(west + random() * (east - west)), round(south + random() * (north - south))],
      },
      founded: 1998 + Math.floor(random() * 25),
      description: `${name(random, 3)} ${name(random, 2)}.`,
    };
    if (random() < 0.2) {
      cluster.indicators = [0, 1, 2, 3].map((step) => ({
        metric: 'members',
        year: 2020 + step,
        value: 10 + Math.floor(random() * 200),
      }));
    }
    clusterList.push(cluster);
  }
  const organisationList = [];
  const memberships = [];
  for (let index = 0; index < organisations; index += 1) {
    const home = clusters > 0 ? Math.floor(random() * clusters) : -1;
    const region = home >= 0 ? clusterRegion[home] : pick(random, REGIONS);
    const [, , west, south, east, north] = region;
    organisationList.push({
      id: `o${index}`,
      name: name(random, 2),
      kind: pick(random, ORGANISATION_KINDS),
      size: pick(random, SIZES),
      location: {
        type: 'Point',
        coordinates: [round(west + random() * (east - west)), round(south + random() * (north - south))],
      },
      address: { city: name(random, 1) },
    });
    if (home < 0) continue;
    memberships.push({ cluster: `c${home}`, organisation: `o${index}`, role: pick(random, ROLES) });
    if (random() < membershipsPerOrganisation - 1) {
      const other = Math.floor(random() * clusters);
      if (other !== home) memberships.push({ cluster: `c${other}`, organisation: `o${index}`, role: 'member' });
    }
  }
  const cooperations = [];
  for (let index = 0; index < Math.floor(clusters / 10); index += 1) {
    const a = Math.floor(random() * clusters);
    const b = Math.floor(random() * clusters);
    if (a !== b)
      cooperations.push({
        id: `coop${index}`,
        clusters: [`c${a}`, `c${b}`],
        level: pick(random, ['regional', 'national', 'international']),
      });
  }
  return {
    format: 'grappe-feed',
    version: '1.0',
    publisher: { id: `synthetic-${seed}`, name: `Synthetic feed (seed ${seed})`, url: 'https://example.org/' },
    license: 'CC0-1.0',
    updated: '2026-01-01',
    languages: ['fr'],
    territories,
    clusters: clusterList,
    organisations: organisationList,
    memberships,
    cooperations,
  };
}

if (typeof process !== 'undefined' && process.argv?.[1] && import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (flag, fallback) => {
    const at = args.indexOf(flag);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const feed = generateFeed({
    clusters: option('--clusters', 100),
    organisations: option('--organisations', 1000),
    seed: option('--seed', 1),
  });
  process.stdout.write(JSON.stringify(feed));
}
