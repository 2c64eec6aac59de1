import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ALL_VOCABULARIES,
  BUILT_IN_LABELS,
  addVocabularyLabels,
  getVocabulary,
  termIds,
} from '../../src/schema/vocabularies.js';
import { checkIdentifier } from '../../src/validate/identifiers.js';
import { FAST_ACCEPT } from '../../src/validate/fast-accept.js';
import { describeValue, jsonTypeOf } from '../../src/validate/describe-value.js';
import { kthSmallest, ringCrossesItself } from '../../src/validate/record-checks.js';
import { feedFromGeoJson } from '../../src/csv/geojson-import.js';
import { describeLoadError } from '../../src/i18n/describe-error.js';
import { getTranslation } from '../../src/i18n/index.js';
import { FeedLoadError } from '../../src/load/load-feed.js';
import { basemapFolder } from '../../src/geo/basemap-data.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import { sampleFeed } from '../../stories/fixtures.js';

test('vocabularies: unique codes, French and English labels, found by id', () => {
  for (const vocabulary of ALL_VOCABULARIES) {
    const ids = termIds(vocabulary);
    assert.equal(new Set(ids).size, ids.length, vocabulary.id);
    for (const term of vocabulary.terms) {
      assert.ok(typeof term.label === 'object' && term.label.fr && term.label.en, `${vocabulary.id}/${term.id}`);
      assert.ok(BUILT_IN_LABELS.has(term.label));
    }
    assert.equal(getVocabulary(vocabulary.id), vocabulary);
  }
  assert.ok(termIds(getVocabulary('kind')!).includes('pole-de-competitivite'));
});

test('SIREN and SIRET check digits (Luhn), La Poste’s exception included', () => {
  assert.ok(checkIdentifier('FR-SIREN', '732 829 320'));
  assert.ok(!checkIdentifier('FR-SIREN', '732829321'));
  assert.ok(checkIdentifier('FR-SIRET', '73282932000074'));
  assert.ok(!checkIdentifier('FR-SIRET', '7328293200007'));
  assert.ok(checkIdentifier('FR-SIRET', '35600000000048'));
});

test('the fast path accepts plain records and leaves anything unusual to zod', () => {
  const organisations = FAST_ACCEPT.organisations!;
  assert.equal(
    organisations({ id: 'a', name: 'A', kind: 'company', location: { type: 'Point', coordinates: [2, 48] } }),
    true,
  );
  assert.equal(organisations({ id: 'a', name: 'A', unknownKey: 1 }), false);
  assert.equal(organisations({ id: 'a', name: { fr: 'A' } }), false);
  assert.equal(organisations(null), false);
  assert.equal(organisations({ id: 'a', name: 'A', location: { type: 'Point', coordinates: [2, 48], z: 1 } }), false);
  assert.equal(organisations({ id: 'a', name: 'A', location: { type: 'Point' } }), false);
  // A key made enumerable on Object.prototype (a polluted page) reads as unknown: zod decides.
  Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true });
  try {
    assert.equal(organisations({ id: 'a', name: 'A' }), false);
    assert.equal(FAST_ACCEPT.memberships!({ cluster: 'c', organisation: 'a' }), false);
  } finally {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  }
  assert.equal(organisations({ id: 'a', name: 'A' }), true);
});

test('the fast path takes an id exactly when the schema does, whatever white space or control stands at its ends', () => {
  const organisations = FAST_ACCEPT.organisations!;
  const memberships = FAST_ACCEPT.memberships!;
  const ends = [
    ' ',
    '\t',
    '\n',
    '\u0001',
    '\u001f',
    '\u000b',
    '\u007f',
    '\u0085',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u2028',
    '\u202f',
    '\u3000',
    '\ufeff',
    'é',
    '\u{1F600}',
    'a',
  ];
  const name = (id: string) => [...id].map((c) => c.codePointAt(0)!.toString(16)).join(' ');
  const ids = ['', ...ends, ...ends.flatMap((end) => [`${end}x`, `x${end}`, `${end}x${end}`, `a${end}b`])];
  // The schema's own pattern for ids.
  const idPattern = /^\S(?:[\s\S]*\S)?$/;
  for (const id of ids) {
    const record = { id, name: 'A' };
    assert.equal(organisations(record), idPattern.test(id), `an id (${name(id)})`);
    assert.equal(memberships({ cluster: id, organisation: 'o' }), idPattern.test(id), `a reference (${name(id)})`);
    if (organisations(record)) {
      const kept = validateFeed({ ...sampleFeed(), organisations: [record] }).feed!.organisations!;
      assert.deepEqual(kept, [record], `an id (${name(id)}) the fast path takes, the schema takes as it is`);
    }
  }
});

