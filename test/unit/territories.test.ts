import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinKeyOf } from '../../src/geo/builtin-territories.js';
import { resolveTiles, TILE_PRESETS } from '../../src/geo/tile-presets.js';
import { clusterPlaces, territoriesByFineness } from '../../src/geo/cluster-places.js';
import { joinBoundaries } from '../../src/geo/territory-shapes.js';
import { FeedIndex } from '../../src/model/feed-index.js';
import type { Feed, Territory } from '../../src/schema/feed-schema.js';

test('built-in outlines: INSEE régions (current codes), départements (2A, 2B, overseas) and ISO alpha-2 countries', () => {
  assert.deepEqual(builtinKeyOf({ scheme: 'INSEE-REG', value: '84' }), { level: 'region', code: '84' });
  assert.deepEqual(builtinKeyOf({ scheme: 'INSEE-REG', value: '84', vintage: 2016 }), { level: 'region', code: '84' });
  assert.equal(
    builtinKeyOf({ scheme: 'INSEE-REG', value: '83', vintage: 2015 }),
    undefined,
    'a former région is another shape',
  );
  assert.deepEqual(builtinKeyOf({ scheme: 'INSEE-DEP', value: '2a' }), { level: 'departement', code: '2A' });
  assert.deepEqual(builtinKeyOf({ scheme: 'INSEE-DEP', value: '974' }), { level: 'departement', code: '974' });
  assert.deepEqual(builtinKeyOf({ scheme: 'iso-3166-1', value: 'de' }), { level: 'country', code: 'DE' });
  assert.equal(builtinKeyOf({ scheme: 'ISO-3166-1', value: 'DEU' }), undefined);
  assert.equal(builtinKeyOf({ scheme: 'NUTS', value: 'FR10' }), undefined);
  assert.equal(builtinKeyOf(undefined), undefined);
});

test('tiles: presets in one word with their attribution and origin; templates from the site; nothing else', () => {
  assert.match(
    resolveTiles('ign-plan')!.template,
    /^https:\/\/data\.geopf\.fr\/wmts\?.*LAYER=GEOGRAPHICALGRIDSYSTEMS\.PLANIGNV2.*TILEMATRIX=\{z\}&TILEROW=\{y\}&TILECOL=\{x\}$/,
  );
  assert.equal(resolveTiles('ign-plan')!.origin, 'https://data.geopf.fr');
  assert.equal(resolveTiles('osm')!.attribution, '© OpenStreetMap contributors');
  assert.equal(resolveTiles('osm', 'Mine')!.attribution, 'Mine');
  assert.equal(resolveTiles('https://t.example.org/{z}/{x}/{y}.png')!.origin, 'https://t.example.org');
  assert.equal(resolveTiles('/tiles/{z}/{x}/{y}.png')!.origin, "'self'");
  for (const value of ['none', '', 'javascript:alert(1)//{z}', 'constructor', '__proto__', 'toString'])
    assert.equal(resolveTiles(value), null, value);
  assert.ok(Object.isFrozen(TILE_PRESETS));
});

test('boundaries join by id or property, never by an inherited one', () => {
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  };
  const joined = joinBoundaries(
    {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '84' }, geometry: square },
        { type: 'Feature', id: 'x', properties: {}, geometry: square },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    },
    'code',
  );
  assert.deepEqual([...joined.keys()], ['84']);
  assert.deepEqual(
    [...joinBoundaries({ type: 'Feature', id: 7, properties: null, geometry: square }, 'id').keys()],
    ['7'],
  );
  assert.equal(
    joinBoundaries(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square }] },
      'constructor',
    ).size,
    0,
  );
});

/** A feed of these territories and records, as the validator leaves it. */
const feedOf = (territories: Territory[], records: Record<string, unknown>) =>
  ({
    format: 'grappe-feed',
    version: '1.0',
    publisher: { id: 'p', name: 'P' },
    territories,
    ...records,
  }) as unknown as Feed;

