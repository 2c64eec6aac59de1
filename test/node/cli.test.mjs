// The `grappe` command as publishers run it, against the build (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'bin/grappe.js');
const grappe = (...args) =>
  spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  });
const temp = () => mkdtempSync(join(tmpdir(), 'grappe-'));
const sample = () => JSON.parse(readFileSync(join(root, 'examples/clusters-france.json'), 'utf8'));

test('validate: the sample feeds are valid (exit 0)', () => {
  const result = grappe('validate', 'examples/clusters-france.json', 'examples/clusters-europe.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /✔ examples\/clusters-france\.json/);
});

test('validate: an invalid feed exits 1 and names the JSON path of each problem, and the record it is in', () => {
  const feed = sample();
  feed.clusters[2].location.coordinates = [3.08, 145.7];
  feed.clusters.push({ id: 'memo', name: 'Duplicate' });
  const file = join(temp(), 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const result = grappe('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /\$\.clusters\[2\]\.location\.coordinates\[1\]/);
  assert.match(result.stdout, /\$\.clusters\[32\]\.id \(Duplicate\)\s+Id "memo" is used twice/);
});

test('validate: unusable input exits 2 (not JSON, missing file, not a feed)', () => {
  const dir = temp();
  writeFileSync(join(dir, 'broken.json'), '{"format": "grappe-feed", "clusters": [');
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
  assert.equal(grappe('validate', join(dir, 'broken.json')).status, 2);
  assert.equal(grappe('validate', join(dir, 'missing.json')).status, 2);
  assert.equal(grappe('validate', join(dir, 'other.json')).status, 2);
});

test('unusable input and an output that cannot be written are said in the reader’s language, with no stack trace', () => {
  const dir = temp();
  writeFileSync(join(dir, 'broken.json'), '{\n  "format": "grappe-feed",\n  clusters: []\n}');
  const broken = grappe('validate', join(dir, 'broken.json'), '--lang', 'fr');
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /broken\.json : ce n'est pas du JSON valide \(ligne 3, colonne 3\)/);
  const missing = grappe('validate', join(dir, 'missing.json'), '--lang', 'fr');
  assert.match(missing.stderr, /missing\.json : illisible \(fichier ou dossier introuvable\)/);
  writeFileSync(join(dir, 'clusters.csv'), 'Identifiant;Nom\r\nlac;Cluster du Lac\r\n');
  const output = join(dir, 'no/such/folder/feed.json');
  const unwritable = grappe('import', dir, '--lang', 'fr', '-o', output);
  assert.equal(unwritable.status, 2);
  assert.ok(unwritable.stderr.includes(`${output} : impossible d'écrire ce fichier (fichier ou dossier introuvable)`));
  assert.doesNotMatch(unwritable.stderr, /\n\s+at /, 'no stack trace');
  const english = grappe('import', dir, '--lang', 'en', '-o', output);
  assert.ok(english.stderr.includes(`${output}: cannot write this file (no such file or folder)`));
});

test('validate --json gives machines the problems with paths and messages; --lang fr speaks French', () => {
  const feed = sample();
  feed.clusters[0].website = 'javascript:alert(1)';
  const file = join(temp(), 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const result = grappe('validate', file, '--json', '--lang', 'fr');
  assert.equal(result.status, 0, 'an unsafe URL is a warning, not an error');
  const report = JSON.parse(result.stdout);
  assert.equal(report.valid, true);
  const unsafe = report.problems.find((problem) => problem.code === 'unsafe-url');
  assert.equal(unsafe.path, '$.clusters[0].website');
  assert.match(unsafe.message, /n'est pas une adresse http, https, mailto ou tel/);
});

test('schema prints the JSON Schema (draft 2020-12), the same as the committed file', () => {
  const result = grappe('schema');
  assert.equal(result.status, 0);
  const schema = JSON.parse(result.stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema, JSON.parse(readFileSync(join(root, 'schema/grappe-feed-1.schema.json'), 'utf8')));
  assert.deepEqual(schema.required.sort(), ['clusters', 'format', 'publisher', 'version']);
});

test('stats counts records and clusters per taxonomy value', () => {
  const result = grappe('stats', 'examples/clusters-france.json', '--json');
  assert.equal(result.status, 0);
  const stats = JSON.parse(result.stdout);
  assert.equal(stats.counts.clusters, 32);
  assert.equal(stats.dimensions.kind['pole-de-competitivite'], 10);
  assert.equal(stats.dimensions.programme['clusters-excellence-auvergne'], 7);
  assert.ok(stats.missingRecommended.some((entry) => entry.field === 'website'));
  // In words, in the reader's language.
  const french = grappe('stats', 'examples/clusters-france.json', '--lang', 'fr');
  assert.match(french.stdout, /adhésion\s+15/);
  assert.match(french.stdout, /32 fiches \(cluster\) sur 32 n'ont pas de « website »/);
});

test('import reads French spreadsheets (semicolons, BOM, decimal commas, quoted line breaks) into a valid feed', () => {
  const out = join(temp(), 'feed.json');
  const result = grappe('import', 'test/fixtures/csv-fr', '-o', out);
  assert.equal(result.status, 0, result.stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const mecaloire = feed.clusters.find((cluster) => cluster.id === 'mecaloire');
  assert.deepEqual(mecaloire.location.coordinates, [4.387, 45.434]);
  assert.equal(mecaloire.staff, 2.5);
  assert.deepEqual(mecaloire.sector, ['mechanical-engineering', 'mechatronics']);
  assert.equal(
    mecaloire.description,
    'Grappe d\'entreprises de la mécanique ; labellisée « DATAR » en 2010.\nDeuxième ligne, avec des "guillemets".',
  );
  assert.equal(mecaloire.address.city, 'Saint-Étienne');
  assert.equal(feed.publisher.name, 'CCI Exemple – Pôle entreprises');
  const acme = feed.organisations.find((organisation) => organisation.id === 'acme');
  assert.deepEqual(acme.identifiers, [
    { scheme: 'FR-SIREN', value: '732829320' },
    { scheme: 'FR-SIRET', value: '73282932000074' },
  ]);
  assert.equal(feed.clusters.find((cluster) => cluster.id === 'mecaloire').indicators[0].value, 150000.5);
  assert.equal(feed.memberships[1].since, '2012-03');
  assert.equal(grappe('validate', out).status, 0);
});

test('import then export gives back the same CSV tables, byte for byte', () => {
  const dir = temp();
  const feedFile = join(dir, 'feed.json');
  assert.equal(grappe('import', 'test/fixtures/csv-fr', '-o', feedFile).status, 0);
  const exported = join(dir, 'tables');
  assert.equal(grappe('export', feedFile, '-o', exported).status, 0);
  for (const table of readdirSync(join(root, 'test/fixtures/csv-fr'))) {
    assert.equal(
      readFileSync(join(exported, table), 'utf8'),
      readFileSync(join(root, 'test/fixtures/csv-fr', table), 'utf8'),
      table,
    );
  }
});

test('export then import gives back the same feed (the sample, with language maps, labels, geometry)', () => {
  const dir = temp();
  assert.equal(grappe('export', 'examples/clusters-france.json', '-o', dir).status, 0);
  assert.ok(readFileSync(join(dir, 'clusters.csv'), 'utf8').startsWith('\uFEFFid;name;name@en;'));
  const feedFile = join(dir, 'feed.json');
  assert.equal(grappe('import', dir, '-o', feedFile).status, 0);
  const normalise = (value) =>
    JSON.parse(JSON.stringify(value), (key, entry) =>
      Array.isArray(entry) &&
      entry.length === 1 &&
      ['sector', 'kind', 'initiator', 'orientation', 'services', 'levers'].includes(key)
        ? entry[0]
        : entry,
    );
  const sortKeys = (value) =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sortKeys(value[key])]),
          )
        : value;
  // The export writes records in the directory's order (by name); the records themselves come back whole.
  const byRecord = (feed) => {
    // The validator writes a category's values as a list, one value or several.
    for (const cluster of feed.clusters)
      if (cluster.categories)
        for (const [taxonomy, values] of Object.entries(cluster.categories))
          cluster.categories[taxonomy] = [values].flat();
    for (const collection of ['clusters', 'organisations', 'memberships'])
      feed[collection]?.sort((a, b) => JSON.stringify(sortKeys(a)).localeCompare(JSON.stringify(sortKeys(b))));
    return feed;
  };
  assert.deepEqual(
    byRecord(sortKeys(normalise(JSON.parse(readFileSync(feedFile, 'utf8'))))),
    byRecord(sortKeys(normalise(sample()))),
  );
});

const actors = join(root, '../shared/data/fr-actors/techonmap-idf-actors.geojson');
test(
  'import a GeoJSON file of real actors with a mapping (TechOnMap, Île-de-France)',
  { skip: existsSync(actors) ? false : 'needs ../shared/data (not in an outside clone)' },
  () => {
    const dir = temp();
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        id: 'id',
        name: 'properties.name',
        description: 'properties.description',
        website: 'properties.url',
        street: 'properties.address',
        postcode: 'properties.postcode',
        city: 'properties.city',
        siret: 'properties.taxID',
        kind: {
          path: 'properties.category',
          values: { research: 'research-lab', education: 'school' },
          default: 'company',
        },
        cluster: { id: 'idf-numerique', name: 'Acteurs du numérique en Île-de-France', role: 'member' },
      }),
    );
    const out = join(dir, 'feed.json');
    const result = grappe(
      'import',
      actors,
      '--mapping',
      mapping,
      '--publisher-id',
      'techonmap',
      '--publisher-name',
      'TechOnMap / Ubimix, Région Île-de-France',
      '-o',
      out,
    );
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(feed.organisations.length > 2000, `${feed.organisations.length} organisations`);
    // Messy data is kept and reported, never fatal: scheme-less URLs, null cities, numeric years.
    assert.ok([0, 1].includes(result.status), result.stderr);
    const validation = grappe('validate', out, '--json');
    const report = JSON.parse(validation.stdout);
    assert.equal(report.counts.organisations.kept, feed.organisations.length);
    assert.ok(
      feed.organisations.every((organisation) =>
        (organisation.identifiers ?? []).every((identifier) => /^\d+$/.test(identifier.value)),
      ),
    );
  },
);

test('help and version as a newcomer asks: -h, --help after a command, --version', () => {
  for (const args of [['-h'], ['--help'], ['import', '--help'], ['validate', '-h']]) {
    const result = grappe(...args);
    assert.equal(result.status, 0, args.join(' '));
    assert.match(result.stdout, /grappe import DIR\|TABLE\.csv/);
  }
  const version = grappe('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});

test('the usage and the command line’s own complaints follow --lang and a French LANG; a language without messages is said', () => {
  const french = grappe('import', '--help', '--lang', 'fr');
  assert.equal(french.status, 0);
  assert.match(french.stdout, /grappe import DOSSIER\|TABLE\.csv/);
  assert.match(french.stdout, /messages en français avec --lang fr/);
  const typo = spawnSync(process.execPath, [cli, 'improt', 'x'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_FR.UTF-8' },
  });
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /^grappe : commande inconnue « improt »\ngrappe : l’outil des flux Grappe/);
  const german = grappe('validate', 'examples/clusters-france.json', '--lang', 'de');
  assert.equal(german.status, 0);
  assert.match(german.stderr, /no messages in "de" \(fr, en\): English used\./);
  // `-o` last, its file forgotten: said, exit 2, nothing poured on standard output.
  const noFile = grappe('import', 'test/fixtures/chambre', '-o');
  assert.equal(noFile.status, 2);
  assert.equal(noFile.stdout, '');
  assert.match(noFile.stderr, /-o needs a file name/);
  // --geocoder alone looks nothing up: said, not silently ignored.
  const geocoderAlone = grappe(
    'import',
    'test/fixtures/chambre',
    '--geocoder',
    'http://127.0.0.1:9',
    '-o',
    join(temp(), 'f.json'),
  );
  assert.match(geocoderAlone.stderr, /--geocoder is read with --geocode only: no address was looked up\./);
  const noSource = grappe('import', '--lang', 'fr');
  assert.equal(noSource.status, 2);
  assert.match(noSource.stderr, /donnez un dossier de tableaux/);
});