test('the fast path takes no record whose texts the limits would cut or mend, and those are still cut and mended', () => {
  const organisations = FAST_ACCEPT.organisations!;
  const memberships = FAST_ACCEPT.memberships!;
  const plain = { id: 'o1', name: 'Atelier', address: { city: 'Lyon' }, website: 'https://a.example', sector: ['x'] };
  assert.equal(organisations(plain), true);
  const lone = 'Ateli\uD800er';
  const unusual: Array<[string, Record<string, unknown>]> = [
    ['a name past 500 characters', { ...plain, name: 'n'.repeat(501) }],
    ['a lone surrogate in the name', { ...plain, name: lone }],
    ['an id past 200 characters', { ...plain, id: 'i'.repeat(201) }],
    ['a lone surrogate in the id', { ...plain, id: lone }],
    ['a lone surrogate in a sector', { ...plain, sector: ['x', lone] }],
    ['1,001 sectors', { ...plain, sector: Array.from({ length: 1001 }, (_, at) => `s${at}`) }],
    ['a city past 2,000 characters', { ...plain, address: { city: 'c'.repeat(2001) } }],
    ['a lone surrogate in the website', { ...plain, website: `https://a.example/${lone}` }],
  ];
  for (const [what, record] of unusual) assert.equal(organisations(record), false, what);
  assert.equal(memberships({ cluster: 'c', organisation: lone }), false, 'a lone surrogate in a reference');
  // Through the validator, each is kept and its text cut or mended, with a warning that says where.
  const feed = sampleFeed();
  const first = (feed['organisations'] as Array<Record<string, unknown>>).length;
  (feed['organisations'] as unknown[]).push(...unusual.map(([, record], at) => ({ ...record, id: `u${at}` })));
  const result = validateFeed(feed);
  const kept = result.feed!.organisations!.slice(first);
  assert.equal(kept.length, unusual.length);
  assert.equal((kept[0]!.name as string).length, 500);
  assert.equal(kept[1]!.name, 'Ateli\uFFFDer');
  const warned = (code: string, at: number) =>
    result.problems.some((problem) => problem.code === code && problem.path[1] === first + at);
  assert.ok(warned('text-truncated', 0) && warned('text-repaired', 1) && warned('list-truncated', 5));
  assert.ok(warned('text-truncated', 6) && warned('text-repaired', 7));
});

test('values in messages are quoted and cut, types named as JSON names them', () => {
  assert.ok(describeValue('x'.repeat(500)).length < 100);
  assert.equal(jsonTypeOf(null), 'null');
  assert.equal(jsonTypeOf([]), 'array');
});

test('a ring that crosses itself is told from a simple one', () => {
  assert.ok(
    ringCrossesItself([
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ]),
  );
  assert.ok(
    !ringCrossesItself([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]),
  );
});

test('GeoJSON points become organisations with a mapping, members of a cluster when asked', () => {
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.35, 48.85] },
        properties: { nom: 'Atelier', ville: 'Paris', siret: '73282932000074' },
      },
      { type: 'Feature', geometry: null, properties: { nom: 'Sans lieu' } },
    ],
  };
  const feed = feedFromGeoJson(
    geojson,
    {
      name: 'properties.nom',
      city: 'properties.ville',
      siret: 'properties.siret',
      cluster: { id: 'c', name: 'Cluster' },
    },
    {
      publisher: { id: 'p', name: 'P' },
      format: 'grappe-feed',
      version: '1.0',
    },
  );
  const result = validateFeed(feed);
  assert.ok(result.feed, JSON.stringify(result.problems.slice(0, 2)));
  assert.equal(result.feed!.organisations!.length, 2);
  assert.equal(result.feed!.memberships!.length, 2);
});

test('load errors read as sentences; the base map folder only from http(s)', () => {
  const t = getTranslation('fr');
  assert.notEqual(describeLoadError(new FeedLoadError('http', 'https://x/feed.json', { status: 404 }), t), '');
  assert.equal(basemapFolder('https://cdn.example/grappe/basemap'), 'https://cdn.example/grappe/basemap/');
  assert.notEqual(basemapFolder('javascript:alert(1)'), 'javascript:alert(1)/');
});

test('kthSmallest gives what sorting would put at k, with repeats and in any order', () => {
  for (const length of [1, 2, 3, 10, 1001]) {
    const values = Float64Array.from({ length }, (_, index) => ((index * 7919) % 13) - 6 + (index % 3) / 2);
    const sorted = Float64Array.from(values).sort();
    for (const k of [0, Math.floor(length / 2), length - 1]) {
      assert.equal(kthSmallest(Float64Array.from(values), k), sorted[k], `k=${k} of ${length}`);
    }
  }
  const ascending = Float64Array.from({ length: 5000 }, (_, index) => index);
  assert.equal(kthSmallest(ascending, 2500), 2500);
});

test('the vocabularies take labels in another language by key, as locales/fr.js gives French to the bundles', () => {
  // A made-up language, so that no other test sees these labels.
  addVocabularyLabels('x-test', {
    kind: 'Art',
    'kind/spl': 'Lokales Produktionssystem',
    'kind/nope': 'ignored',
    ['__proto__']: 'ignored',
  } as Record<string, string>);
  const kind = getVocabulary('kind')!;
  assert.equal((kind.label as Record<string, string>)['x-test'], 'Art');
  const spl = kind.terms.find((term) => term.id === 'spl')!;
  assert.equal((spl.label as Record<string, string>)['x-test'], 'Lokales Produktionssystem');
  assert.equal(spl.label.fr, 'Système productif local (SPL)', 'French stays where the module has it');
  assert.equal((kind.terms[0]!.label as Record<string, string>)['x-test'], undefined, 'only the keys given');
  assert.ok(BUILT_IN_LABELS.has(spl.label));
  assert.equal(Object.getPrototypeOf(spl.label), Object.prototype);
});
