import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvTable, importSpreadsheet } from '../../src/csv/spreadsheet-import.js';
import { detectSeparator, parseDecimal, readCsv, readCsvRows, writeCsv, UTF8_BOM } from '../../src/csv/csv.js';
import { feedFromCsvTables, feedToCsvTables } from '../../src/csv/csv-tables.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import type { Feed } from '../../src/schema/feed-schema.js';
import { sampleFeed } from '../../stories/fixtures.js';

test('CSV as French Excel writes it: semicolons, BOM, quotes, line breaks in cells, formulas neutralised', () => {
  const text = writeCsv([
    ['nom', 'note'],
    ['Pôle "Méca"', 'ligne 1\nligne 2'],
    ['=HYPERLINK("x")', '+33'],
  ]);
  assert.ok(text.startsWith(UTF8_BOM));
  assert.equal(detectSeparator(text.slice(1)), ';');
  const rows = readCsv(text);
  assert.deepEqual(rows[1], ['Pôle "Méca"', 'ligne 1\nligne 2']);
  assert.ok(!rows[2]![0]!.startsWith('='), 'a formula is not written as a formula');
  assert.equal(parseDecimal('45,76'), 45.76);
  assert.equal(parseDecimal(''), undefined);
  assert.deepEqual(readCsv('a,b\r\n1,2\r\n'), [
    ['a', 'b'],
    ['1', '2'],
  ]);
});

test('a feed as tables and back gives the same clusters, organisations and memberships', () => {
  const feed = validateFeed(sampleFeed()).feed as Feed;
  const tables = feedToCsvTables(feed);
  assert.ok(tables.clusters && tables.organisations && tables.memberships);
  const again = validateFeed(feedFromCsvTables(tables));
  assert.ok(again.feed, JSON.stringify(again.problems.slice(0, 3)));
  assert.deepEqual(
    again.feed!.clusters.map((cluster) => cluster.id),
    feed.clusters.map((cluster) => cluster.id),
  );
  assert.deepEqual(again.feed!.clusters[1]!.name, feed.clusters[1]!.name);
  assert.deepEqual(again.feed!.clusters[0]!.location, feed.clusters[0]!.location);
  assert.equal(again.feed!.memberships?.length, feed.memberships?.length);
});

test('a line break inside a cell, as Excel saves it (CRLF or CR), is read as one "\\n", and lines are still counted', () => {
  const rows = readCsvRows('Nom;Adresse\r\n"Pôle A";"12 rue X\r\nBât. B"\r\n"Pôle B";"1 rue Y\rCedex"\r\nPôle C;Z\r\n');
  assert.deepEqual(
    rows.map((row) => row.cells),
    [
      ['Nom', 'Adresse'],
      ['Pôle A', '12 rue X\nBât. B'],
      ['Pôle B', '1 rue Y\nCedex'],
      ['Pôle C', 'Z'],
    ],
  );
  assert.deepEqual(
    rows.map((row) => row.line),
    [1, 2, 4, 6],
  );
});

test('the separator is the one the rows share, not the commas of a title above the headings', () => {
  const titled =
    'Liste des pôles, CCI Savoie, mise à jour 15/03/2024\n\nIdentifiant;Nom;Ville\nlac;Cluster du Lac;Annecy\nalpes;Alpes, Numérique;Annecy\n';
  assert.equal(detectSeparator(titled), ';');
  const imported = importSpreadsheet([csvTable('clusters.csv', titled)]);
  assert.deepEqual(
    (imported.feed['clusters'] as Array<{ name: string }>).map((cluster) => cluster.name),
    ['Cluster du Lac', 'Alpes, Numérique'],
  );
  // Decimal commas in every row do not outvote the semicolons.
  assert.equal(detectSeparator('Nom;Lat;Long\nA;45,76;4,83\nB;45,1;4,9\n'), ';');
  assert.equal(detectSeparator('name,city\nLake,Annecy\n'), ',');
  assert.equal(detectSeparator('name\tcity\tnote\nLake\tAnnecy\ta; b\n'), '\t');
  assert.equal(detectSeparator('Nom;Ville'), ';');
  // An address typed on several lines in one cell, commas and all, is part of its row.
  const address = (at: number) =>
    `Pôle ${at};"Maison des entreprises,\n12 rue de la Gare,\nZA des Iles,\n73000 Chambéry";p${at}@pole.fr`;
  assert.equal(detectSeparator(['Nom;Adresse;Courriel', address(1), address(2), address(3)].join('\n')), ';');
  assert.equal(detectSeparator('one cell'), ';');
});
