/**
 * Feeds shared by the stories and the tests: a story that renders is a test that passes.
 */
import { CLUSTER_DIMENSIONS, termIds } from '../src/schema/vocabularies.js';

/** A small valid feed, varied enough to exercise every element. */
export function sampleFeed(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'grappe-feed',
    version: '1.0',
    publisher: { id: 'test', name: 'Test publisher', url: 'https://example.org/' },
    license: 'CC-BY-4.0',
    updated: new Date().toISOString().slice(0, 10),
    languages: ['fr', 'en'],
    taxonomies: [
      {
        id: 'programme',
        label: { fr: 'Programme', en: 'Programme' },
        values: [
          { id: 'excellence', label: { fr: 'Excellence', en: 'Excellence' }, color: '#123456' },
          { id: 'grappes', label: 'Grappes' },
        ],
      },
    ],
    territories: [
      { id: 'fr-84', name: 'Auvergne-Rhône-Alpes', kind: 'region' },
      { id: 'fr-dep-42', name: 'Loire', kind: 'departement', parent: 'fr-84' },
      { id: 'fr-52', name: 'Pays de la Loire', kind: 'region' },
    ],
    clusters: [
      {
        id: 'viameca',
        name: 'ViaMeca',
        kind: 'pole-de-competitivite',
        sector: 'mechanical-engineering',
        stage: 'influence',
        territories: ['fr-dep-42'],
        location: { type: 'Point', coordinates: [4.387, 45.434] },
        website: 'https://www.viameca.fr/',
        description: { fr: 'Pôle de la mécanique.', en: 'Mechanical engineering cluster.' },
        categories: { programme: 'grappes' },
      },
      {
        id: 'eco-energies',
        name: { fr: 'Cluster Éco-énergies', en: 'Eco-energies Cluster' },
        kind: 'regional-cluster',
        sector: ['eco-energy', 'construction'],
        stage: 'collaboration',
        territories: ['fr-84'],
        location: { type: 'Point', coordinates: [4.835, 45.764] },
        indicators: [
          { metric: 'members', period: '2006/07', value: 25 },
          { metric: 'members', period: '2007/08', value: 48 },
          { metric: 'members', period: '2008/09', value: 124 },
          { metric: 'members', period: '2009/10', value: 178 },
        ],
        categories: { programme: 'excellence' },
      },
      {
        id: 'neopolia',
        name: 'Néopolia Aerospace',
        kind: 'cluster',
        sector: 'aerospace',
        territories: ['fr-52'],
        location: { type: 'Point', coordinates: [-2.214, 47.273] },
      },
    ],
    organisations: [
      {
        id: 'cetim',
        name: 'CETIM',
        kind: 'technical-centre',
        location: { type: 'Point', coordinates: [2.586, 49.207] },
      },
      {
        id: 'acme',
        name: 'Acmé Mécanique',
        kind: 'company',
        size: 'sme',
        location: { type: 'Point', coordinates: [4.4, 45.45] },
        address: { city: 'Saint-Étienne' },
      },
      {
        id: 'lumen',
        name: 'Lumen',
        kind: 'company',
        size: 'micro',
        location: { type: 'Point', coordinates: [4.84, 45.76] },
      },
    ],
    memberships: [
      { cluster: 'viameca', organisation: 'cetim', role: 'partner' },
      { cluster: 'viameca', organisation: 'acme', role: 'member', since: 2010 },
      { cluster: 'eco-energies', organisation: 'lumen', role: 'founder' },
    ],
    cooperations: [{ id: 'coop', clusters: ['viameca', 'eco-energies'], name: 'Surfaces', level: 'regional' }],
    networks: [{ id: 'mecafuture', name: 'Mecafuture', clusters: ['viameca'] }],
    ...overrides,
  };
}

/** The same feed with every cluster filtered out by a fixed constraint: the empty state. */
export const EMPTY_FEED = (): Record<string, unknown> => sampleFeed({ clusters: [] });

/**
 * Forty clusters that between them use every value of every built-in dimension, each with
 * members, some former: what a phone must still show results first for, and what the contrast
 * walk reads in every theme.
 */
