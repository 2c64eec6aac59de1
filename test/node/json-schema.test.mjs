// The JSON Schema and the zod schema agree: an independent validator (ajv, draft 2020-12) and
// zod accept and refuse the same feeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { feedSchema } from '../../dist/index.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/grappe-feed-1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateWithAjv = ajv.compile(schema);

const base = () => JSON.parse(readFileSync(join(root, 'examples/clusters-france.json'), 'utf8'));
const corpus = [
  ['sample feed', base()],
  ['European sample', JSON.parse(readFileSync(join(root, 'examples/clusters-europe.json'), 'utf8'))],
  ['generated feed', generateFeed({ clusters: 50, organisations: 300, seed: 7 })],
  ['minimal feed', { format: 'grappe-feed', version: '1.0', publisher: { id: 'p', name: 'P' }, clusters: [] }],
  ['unknown extra fields', { ...base(), somethingElse: 1 }],
];
const broken = (title, mutate) => {
  const feed = base();
  mutate(feed);
  corpus.push([title, feed]);
};
broken('wrong format', (feed) => (feed.format = 'geojson'));
broken('version not a string', (feed) => (feed.version = 1));
broken('no publisher', (feed) => delete feed.publisher);
broken('clusters not a list', (feed) => (feed.clusters = {}));
broken('cluster without name', (feed) => delete feed.clusters[0].name);
broken('empty id', (feed) => (feed.clusters[0].id = ''));
broken('id with surrounding space', (feed) => (feed.clusters[0].id = ' memo'));
broken('unknown kind code', (feed) => (feed.clusters[0].kind = 'galaxy'));
broken('unknown stage in a list', (feed) => (feed.clusters[0].stage = ['seeding', 'teenage']));
broken('longitude out of range', (feed) => (feed.clusters[2].location.coordinates = [190, 45]));
broken('point with one coordinate', (feed) => (feed.clusters[2].location.coordinates = [3]));
broken(
  'not a point',
  (feed) =>
    (feed.clusters[2].location = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    }),
);
broken('colour not #rrggbb', (feed) => (feed.taxonomies[0].values[0].color = 'blue'));
broken('bad language tag', (feed) => (feed.clusters[0].name = { FRENCH: 'x' }));
broken('text as number', (feed) => (feed.clusters[0].description = 12));
broken('indicator without value', (feed) => delete feed.clusters[7].indicators[0].value);
broken('board seats negative', (feed) => (feed.clusters[7].board[0].seats = -1));
broken('cooperation with one cluster', (feed) => (feed.cooperations[0].clusters = ['viameca']));
broken('membership role unknown', (feed) => (feed.memberships[0].role = 'emperor'));
broken(
  'polygon ring too short',
  (feed) =>
    (feed.territories[0].geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    }),
);
broken('updated not a date', (feed) => (feed.updated = 'yesterday'));
broken('extensions key __proto__ (ignored by both)', (feed) => (feed.extensions = JSON.parse('{"__proto__": 1}')));
broken('extensions key constructor', (feed) => (feed.extensions = { constructor: 1 }));

const VALID_TITLES = new Set([
  'sample feed',
  'European sample',
  'generated feed',
  'minimal feed',
  'unknown extra fields',
  'extensions key __proto__ (ignored by both)',
]);

for (const [title, feed] of corpus) {
  test(`zod and the JSON Schema agree: ${title}`, () => {
    const zodValid = feedSchema.safeParse(feed, { jitless: true }).success;
    const ajvValid = validateWithAjv(feed);
    assert.equal(
      ajvValid,
      zodValid,
      `zod ${zodValid}, ajv ${ajvValid}: ${JSON.stringify(validateWithAjv.errors?.slice(0, 3))}`,
    );
    // The corpus means something only if both sides see valid and invalid feeds.
    assert.equal(zodValid, VALID_TITLES.has(title), `${title}: zod says ${zodValid}`);
  });
}