test('cluster places: the seat, else the finest territory with an outline; the rest named apart; larger clusters first', () => {
  const territories: Territory[] = [
    { id: 'fr', name: 'France', code: { scheme: 'ISO-3166-1', value: 'FR' } },
    { id: 'ara', name: 'Auvergne-Rhône-Alpes', code: { scheme: 'INSEE-REG', value: '84' } },
    { id: 'loire', name: 'Loire', code: { scheme: 'INSEE-DEP', value: '42' } },
    { id: 'none', name: 'Somewhere' },
  ];
  const feed = feedOf(territories, {
    clusters: [
      { id: 'seated', name: 'Seated', location: { type: 'Point', coordinates: [4.4, 45.4] }, territories: ['loire'] },
      { id: 'regional', name: 'Regional', territories: ['fr', 'ara', 'loire'] },
      { id: 'lost', name: 'Lost', territories: ['none'] },
    ],
    organisations: [{ id: 'o1', name: 'O1' }],
    memberships: [{ cluster: 'regional', organisation: 'o1' }],
  });
  const index = new FeedIndex(feed);
  assert.deepEqual(
    territoriesByFineness(['fr', 'ara', 'loire'], index.territoryById).map((territory) => territory.id),
    ['loire', 'ara', 'fr'],
  );
  const points = new Map([['ara', [4.5, 45.5] as [number, number]]]);
  const { places, offMap } = clusterPlaces(index, [0, 1, 2], { pointOf: (territory) => points.get(territory.id) });
  assert.deepEqual(
    places.map((place) => [index.clusters[place.cluster]!.id, place.approximateIn?.id ?? null]),
    [
      ['regional', 'ara'],
      ['seated', null],
    ],
  );
  assert.deepEqual(
    offMap.map((position) => index.clusters[position]!.id),
    ['lost'],
  );
  // While the outline of one of its territories may still come, a cluster is waiting, not lost.
  const loading = clusterPlaces(index, [0, 1, 2], {
    pointOf: () => undefined,
    mayPlaceLater: (territory) => territory.id === 'fr',
  });
  assert.deepEqual(
    loading.waiting.map((position) => index.clusters[position]!.id),
    ['regional'],
  );
  assert.deepEqual(
    loading.offMap.map((position) => index.clusters[position]!.id),
    ['lost'],
  );
});

test('a cluster whose territory has no outline is placed in the territory it lies in (its parent, and up)', () => {
  const territories: Territory[] = [
    { id: 'fr', name: 'France', code: { scheme: 'ISO-3166-1', value: 'FR' } },
    { id: 'ara', name: 'Auvergne-Rhône-Alpes', code: { scheme: 'INSEE-REG', value: '84' }, parent: 'fr' },
    // A former région (its code of 2015 has no outline), part of today's.
    { id: 'auvergne', name: 'Auvergne', code: { scheme: 'INSEE-REG', value: '83', vintage: 2015 }, parent: 'ara' },
    { id: 'valley', name: 'A valley', parent: 'auvergne' },
    // A cycle of parents ends.
    { id: 'a', name: 'A', parent: 'b' },
    { id: 'b', name: 'B', parent: 'a' },
  ];
  const feed = feedOf(territories, {
    clusters: [
      { id: 'memo', name: 'MÉMO', territories: ['valley'] },
      { id: 'loop', name: 'Loop', territories: ['a'] },
    ],
  });
  const index = new FeedIndex(feed);
  assert.deepEqual(
    territoriesByFineness(['valley'], index.territoryById).map((territory) => territory.id),
    ['valley', 'ara', 'auvergne', 'fr'],
    'its own first, then the parents, finer first (a région before a country)',
  );
  assert.deepEqual(
    territoriesByFineness(['a'], index.territoryById).map((territory) => territory.id),
    ['a', 'b'],
  );
  const points = new Map([['ara', [4.5, 45.5] as [number, number]]]);
  const { places, offMap } = clusterPlaces(index, [0, 1], { pointOf: (territory) => points.get(territory.id) });
  assert.deepEqual(
    places.map((place) => [index.clusters[place.cluster]!.id, place.approximateIn?.id ?? null]),
    [['memo', 'ara']],
  );
  assert.deepEqual(
    offMap.map((position) => index.clusters[position]!.id),
    ['loop'],
  );
});

test('a seat a geocoder found at town level only is drawn as approximate, in its town; a street-level one is not', () => {
  const feed = {
    format: 'grappe-feed',
    version: '1.0',
    publisher: { id: 'p', name: 'P' },
    clusters: [
      {
        id: 'town',
        name: 'Town',
        location: { type: 'Point', coordinates: [4.5, 45.47] },
        geocoding: { level: 'municipality', score: 0.93 },
        address: { city: 'Saint-Chamond' },
      },
      {
        id: 'street',
        name: 'Street',
        location: { type: 'Point', coordinates: [5.65, 46.26] },
        geocoding: { level: 'housenumber', score: 0.91 },
        address: { city: 'Oyonnax' },
      },
    ],
  } as unknown as Feed;
  const index = new FeedIndex(feed);
  const { places } = clusterPlaces(index, [0, 1], { pointOf: () => undefined });
  assert.deepEqual(
    places.map((place) => [index.clusters[place.cluster]!.id, place.approximateIn?.name ?? null, place.lon]),
    [
      ['town', 'Saint-Chamond', 4.5],
      ['street', null, 5.65],
    ],
  );
});