export function richFeed(): Record<string, unknown> {
  const clusters = Array.from({ length: 40 }, (_, at) => {
    const cluster: Record<string, unknown> = {
      id: `cluster-${at + 1}`,
      name: `Cluster ${['Alpha', 'Bêta', 'Gamma', 'Delta', 'Epsilon', 'Zêta', 'Êta', 'Thêta'][at % 8]} ${at + 1}`,
      location: { type: 'Point', coordinates: [-1 + (at % 8) * 1.1, 43.5 + Math.floor(at / 8) * 1.2] },
      founded: 1990 + at,
      description: { fr: `Le cluster n° ${at + 1}.`, en: `Cluster number ${at + 1}.` },
    };
    for (const dimension of CLUSTER_DIMENSIONS) {
      const terms = termIds(dimension);
      const value = terms[at % terms.length]!;
      cluster[dimension.id] =
        dimension.id === 'stage' || dimension.id === 'kind' ? value : [value, terms[(at + 1) % terms.length]!];
    }
    return cluster;
  });
  const organisations = Array.from({ length: 60 }, (_, at) => ({
    id: `org-${at + 1}`,
    name: `Entreprise ${at + 1}`,
    kind: at % 5 === 0 ? 'research-lab' : 'company',
    size: ['micro', 'sme', 'mid-cap', 'large'][at % 4],
    location: { type: 'Point', coordinates: [-1 + (at % 10) * 0.8, 43.7 + Math.floor(at / 10) * 0.9] },
  }));
  const memberships = organisations.flatMap((organisation, at) => [
    { cluster: `cluster-${(at % 40) + 1}`, organisation: organisation.id, role: 'member', since: 2015 },
    ...(at % 6 === 0
      ? [{ cluster: `cluster-${((at + 7) % 40) + 1}`, organisation: organisation.id, since: 2008, until: 2012 }]
      : []),
  ]);
  return sampleFeed({
    clusters,
    organisations,
    memberships,
    cooperations: [
      {
        id: 'c1',
        clusters: ['cluster-1', 'cluster-2'],
        purposes: ['joint-bid', 'shared-platform'],
        level: 'regional',
        stage: 'joint-operations',
        governance: 'rotating',
        start: '2019-03-01',
      },
    ],
    networks: [],
    taxonomies: [],
  });
}

/** The sample feed with an organisation described in full, and a former member. */
export function organisationFeed(): Record<string, unknown> {
  const base = sampleFeed();
  return sampleFeed({
    organisations: [
      ...(base['organisations'] as object[]).filter((organisation) => (organisation as { id: string }).id !== 'acme'),
      {
        id: 'acme',
        name: 'Acmé Mécanique',
        shortName: 'ACME',
        kind: 'company',
        size: 'sme',
        description: { fr: 'Usinage de précision.', en: 'Precision machining.' },
        sector: 'mechanical-engineering',
        location: { type: 'Point', coordinates: [4.4, 45.45] },
        address: { street: '3 rue de la Forge', postcode: '42000', city: 'Saint-Étienne', country: 'FR' },
        website: 'https://acme.example.fr/',
        contact: { email: 'contact@acme.example.fr', phone: '+33 4 77 00 00 00' },
        identifiers: [{ scheme: 'FR-SIRET', value: '73282932000074' }],
        sites: [
          {
            name: 'Atelier de Firminy',
            location: { type: 'Point', coordinates: [4.29, 45.39] },
            address: { city: 'Firminy' },
          },
        ],
      },
    ],
    memberships: [
      { cluster: 'viameca', organisation: 'cetim', role: 'partner' },
      { cluster: 'viameca', organisation: 'acme', role: 'member', since: 2010 },
      { cluster: 'eco-energies', organisation: 'acme', role: 'founder', since: 2005, until: 2012 },
      { cluster: 'eco-energies', organisation: 'lumen', role: 'founder' },
    ],
  });
}

/**
 * Feed 1.1 for what funders and cluster managers do (figures invented for tests and stories; the
 * real ones are in examples/): members over the years with targets, markets and technologies for
 * the partner search, upcoming events with a place.
 */
export function activityMapFeed(): Record<string, unknown> {
  const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
  return sampleFeed({
    version: '1.1',
    clusters: [
      {
        id: 'viameca',
        name: 'ViaMeca',
        kind: 'pole-de-competitivite',
        sector: 'mechanical-engineering',
        location: point(4.387, 45.434),
        markets: ['aeronautics', 'automotive'],
        technologies: ['machining'],
        indicators: [
          { metric: 'members', year: 2008, value: 140 },
          { metric: 'members', year: 2009, value: 152, target: 160 },
          { metric: 'members', year: 2010, value: 171, target: 170 },
        ],
        events: [
          { id: 'forum', name: 'Forum ViaMeca', start: '2099-03-14', place: { location: point(3.087, 45.777) } },
        ],
      },
      {
        id: 'eco-energies',
        name: { fr: 'Cluster Éco-énergies', en: 'Eco-energies Cluster' },
        kind: 'regional-cluster',
        location: point(4.835, 45.764),
        markets: ['building'],
        indicators: [
          { metric: 'members', year: 2008, value: 124 },
          { metric: 'members', year: 2009, value: 178 },
          { metric: 'jobs', year: 2009, value: 900 },
        ],
      },
      {
        id: 'neopolia',
        name: 'Néopolia Aerospace',
        kind: 'cluster',
        location: point(-2.214, 47.273),
        markets: ['aeronautics'],
        technologies: ['composites'],
        indicators: [
          { metric: 'members', year: 2009, value: 37 },
          { metric: 'members', year: 2010, value: 45, target: 50 },
        ],
        events: [
          { id: 'old', name: 'Assemblée 2020', start: '2020-06-02', place: { location: point(-1.55, 47.22) } },
          { id: 'days', name: 'Journées Néopolia', start: '2099-05-20', place: { location: point(-1.553, 47.218) } },
        ],
      },
      { id: 'mecaloire', name: 'Mecaloire', kind: 'cluster', markets: ['automotive'], technologies: ['machining'] },
    ],
    organisations: [],
    memberships: [],
    cooperations: [{ id: 'coop', clusters: ['viameca', 'eco-energies'], name: 'Surfaces' }],
    networks: [],
  });
}
