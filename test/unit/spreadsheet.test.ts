import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, nearestLabels, readDate, repairedPostcode, vocabularyCode } from '../../src/csv/cell-values.js';
import * as cellValues from '../../src/csv/cell-values.js';
import { headingIndex, headingKey, tableOfName, writtenHeading } from '../../src/csv/headings.js';
import { csvTable, importSpreadsheet, inPlaceOrder, locate } from '../../src/csv/spreadsheet-import.js';
import { withoutTotalRows } from '../../src/csv/total-rows.js';
import { lostDecimalComma, readDegrees } from '../../src/csv/coordinate-cells.js';
import { memberColumnsOf } from '../../src/csv/member-columns.js';
import { cappedHeader } from '../../src/csv/table-limits.js';
import { headerAndBody } from '../../src/csv/header-row.js';
import { decodeTableBytes, readCsvRows, readCsvText } from '../../src/csv/csv.js';
import { geocodeAddresses } from '../../src/csv/geocode.js';
import { placeRecords, recordsToPlace } from '../../src/csv/place-records.js';
import { isWorkbook, WORKBOOK_LIMITS } from '../../src/csv/workbook.js';
import { unzipSync, zipSync } from 'fflate';
import { fileToRead, TABLE_FILE_MAX_BYTES, tablesFromFiles } from '../../src/csv/read-files.js';
import { isOpenDocumentSpreadsheet, openDocumentSheets, openDocumentTables } from '../../src/csv/opendocument.js';
import { odsBytes, odsContent } from '../support/ods-writer.mjs';
import { PublishingSession } from '../../src/state/publishing-session.js';
import { publishingMessages, shortList } from '../../src/i18n/publishing.js';
import { describeFeedProblemAt, describeImportProblem } from '../../src/i18n/publishing-lines.js';
import { describeProblem } from '../../src/i18n/index.js';
import { firstOfEachKind, LINES_PER_KIND } from '../../src/i18n/problem-lines.js';
import { feedInTableOrder } from '../../src/filter/table-order.js';
import { clustersTableCsv as tableWriter } from '../../src/export/table-export.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import { KIND, MEMBER_ROLE, REACH, SECTOR, SIZE_CLASS } from '../../src/schema/vocabularies.js';
import { sampleFeed } from '../../stories/fixtures.js';

test('headings match without regard to case, accents, spaces or punctuation; tables by French or English name', () => {
  assert.equal(headingKey('Code postal'), headingKey('CODE_POSTAL'));
  assert.equal(headingKey("Jusqu'à"), headingKey('jusqu’a'));
  assert.equal(tableOfName('adhesions.csv'), 'memberships');
  assert.equal(tableOfName('Adhésions'), 'memberships');
  assert.equal(tableOfName('territoires.csv'), 'territories');
  assert.equal(tableOfName('flux.csv'), 'feed');
  assert.equal(tableOfName('notes.csv'), undefined);
  const organisations = headingIndex('organisations', ['id', 'name', 'kind', 'size', 'city', 'email', 'website']);
  for (const [written, column] of [
    ['Raison sociale', 'name'],
    ['Catégorie', 'kind'],
    ['Commune', 'city'],
    ['E-mail', 'email'],
    ['Site internet', 'website'],
    ['Taille', 'size'],
  ] as const)
    assert.equal(organisations.get(headingKey(written)), column, written);
  assert.equal(writtenHeading('clusters', 'name@en', 'fr'), 'Nom@en');
  assert.equal(writtenHeading('clusters', 'name', 'en'), 'name');
});

test('vocabulary values by code, label in either language, unaccented, or short form; the nearest labels for a typo', () => {
  assert.equal(vocabularyCode(KIND, 'Pôle de compétitivité'), 'pole-de-competitivite');
  assert.equal(vocabularyCode(KIND, 'pole de competitivite'), 'pole-de-competitivite');
  assert.equal(vocabularyCode(KIND, 'Competitiveness cluster'), 'pole-de-competitivite');
  assert.equal(vocabularyCode(KIND, 'SPL'), 'spl');
  assert.equal(vocabularyCode(KIND, 'spl'), 'spl');
  assert.equal(vocabularyCode(SIZE_CLASS, 'PME'), 'sme');
  assert.equal(vocabularyCode(SIZE_CLASS, 'TPE'), 'micro');
  assert.equal(vocabularyCode(MEMBER_ROLE, 'Adhérent'), 'member');
  assert.equal(vocabularyCode(REACH, 'Régionall'), undefined);
  assert.deepEqual(nearestLabels(REACH, 'Régionall', 'fr'), ['Régional']);
  assert.deepEqual(nearestLabels(MEMBER_ROLE, 'Fondatuer', 'fr'), ['Fondateur']);
});

test('dates as typed, postcodes that lost a zero, countries by name', () => {
  assert.deepEqual(readDate('14/03/2012'), { value: '2012-03-14' });
  assert.deepEqual(readDate('4/3/2012'), { value: '2012-03-04' });
  assert.deepEqual(readDate('03/2012'), { value: '2012-03' });
  assert.deepEqual(readDate('2012'), { value: 2012 });
  assert.deepEqual(readDate('2012-03-14'), { value: '2012-03-14' });
  assert.deepEqual(readDate('14/03/2012 00:00'), { value: '2012-03-14' });
  assert.deepEqual(readDate('31/02/2005'), { error: 'no-such-day' });
  assert.deepEqual(readDate('12/31/2020'), { error: 'no-such-day' });
  assert.deepEqual(readDate('mars 2012'), { value: '2012-03' });
  assert.deepEqual(readDate('vers 2012'), { error: 'form' });
  assert.equal(readDate(' '), null);
  assert.equal(repairedPostcode('1100', 'FR'), '01100');
  assert.equal(repairedPostcode('1100', ''), '01100');
  assert.equal(repairedPostcode('1100', 'BE'), undefined, 'a Belgian postcode has four digits');
  assert.equal(repairedPostcode('42000', 'FR'), undefined);
  assert.equal(countryCode('France'), 'FR');
  assert.equal(countryCode('Belgique'), 'BE');
  assert.equal(countryCode('germany'), 'DE');
  assert.equal(countryCode('fr'), 'FR');
  assert.equal(countryCode('Atlantide'), undefined);
});

test('CSV rows keep the line they start on; blank rows and rows of empty cells are skipped; Windows-1252 is told from UTF-8 by the bytes', () => {
  const rows = readCsvRows('a;b\r\n1;"two\r\nlines"\r\n\r\n;;\r\n3;4\r\n');
  assert.deepEqual(
    rows.map((row) => [row.line, row.cells]),
    [
      [1, ['a', 'b']],
      [2, ['1', 'two\nlines']],
      [6, ['3', '4']],
    ],
  );
  const latin = decodeTableBytes(new Uint8Array([0x4d, 0xe9, 0x63, 0x61])); // "Méca" in Windows-1252
  assert.deepEqual(latin, { text: 'Méca', encoding: 'windows-1252' });
  // Excel's œ, Œ, ’, –, €, « » and … (bytes 0x80–0x9F and above), whatever the runtime's decoder does with them.
  const excel = decodeTableBytes(
    new Uint8Array([0x43, 0x9c, 0x75, 0x72, 0x20, 0x92, 0x96, 0x8c, 0x20, 0x80, 0x20, 0xab, 0x85, 0xbb, 0x81]),
  );
  assert.deepEqual(excel, { text: 'Cœur ’–Œ € «…»\x81', encoding: 'windows-1252' });
  const utf8 = decodeTableBytes(new TextEncoder().encode('\uFEFFMéca'));
  assert.equal(utf8.encoding, 'utf-8');
  assert.equal(utf8.text, 'Méca');
  assert.equal(isWorkbook('Chambre.XLSX'), true);
  assert.equal(isWorkbook('clusters.csv'), false);
});

test('importSpreadsheet: French tables into a feed; each problem with its file, line and column; validator problems located', () => {
  const imported = importSpreadsheet([
    csvTable(
      'clusters.csv',
      'Identifiant;Nom;Type;Courriel;Pays;Bizarre\r\nmemo;Mémo;Grappe d’entreprises;pas-une-adresse;France;x\r\n',
    ),
    csvTable(
      'adhesions.csv',
      "Cluster;Organisation;Rôle;Depuis;Jusqu'à\r\nmemo;acme;Adhérent;01/02/2010;\r\nmemo;acme;Adhérent;01/02/2010;\r\n",
    ),
    csvTable('organisations.csv', 'Identifiant;Raison sociale;Taille\r\nacme;Acme;PME\r\n'),
  ]);
  const feed = imported.feed as { clusters: Array<Record<string, unknown>>; memberships: unknown[] };
  assert.equal(feed.clusters[0]!['kind'], 'grappe-entreprises');
  assert.deepEqual(feed.memberships, [{ cluster: 'memo', organisation: 'acme', role: 'member', since: '2010-02-01' }]);
  const lines = imported.problems.map((problem) => describeImportProblem(problem, 'en'));
  assert.ok(
    lines.includes(
      'clusters.csv, line 1, column "Bizarre": unknown column, ignored (each table’s columns are listed in FORMAT.md).',
    ),
  );
  assert.ok(
    lines.some((line) =>
      line.startsWith('adhesions.csv, line 3: the membership of "acme" in "memo" is already on line 2; ignored.'),
    ),
  );
  const result = validateFeed(imported.feed);
  const email = result.problems.find((problem) => problem.path.join('.') === 'clusters.0.contact.email');
  assert.ok(email);
  assert.deepEqual(locate(email, imported.origins), { file: 'clusters.csv', line: 2, column: 'Courriel' });
  assert.deepEqual(
    imported.tables.map(({ table, rows, ignored }) => [table, rows, ignored]),
    [
      ['clusters', 1, ['Bizarre']],
      ['organisations', 1, []],
      ['memberships', 2, []],
    ],
  );
});

test('messages: French plurals, a long list cut with a count and a pointer, no regular expression for a malformed date', () => {
  const fr = publishingMessages('fr');
  assert.equal(fr.dropped(1), '1 fiche écartée');
  assert.equal(fr.dropped(2), '2 fiches écartées');
  const many = Array.from({ length: 20 }, (_, at) => `code${at}`);
  assert.match(shortList(many, fr), /^code0, .*code11 … et 8 autres \(liste complète dans FORMAT\.fr\.md\)$/);
  const result = validateFeed(
    sampleFeed({ clusters: [{ id: 'a', name: 'A', founded: '14/03/2012' }], memberships: [] }),
  );
  const date = result.problems.find((problem) => problem.code === 'invalid-format')!;
  const message = describeProblem(date, 'fr');
  assert.match(message, /une année \(2012\), AAAA-MM ou AAAA-MM-JJ/);
  assert.doesNotMatch(message, /\\d|\^|\$\)/);
  const kinds = validateFeed(sampleFeed({ clusters: [{ id: 'a', name: 'A', kind: 'nope' }], memberships: [] }));
  const unknown = describeProblem(
    kinds.problems.find((problem) => problem.code === 'unknown-code')!,
    'en',
  );
  // Every code, whole: the list is not cut in the middle of a word.
  for (const term of KIND.terms) assert.ok(unknown.includes(term.id), `${term.id} in ${unknown}`);
});

/** A fetch that answers as the BAN would, from a script of answers. */
function scriptedFetch(answers: Array<(url: string, init: RequestInit) => Response>) {
  const calls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push(`${init.method ?? 'GET'} ${url.replace(/\?.*/, '')}`);
    const answer = answers.shift();
    if (!answer) throw new TypeError('no more answers');
    return answer(url, init);
  }) as typeof fetch;
  return { fetchImpl, calls };
}

test('geocoding: one CSV batch; a 429 waited out; a failed batch answered address by address; misses and low scores reported', async () => {
  const csvAnswer = () =>
    new Response(
      'key,q,postcode,latitude,longitude,result_label,result_score,result_type\n' +
        'a,1 rue X 42000 Saint-Étienne,42000,45.4,4.39,1 Rue X 42000 Saint-Étienne,0.9,housenumber\n' +
        'b,Nulle-Part,,,,,,\n' +
        'c,Oyonnax,,46.25,5.65,Oyonnax,0.3,municipality\n',
    );
  const { fetchImpl, calls } = scriptedFetch([
    () => new Response('', { status: 429, headers: { 'Retry-After': '0' } }),
    csvAnswer,
  ]);
  const outcome = await geocodeAddresses(
    [
      { key: 'a', street: '1 rue X', postcode: '42000', city: 'Saint-Étienne' },
      { key: 'b', city: 'Nulle-Part' },
      { key: 'c', city: 'Oyonnax' },
      { key: 'd' },
    ],
    { url: 'http://127.0.0.1:1', fetch: fetchImpl, requestsPerSecond: 1000 },
  );
  assert.deepEqual(calls, ['POST http://127.0.0.1:1/search/csv/', 'POST http://127.0.0.1:1/search/csv/']);
  assert.deepEqual(
    outcome.placed.map((place) => [place.key, place.level, place.lon, place.lat]),
    [['a', 'housenumber', 4.39, 45.4]],
  );
  assert.deepEqual(outcome.unplaced.map((miss) => [miss.key, miss.reason]).sort(), [
    ['b', 'not-found'],
    ['c', 'low-score'],
    ['d', 'not-found'],
  ]);
  const search = (lon: number) => () =>
    Response.json({
      features: [{ geometry: { coordinates: [lon, 45] }, properties: { score: 0.8, type: 'street', label: 'x' } }],
    });
  const fallback = scriptedFetch([() => new Response('', { status: 400 }), search(4), search(5)]);
  const viaSearch = await geocodeAddresses(
    [
      { key: 'a', city: 'A' },
      { key: 'b', city: 'B' },
    ],
    { url: 'http://127.0.0.1:1', fetch: fallback.fetchImpl, requestsPerSecond: 1000 },
  );
  assert.deepEqual(
    viaSearch.placed.map((place) => [place.key, place.lon]),
    [
      ['a', 4],
      ['b', 5],
    ],
  );
  assert.equal(fallback.calls[1], 'GET http://127.0.0.1:1/search/');
});

test('placeRecords gives records without coordinates a location and its level, and reports misses by file and line', async () => {
  const feed: Record<string, unknown> = {
    clusters: [
      { id: 'a', name: 'A', address: { city: 'Oyonnax' } },
      { id: 'b', name: 'B', location: { type: 'Point', coordinates: [1, 2] }, address: { city: 'Lyon' } },
      { id: 'c', name: 'C', address: { city: 'Nulle-Part' } },
    ],
  };
  const { fetchImpl } = scriptedFetch([
    () =>
      new Response(
        'key,q,postcode,latitude,longitude,result_label,result_score,result_type\nclusters:0,Oyonnax,,46.25,5.65,Oyonnax,0.95,municipality\nclusters:2,Nulle-Part,,,,,,\n',
      ),
  ]);
  const origin = (line: number) => ({ file: 'clusters.csv', line, headings: new Map<string, string>() });
  const outcome = await placeRecords(
    feed,
    { clusters: [origin(2), origin(3), origin(4)] },
    { fetch: fetchImpl, requestsPerSecond: 1000 },
  );
  const clusters = feed['clusters'] as Array<Record<string, unknown>>;
  assert.deepEqual(clusters[0]!['location'], { type: 'Point', coordinates: [5.65, 46.25] });
  assert.deepEqual(clusters[0]!['geocoding'], { level: 'municipality', score: 0.95 });
  assert.deepEqual([outcome.asked, outcome.placed], [2, 1]);
  const lines = outcome.problems.map((problem) => describeImportProblem(problem, 'fr'));
  assert.equal(lines.length, 2);
  assert.ok(lines[0]!.startsWith('clusters.csv, ligne 2 : placé au centre de la commune (Oyonnax)'), lines[0]);
  assert.ok(lines[1]!.startsWith('clusters.csv, ligne 4 : adresse « Nulle-Part » introuvable'), lines[1]);
});

test('tables are written in the directory’s order: clusters and organisations by name, memberships by cluster', () => {
  const feed = validateFeed(sampleFeed()).feed!;
  const ordered = feedInTableOrder(feed, 'fr');
  const names = ordered.clusters.map((cluster) =>
    typeof cluster.name === 'string' ? cluster.name : cluster.name['fr']!,
  );
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })),
  );
  assert.equal(ordered.clusters.length, feed.clusters.length);
  assert.equal(ordered.memberships!.length, feed.memberships!.length);
});

test('files to tables: CSV bytes in either encoding, an XLSX workbook’s sheets, a GeoJSON of points; anything else reported', async () => {
  const { readFileSync } = await import('node:fs');
  const book = readFileSync('test/fixtures/chambre.xlsx');
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.35, 48.85] },
        properties: { id: 'a', name: 'Acme' },
      },
    ],
  });
  const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
  const { tables, problems } = await tablesFromFiles([
    {
      name: 'chambre.xlsx',
      bytes: book.buffer.slice(book.byteOffset, book.byteOffset + book.byteLength) as ArrayBuffer,
    },
    { name: 'organisations.geojson', bytes: encode(geojson) },
    { name: 'photo.png', bytes: new ArrayBuffer(4) },
    { name: 'broken.xlsx', bytes: encode('not a zip') },
  ]);
  assert.deepEqual(
    tables.map((table) => [table.file, table.name, table.rows.length]),
    [
      ['chambre.xlsx [adhesions]', 'adhesions', 6],
      ['chambre.xlsx [clusters]', 'clusters', 8],
      ['chambre.xlsx [organisations]', 'organisations', 5],
      ['organisations.geojson', 'organisations', 2],
    ],
  );
  assert.deepEqual(tables[3]!.rows[1]!.cells, ['a', 'Acme', '2.35', '48.85']);
  assert.deepEqual(
    problems.map((problem) => [problem.file, problem.code]),
    [
      ['photo.png', 'unknown-table'],
      ['broken.xlsx', 'unreadable-file'],
    ],
  );
});

test('the publishing session: files in, problems in file and line order, places kept when a file is added, clean tables out', async () => {
  const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
  const session = new PublishingSession({ id: 'cci', name: 'CCI' });
  await session.addFiles([
    {
      name: 'clusters.csv',
      bytes: encode('Identifiant;Nom;Type;Ville\r\nmemo;Mémo;SPL;Oyonnax\r\nbad;Bad;Inconnu;\r\n'),
    },
  ]);
  assert.equal(session.feed!.clusters.length, 2);
  assert.equal(session.missingPlaces, 1);
  const { fetchImpl } = scriptedFetch([
    () =>
      new Response(
        'key,q,postcode,latitude,longitude,result_label,result_score,result_type\nclusters:0,Oyonnax,,46.25,5.65,Oyonnax,0.95,municipality\n',
      ),
  ]);
  assert.deepEqual(await session.geocode({ fetch: fetchImpl, requestsPerSecond: 1000 }), { asked: 1, placed: 1 });
  await session.addFiles([
    { name: 'adhesions.csv', bytes: encode('Cluster;Organisation\r\nmemo;acme\r\n') },
    { name: 'organisations.csv', bytes: encode('Identifiant;Raison sociale\r\nacme;Acme\r\n') },
  ]);
  // The place found before the second file is kept without asking again.
  assert.deepEqual(session.feed!.clusters[0]!.location, { type: 'Point', coordinates: [5.65, 46.25] });
  const located = session.problems
    .filter((problem) => problem.file !== undefined)
    .map((problem) => [problem.file, problem.line ?? 0]);
  assert.deepEqual(
    located,
    [...located].sort((a, b) => (a[0] === b[0] ? Number(a[1]) - Number(b[1]) : 0)),
  );
  assert.ok(session.problems.some((problem) => problem.importProblem?.code === 'unknown-value' && problem.line === 3));
  const tables = session.tablesCsv('fr');
  assert.deepEqual(
    tables.map((table) => table.file),
    ['flux.csv', 'clusters.csv', 'organisations.csv', 'adhesions.csv'],
  );
  assert.match(tables[1]!.text, /^\uFEFFIdentifiant;Nom;/);
  assert.equal(JSON.parse(session.feedJson()).publisher.id, 'cci');
  await session.removeFile('clusters.csv');
  assert.equal(session.feed, null);
});

test('the directory’s CSV download writes the clusters table, through the loader of its writer', async () => {
  const { loadTableExport } = await import('../../src/export/table-export-loader.js');
  const { clustersTableCsv } = await loadTableExport();
  assert.equal(clustersTableCsv, tableWriter);
  const feed = validateFeed(sampleFeed()).feed!;
  const csv = clustersTableCsv(feed, feed.clusters.slice(0, 1), 'en');
  assert.match(csv, /^\uFEFFid;name;/);
  assert.equal(csv.trim().split('\r\n').length, 2);
});

test('format 1.1 tables: projets.csv and evenements.csv in French attach to their clusters, and the French export writes them back', async () => {
  const { feedToCsvTables } = await import('../../src/csv/csv-tables.js');
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nnekoe;Nekoé\r\nviameca;ViaMeca\r\n'),
    csvTable('organisations.csv', 'Identifiant;Raison sociale\r\nacme;Acme\r\n'),
    csvTable(
      'projets.csv',
      'Cluster;Identifiant;Nom;Partenaires;Début;Fin\r\nnekoe;p1;Innovation par les services;acme|viameca;01/2010;2012\r\n',
    ),
    csvTable('evenements.csv', 'Cluster;Identifiant;Nom;Début;Ville\r\nnekoe;e1;Rencontres;12/05/2099;Orléans\r\n'),
  ]);
  assert.deepEqual(imported.problems, []);
  const result = validateFeed(imported.feed);
  const nekoe = result.feed!.clusters[0]!;
  assert.deepEqual(nekoe.projects, [
    { id: 'p1', name: 'Innovation par les services', partners: ['acme', 'viameca'], start: '2010-01', end: 2012 },
  ]);
  assert.deepEqual(nekoe.events, [
    { id: 'e1', name: 'Rencontres', start: '2099-05-12', place: { address: { city: 'Orléans' } } },
  ]);
  const tables = feedToCsvTables(result.feed!, { lang: 'fr' });
  assert.match(
    tables.projects!,
    /^\uFEFFCluster;Identifiant;Nom;Description;Partenaires;Début;Fin;Lien;Compléments\r\nnekoe;p1;/,
  );
  assert.match(tables.events!, /Orléans/);
  const again = importSpreadsheet(
    (Object.entries(tables) as Array<[string, string]>).map(([table, text]) => csvTable(`${table}.csv`, text)),
  );
  assert.deepEqual((again.feed['clusters'] as Array<Record<string, unknown>>)[0]!['projects'], nekoe.projects);
});

test('format 1.1 columns of clusters.csv: markets, technologies, target zones and membership terms in French, written back', async () => {
  const { feedToCsvTables } = await import('../../src/csv/csv-tables.js');
  const imported = importSpreadsheet([
    csvTable(
      'clusters.csv',
      'Identifiant;Nom;Marchés;Technologies clés;Zones visées;Adhésion ouverte;Qui peut adhérer;Cotisation;Comment adhérer\r\n' +
        'viameca;ViaMeca;Aéronautique|Automobile;usinage|robotique;DE|IT;Oui;PME et laboratoires;selon effectif;https://viameca.example/adherer\r\n' +
        'nekoe;Nekoé;;;;peut-être;;;\r\n',
    ),
  ]);
  const viameca = (imported.feed['clusters'] as Array<Record<string, unknown>>)[0]!;
  assert.deepEqual(viameca['markets'], ['Aéronautique', 'Automobile']);
  assert.deepEqual(viameca['technologies'], ['usinage', 'robotique']);
  assert.deepEqual(viameca['targetZones'], ['DE', 'IT']);
  assert.deepEqual(viameca['membership'], {
    open: true,
    who: 'PME et laboratoires',
    fee: 'selon effectif',
    howTo: 'https://viameca.example/adherer',
  });
  // A yes/no cell that is neither is reported where it was typed.
  const result = validateFeed(imported.feed);
  const wrong = result.problems.find((problem) => problem.path.join('.') === 'clusters.1.membership.open');
  assert.ok(wrong, 'the unreadable yes/no is reported');
  assert.deepEqual(locate(wrong, imported.origins), { file: 'clusters.csv', line: 3, column: 'Adhésion ouverte' });

  // A fee in two languages stays whole in the `more` column; the rest have columns.
  const feed = validateFeed({
    ...sampleFeed(),
    clusters: [
      {
        id: 'c',
        name: 'C',
        markets: ['aero'],
        membership: { open: false, fee: { fr: 'gratuit', en: 'free' }, who: 'PME' },
      },
    ],
  }).feed!;
  const tables = feedToCsvTables(feed, { lang: 'fr' });
  const [heading, row] = tables.clusters!.replace('\uFEFF', '').split('\r\n');
  const cells = Object.fromEntries(heading!.split(';').map((name, position) => [name, row!.split(';')[position]]));
  assert.equal(cells['Marchés'], 'aero');
  assert.equal(cells['Adhésion ouverte'], 'non');
  assert.equal(cells['Qui peut adhérer'], 'PME');
  assert.equal(cells['Cotisation'], '');
  const again = importSpreadsheet([csvTable('clusters.csv', tables.clusters!)]);
  assert.deepEqual((again.feed['clusters'] as Array<Record<string, unknown>>)[0]!['membership'], {
    open: false,
    who: 'PME',
    fee: { fr: 'gratuit', en: 'free' },
  });
});

test('yes/no cells: oui, non, x, vrai, yes, 1 and their opposites; anything else kept as typed for the validator', async () => {
  const { readYesNo } = await import('../../src/csv/column-kinds.js');
  for (const yes of ['Oui', 'oui ', 'X', 'vrai', 'yes', '1', 'O']) assert.equal(readYesNo(yes), true, yes);
  for (const no of ['Non', 'NON', 'faux', 'no', '0', 'n']) assert.equal(readYesNo(no), false, no);
  assert.equal(readYesNo(''), undefined);
  assert.equal(readYesNo(' peut-être '), 'peut-être');
});

test('hostile spreadsheets: a sheet-dimension bomb refused before it is read, columns and rows capped, crafted cells read as text', async () => {
  const { readFileSync } = await import('node:fs');
  const book = readFileSync('test/fixtures/chambre.xlsx');
  const parts = unzipSync(new Uint8Array(book));
  const sheet = Object.keys(parts).find((name) => /^xl\/worksheets\/.+\.xml$/.test(name))!;
  // One cell in column XFD and one in row 200,000: 3 billion cells once padded, in a few KB.
  const xml = new TextDecoder()
    .decode(parts[sheet])
    .replace('</sheetData>', '<row r="200000"><c r="A200000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    .replace('<row r="1"', '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row><row r="1"');
  parts[sheet] = new TextEncoder().encode(xml);
  const bomb = zipSync(parts, { level: 9 });
  assert.ok(bomb.length < 20_000, `${bomb.length} bytes`);
  const { tables, problems } = await tablesFromFiles([{ name: 'bombe.xlsx', bytes: bomb.buffer as ArrayBuffer }]);
  assert.deepEqual(tables, []);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.severity, problem.file]),
    [['workbook-too-large', 'error', 'bombe.xlsx']],
  );
  assert.match(describeImportProblem(problems[0]!, 'fr'), /classeur refusé : une feuille s'étend sur plus de 2/);
  assert.ok(WORKBOOK_LIMITS.cellsPerSheet >= 1_000_000);

  // 1,000 columns: the first 500 read, one error; each unknown heading said once.
  const wide = importSpreadsheet([
    csvTable('clusters.csv', `id;name;${Array.from({ length: 998 }, (_, at) => `x${at}`).join(';')}\na;A\n`),
  ]);
  assert.equal(wide.problems.filter((problem) => problem.code === 'too-many-columns').length, 1);
  assert.equal(wide.problems.filter((problem) => problem.code === 'unknown-column').length, 498);

  // A taxonomy named __proto__ or toString, a `more` cell of null, a flux `more` that is not
  // JSON or that sets a prototype: read as text or reported, never a crash or a hidden field.
  const crafted = importSpreadsheet([
    csvTable('clusters.csv', 'id;name;categories;more\na;A;__proto__:x|toString:y;null\n'),
    csvTable('flux.csv', 'key;value\nmore;{bad\n'),
  ]);
  const cluster = (crafted.feed['clusters'] as Array<Record<string, unknown>>)[0]!;
  assert.deepEqual(Object.entries(cluster['categories'] as object), [
    ['__proto__', 'x'],
    ['toString', 'y'],
  ]);
  assert.deepEqual(
    crafted.problems.filter((problem) => problem.code === 'bad-more').map((problem) => problem.file),
    ['flux.csv', 'clusters.csv'],
  );
  const polluting = importSpreadsheet([
    csvTable('clusters.csv', 'id;name\na;A\n'),
    csvTable(
      'flux.csv',
      'key;value\nmore;"{""publisher"":{""__proto__"":{""url"":""https://evil.example""},""url"":""https://ok.example""}}"\n',
    ),
  ]);
  const publisher = polluting.feed['publisher'] as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(publisher), Object.prototype);
  assert.equal(publisher['url'], 'https://ok.example');
  assert.equal(validateFeed(polluting.feed).feed!.publisher.url, 'https://ok.example');
});

test('coordinates in a table: a bad latitude is blamed on the Lat column, a swapped pair on both columns, in the table’s words', () => {
  const imported = importSpreadsheet([
    csvTable(
      'clusters.csv',
      'id;name;Lat;Long\na;A;45,76;4,83\nb;B;48,85;2,35\nc;C;43,60;1,44\nd;Nice;4,37;43,70\ne;E;91,0;2,34\n',
    ),
  ]);
  const result = validateFeed(imported.feed);
  const lines = result.problems.map((problem) => {
    const where = locate(problem, imported.origins, imported.nestedOrigins);
    return describeFeedProblemAt(where, problem, 'fr');
  });
  assert.ok(
    lines.some((line) => /^clusters\.csv, ligne 6, colonne « Lat » : /.test(line)),
    lines.join('\n'),
  );
  const swapped = lines.find((line) => line.startsWith('clusters.csv, ligne 5'));
  assert.match(swapped ?? '', /longitude et latitude semblent inversées/, lines.join('\n'));
  assert.doesNotMatch(swapped ?? '', /GeoJSON/);
  // A count is said of the column, its first case by its line.
  assert.ok(
    lines.some((line) =>
      /^clusters\.csv, colonne « \w+ » : \d fiches? \(cluster\) sur 5 .* ; premier : ligne \d\.$/.test(line),
    ),
    lines.join('\n'),
  ); // The field is named as the table's heading, not the feed's key.
  assert.ok(
    lines.some((line) => /5 fiches \(cluster\) sur 5 n'ont pas de « Type » \(recommandé\)/.test(line)),
    lines.join('\n'),
  );
  assert.ok(!lines.some((line) => /« (kind|website|location) »/.test(line)), lines.join('\n'));
});

test('words chambers type for a role or a sector: « Membre », « Membre fondateur », « Numérique »', () => {
  assert.equal(vocabularyCode(MEMBER_ROLE, 'Membre'), 'member');
  assert.equal(vocabularyCode(MEMBER_ROLE, 'membre fondateur'), 'founder');
  assert.equal(vocabularyCode(MEMBER_ROLE, 'Adhérent'), 'member');
  assert.equal(vocabularyCode(MEMBER_ROLE, "Membre du conseil d'administration"), 'board');
  assert.equal(vocabularyCode(SECTOR, 'Numérique'), 'ict');
  assert.equal(vocabularyCode(SECTOR, 'TIC'), 'ict');
  assert.equal(vocabularyCode(SECTOR, 'Numérique / TIC'), 'ict');
});

test('tables without an « Identifiant » column get ids from names and SIRETs; memberships may name their cluster and organisation by name, SIRET or in other case', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Nom du cluster;Ville\r\nPôle Mécanique Rhône-Alpes;Lyon\r\nCœur Numérique;Nantes\r\n'),
    csvTable(
      'organisations.csv',
      'Identifiant;Raison sociale;N° SIRET\r\nsld;Société Lyonnaise de Décolletage;\r\n;Atelier Dupont;356 000 000 00048\r\n;Atelier;\r\n;Atelier;\r\n',
    ),
    csvTable(
      'adhesions.csv',
      'Cluster;Adhérent\r\npole mecanique rhone-alpes;SLD\r\nCœur numérique;356 000 000 00048\r\nPôle Mécanique Rhône-Alpes;Société lyonnaise de décolletage\r\nCœur Numérique;Atelier\r\n',
    ),
  ]);
  const feed = imported.feed as {
    clusters: Array<{ id: string }>;
    organisations: Array<{ id: string }>;
    memberships: Array<{ cluster: string; organisation: string }>;
  };
  assert.deepEqual(
    feed.clusters.map((cluster) => cluster.id),
    ['pole-mecanique-rhone-alpes', 'coeur-numerique'],
  );
  assert.deepEqual(
    feed.organisations.map((organisation) => organisation.id),
    ['sld', '35600000000048', 'atelier', 'atelier-2'],
  );
  // The SIRET typed for reading is kept as its digits.
  assert.deepEqual(
    (imported.feed as { organisations: Array<{ identifiers?: unknown }> }).organisations[1]!.identifiers,
    [{ scheme: 'FR-SIRET', value: '35600000000048' }],
  );
  assert.deepEqual(
    feed.memberships.map((membership) => [membership.cluster, membership.organisation]),
    [
      ['pole-mecanique-rhone-alpes', 'sld'],
      ['coeur-numerique', '35600000000048'],
      // The same membership as the first, once linked: said and left out.
      ['coeur-numerique', 'Atelier'],
    ],
  );
  const said = imported.problems.map((problem) => [problem.code, problem.file, problem.line]);
  assert.deepEqual(
    said.filter(([code]) => code === 'ids-from-names' || code === 'references-by-name'),
    [
      ['ids-from-names', 'clusters.csv', 2],
      ['ids-from-names', 'organisations.csv', 3],
      ['references-by-name', 'adhesions.csv', 2],
      ['references-by-name', 'adhesions.csv', 2],
    ],
  );
  const french = imported.problems.map((problem) => describeImportProblem(problem, 'fr'));
  assert.ok(
    french.some((line) => /2 lignes sans identifiant : identifiant fait à partir du nom/.test(line)),
    french.join('\n'),
  );
  assert.ok(
    french.some((line) => /3 lignes nomment leur organisation par son nom, son SIRET/.test(line)),
    french.join('\n'),
  );
  // "Atelier" names two organisations: the row is kept as typed, and validation says it names nothing.
  const result = validateFeed(imported.feed);
  const dangling = result.problems.find((problem) => problem.code === 'dangling-reference');
  assert.equal(dangling?.params?.['id'], 'Atelier');
  assert.match(describeProblem(dangling!, 'fr'), /ne renvoie à aucune organisation du flux/);
});

test('cells past the last heading are said with their line, not dropped unseen; trailing empty cells are not', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\na;Pôle A;;\r\nb;=LIEN("x";"Cliquez");Lyon\r\n'),
  ]);
  const extra = imported.problems.filter((problem) => problem.code === 'extra-cells');
  assert.deepEqual(
    extra.map((problem) => [problem.file, problem.line]),
    [['clusters.csv', 3]],
  );
  assert.match(
    describeImportProblem(extra[0]!, 'fr'),
    /ligne 3 : 2 cellules après la dernière des 2 colonnes \(première : « Cliquez\) »\) : un séparateur tapé dans une cellule \? Ignorées/,
  );
});

test('a quote never closed does not swallow the rows after it, and text after a closing quote is said; both with line and column', () => {
  const text = [
    'Identifiant;Nom;Rue;Ville',
    'lac;Cluster du Lac;"Quai ""Est"" ;Annecy',
    'alpes;Alpes Numérique;1 rue des usines;Annecy',
    'moulin;"Le Moulin" Grappe;;Thônes',
    'savoie;Savoie Tech;"2 place ""Haute""";Chambéry',
  ].join('\r\n');
  const imported = importSpreadsheet([csvTable('clusters.csv', text)]);
  const clusters = imported.feed['clusters'] as Array<Record<string, unknown>>;
  assert.deepEqual(
    clusters.map((cluster) => cluster['id']),
    ['lac', 'alpes', 'moulin', 'savoie'],
  );
  assert.equal(clusters[2]!['name'], 'Le Moulin Grappe');
  assert.deepEqual((clusters[3]!['address'] as Record<string, unknown>)['street'], '2 place "Haute"');
  const quotes = imported.problems.filter((problem) => /quote/.test(problem.code));
  assert.deepEqual(
    quotes.map((problem) => [problem.code, problem.file, problem.line, problem.column]),
    [
      ['unclosed-quote', 'clusters.csv', 2, 'Rue'],
      ['text-after-quote', 'clusters.csv', 4, 'Nom'],
    ],
  );
  assert.match(describeImportProblem(quotes[0]!, 'fr'), /ligne 2.*Rue.*n'est pas refermé là où elle finit/);
  assert.match(describeImportProblem(quotes[1]!, 'en'), /line 4.*Nom.*text after the quote that closes cell 2/);
  // Hostile: a quote not closed where its cell ends on each of 20,000 rows. Each is repaired,
  // the reading resuming at its row: every row is read as a row, each quote said once, and the
  // characters read, repairs included, stay within a few times the file's.
  const hostile = `a;b\n${'"x;y\n'.repeat(20_000)}`;
  const counted = { read: 0 };
  const { rows, quoteProblems } = readCsvText(hostile, ';', { counted });
  assert.equal(rows.length, 20_001);
  assert.deepEqual(rows[20_000]!.cells, ['"x', 'y']);
  assert.equal(quoteProblems.length, 20_000);
  assert.ok(quoteProblems.every((problem) => problem.kind === 'unclosed-quote'));
  assert.ok(counted.read <= 3 * hostile.length, `${counted.read} characters read for ${hostile.length}`);
});

test('a stray quote past what the reading may repair is said as not repaired, an error naming the lines lost', () => {
  // With no budget left after the first repair, the quote on line 4 opens a cell that runs to
  // the end of the file: it is said as such, not as « read as a plain character ».
  const text = 'Identifiant;Nom\nc1;"Pôle 1\nc2;Pôle 2\nc3;"Pôle 3\nc4;Pôle 4\n';
  const { rows, quoteProblems } = readCsvText(text, ';', { rereadBudget: 0 });
  assert.deepEqual(
    rows.map((row) => row.cells[0]),
    ['Identifiant', 'c1', 'c2', 'c3'],
  );
  assert.deepEqual(
    quoteProblems.map((problem) => [problem.kind, problem.line]),
    [
      ['unclosed-quote', 2],
      ['unclosed-quote-kept', 4],
    ],
  );
  const imported = importSpreadsheet([csvTable('clusters.csv', text)]);
  // With the budget every reading has, both are repaired and every row is read.
  assert.deepEqual(
    (imported.feed['clusters'] as Array<{ id: string }>).map((cluster) => cluster.id),
    ['c1', 'c2', 'c3', 'c4'],
  );
  const kept = {
    severity: 'error' as const,
    code: 'unclosed-quote-kept' as const,
    file: 'clusters.csv',
    line: 4,
    column: 'Nom',
    params: { cell: 2 },
  };
  assert.match(
    describeImportProblem(kept, 'fr'),
    /^clusters\.csv, ligne 4, colonne « Nom » : la cellule 2 s'ouvre par un guillemet jamais refermé.*les lignes suivantes sont perdues/,
  );
  assert.match(describeImportProblem(kept, 'en'), /the lines after it are lost/);
});

test('a total row under a table is left out and said, not read as a cluster; an organisation named Total keeps its row', () => {
  const imported = importSpreadsheet([
    csvTable(
      'clusters.csv',
      'Identifiant;Nom;Effectif\r\nlac;Cluster du Lac;3\r\nTOTAL;4 pôles;\r\n;Total : 5 grappes;2\r\n',
    ),
    csvTable(
      'organisations.csv',
      'Identifiant;Nom;SIRET\r\ntotal;TotalEnergies;542 051 180 00012\r\nacme;Acme;\r\nSous-total;2 membres;\r\n',
    ),
  ]);
  assert.deepEqual(
    (imported.feed['clusters'] as Array<{ id: string }>).map((cluster) => cluster.id),
    ['lac'],
  );
  assert.deepEqual(
    (imported.feed['organisations'] as Array<{ id: string }>).map((organisation) => organisation.id),
    ['total', 'acme'],
  );
  const totals = imported.problems.filter((problem) => problem.code === 'total-row');
  assert.deepEqual(
    totals.map((problem) => [problem.file, problem.line]),
    [
      ['clusters.csv', 3],
      ['clusters.csv', 4],
      ['organisations.csv', 4],
    ],
  );
  // A table with no total row is given back as it is.
  const rows = [{ cells: ['total', 'TotalEnergies', '542 051 180 00012'], line: 2 }];
  assert.equal(withoutTotalRows('organisations', 'organisations.csv', rows, []), rows);
  assert.match(
    describeImportProblem(totals[0]!, 'fr'),
    /ligne 3 : ligne de total \(« TOTAL ; 4 pôles »\) laissée de côté/,
  );
});

test('an organisations table with a « Pôle » column gives each member its membership, with the role and dates of its row', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nviameca;ViaMéca\r\nimaginove;Imaginove\r\n'),
    csvTable(
      'organisations.csv',
      [
        'Identifiant;Nom;Pôle;Rôle;Date d’adhésion',
        'cetim;CETIM;viameca;Membre fondateur;15/03/2005',
        ';Ubisoft;Imaginove | ViaMéca;;2012',
        'solo;Sans pôle;;;',
        'ghost;Fantôme;pole-fantome;;',
      ].join('\r\n'),
    ),
    csvTable('adhesions.csv', 'Cluster;Organisation\r\nimaginove;cetim\r\n'),
  ]);
  const result = validateFeed(imported.feed);
  const feed = result.feed!;
  assert.deepEqual(
    feed.memberships!.map((membership) => [
      membership.cluster,
      membership.organisation,
      membership.role ?? null,
      membership.since ?? null,
    ]),
    [
      ['viameca', 'cetim', 'founder', '2005-03-15'],
      ['imaginove', 'ubisoft', null, 2012],
      ['viameca', 'ubisoft', null, 2012],
      // adhesions.csv's own memberships come after those of the organisations table.
      ['imaginove', 'cetim', null, null],
    ],
  );
  // A role or a date alone is not a membership: without a cluster column, the table is only organisations.
  assert.equal(memberColumnsOf({ cells: ['Identifiant', 'Nom', 'Rôle', 'Date d’adhésion'], line: 1 }), null);
  const said = (code: string) => imported.problems.filter((problem) => problem.code === code);
  assert.deepEqual(
    said('memberships-in-organisations').map((problem) => [problem.file, problem.line, problem.column]),
    [['organisations.csv', 1, 'Pôle']],
  );
  // The columns read as memberships are not "unknown"; a cluster that does not exist is said with its line.
  assert.deepEqual(said('unknown-column'), []);
  const dangling = result.problems.filter((problem) => problem.code === 'dangling-reference');
  assert.deepEqual(
    dangling
      .map((problem) => imported.origins.memberships![problem.path[1] as number])
      .map((origin) => [origin!.file, origin!.line]),
    [['organisations.csv', 5]],
  );
  assert.match(
    describeImportProblem(said('memberships-in-organisations')[0]!, 'fr'),
    /colonne « Pôle » : colonne lue comme le cluster de chaque organisation : 4 adhésions/,
  );
});

test('a title above the headings is left out and said; the headings are found under it', () => {
  const text =
    'Liste des pôles - CCI Test - mise à jour 15/03/2024;;;\r\n;;;\r\nIdentifiant;Nom;Ville;Latitude\r\nlac;Cluster du Lac;Annecy;45,9\r\n';
  const imported = importSpreadsheet([csvTable('clusters.csv', text)]);
  assert.deepEqual(
    (imported.feed['clusters'] as Array<{ id: string; name: string }>).map((cluster) => [cluster.id, cluster.name]),
    [['lac', 'Cluster du Lac']],
  );
  const titles = imported.problems.filter((problem) => problem.code === 'title-rows');
  assert.deepEqual(
    titles.map((problem) => [problem.file, problem.line]),
    [['clusters.csv', 3]],
  );
  assert.equal(
    describeImportProblem(titles[0]!, 'fr'),
    'clusters.csv, ligne 3 : en-têtes lus sur cette ligne ; 1 ligne de titre au-dessus laissée de côté.',
  );
  assert.deepEqual(
    imported.problems.filter((problem) => problem.code === 'unknown-column'),
    [],
  );
  // Headings on the first line stay there, even with few known columns.
  const plain = csvTable('clusters.csv', 'Nom;Truc\r\nCluster du Lac;Annecy\r\n');
  assert.equal(headerAndBody('clusters', plain, []).header!.line, 1);
});

test('a SIRET that Excel wrote in scientific notation is said as such, not blamed on its check digit', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nlac;Cluster du Lac\r\n'),
    csvTable('organisations.csv', 'Identifiant;Nom;SIRET;Code postal\r\nacme;Acme;5,521E+13;74000\r\n'),
  ]);
  const rounded = imported.problems.filter((problem) => problem.code === 'scientific-notation');
  assert.deepEqual(
    rounded.map((problem) => [problem.file, problem.line, problem.column]),
    [['organisations.csv', 2, 'SIRET']],
  );
  assert.match(
    describeImportProblem(rounded[0]!, 'fr'),
    /« 5,521E\+13 » : le tableur a écrit ce nombre en notation scientifique/,
  );
  const result = validateFeed(imported.feed);
  assert.equal(result.feed!.organisations![0]!.identifiers, undefined);
  assert.deepEqual(
    result.problems.filter((problem) => problem.path.includes('identifiers')),
    [],
  );
});

test('memberships that end before they start, or that are open twice for one pair, are said with their lines', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nviameca;ViaMéca\r\nimaginove;Imaginove\r\n'),
    csvTable('organisations.csv', 'Identifiant;Nom\r\ncetim;CETIM\r\nubisoft;Ubisoft\r\n'),
    csvTable(
      'adhesions.csv',
      [
        'Cluster;Organisation;Depuis;Jusqu’à',
        'imaginove;ubisoft;2015;2012',
        'viameca;cetim;15/03/2005;',
        'viameca;cetim;2010;',
        'imaginove;cetim;2012-05;2012',
        'imaginove;cetim;2014;2016',
        'imaginove;cetim;2018;',
      ].join('\r\n'),
    ),
  ]);
  const said = (code: string) =>
    imported.problems.filter((problem) => problem.code === code).map((problem) => [problem.line, problem.params]);
  // An end before its start is said once, by the validator, at its cell (a month and its year are not).
  assert.deepEqual(said('ends-before-start'), []);
  const ends = validateFeed(imported.feed).problems.filter((problem) => problem.code === 'ends-before-start');
  assert.deepEqual(
    ends.map((problem) => locate(problem, imported.origins)),
    [{ file: 'adhesions.csv', line: 2, column: 'Jusqu’à' }],
  );
  assert.deepEqual(said('open-twice'), [[4, { cluster: 'viameca', organisation: 'cetim', first: 3 }]]);
});

test('a header past the column limit is cut there and said', () => {
  const problems: Parameters<typeof cappedHeader>[2] = [];
  const header = { cells: Array.from({ length: 600 }, (_, at) => `c${at}`), line: 1 };
  const capped = cappedHeader(csvTable('organisations.csv', 'a'), header, problems);
  assert.equal(capped.cells.length, 500);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.file, problem.line]),
    [['too-many-columns', 'organisations.csv', 1]],
  );
});

test('a table with the same miss on every row lists the first of them and counts the rest', () => {
  const items = [
    ...Array.from({ length: LINES_PER_KIND + 5 }, (_, at) => ({ code: 'unknown-column', at })),
    { code: 'extra-cells', at: 0 },
  ];
  const { shown, more } = firstOfEachKind(items);
  assert.equal(shown.length, LINES_PER_KIND + 1);
  assert.deepEqual([...more], [['unknown-column', 5]]);
});

test('a SIRET whose check digit is wrong is blamed on its own column', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nc;C\r\n'),
    csvTable('organisations.csv', 'Identifiant;Nom;N° SIRET\r\no;O;123 456 789 00012\r\n'),
  ]);
  const result = validateFeed(imported.feed);
  const wrong = result.problems.find((problem) => problem.code === 'invalid-check-digit')!;
  assert.deepEqual(locate(wrong, imported.origins), { file: 'organisations.csv', line: 2, column: 'N° SIRET' });
});

test('a binary file renamed .csv is said not to be a text table; Excel’s « Texte Unicode » (UTF-16) is read', async () => {
  const utf16 = new Uint8Array([
    0xff,
    0xfe,
    ...Array.from('Identifiant\tNom\r\nc\tCœur\r\n').flatMap((char) => [
      char.charCodeAt(0) & 0xff,
      char.charCodeAt(0) >> 8,
    ]),
  ]);
  const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x9b, 0x07, 0x00, 0x00, 0x41]);
  const read = await tablesFromFiles([
    { name: 'clusters.csv', bytes: utf16.buffer },
    { name: 'organisations.csv', bytes: binary.buffer },
  ]);
  assert.deepEqual(
    read.tables[0]!.rows.map((row) => row.cells),
    [
      ['Identifiant', 'Nom'],
      ['c', 'Cœur'],
    ],
  );
  assert.deepEqual(
    read.problems.map((problem) => [problem.code, problem.file]),
    [['not-text', 'organisations.csv']],
  );
  assert.match(describeImportProblem(read.problems[0]!, 'fr'), /n'est pas un tableau en texte/);
  // One stray NUL in a cell does not make a table binary.
  const stray = await tablesFromFiles([
    { name: 'clusters.csv', bytes: new TextEncoder().encode('Identifiant;Nom\r\nc;C\u0000\r\n').buffer },
  ]);
  assert.equal(stray.tables.length, 1);
  assert.deepEqual(stray.problems, []);
});

test('a record whose coordinates were typed wrong (text, or one cell empty) is still placed from its address', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nc;C\r\n'),
    csvTable(
      'organisations.csv',
      'Identifiant;Nom;Code postal;Ville;Longitude;Latitude\r\na;A;69001;Lyon;;45,7\r\nb;B;75001;Paris;à venir;\r\nd;D;75002;Paris;2,35;48,86\r\n',
    ),
  ]);
  assert.deepEqual(
    recordsToPlace(imported.feed).map((record) => record.record['id']),
    ['a', 'b'],
  );
});

test('a cooperation or a network may list its clusters by name; each part of the list is linked on its own', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\r\nmeca;Pôle Mécanique\r\nnum;Cœur Numérique\r\n'),
    csvTable('cooperations.csv', 'Identifiant;Clusters\r\nk;pôle mécanique | num|inconnu\r\n'),
    csvTable('reseaux.csv', 'Identifiant;Nom;Clusters\r\nr;Réseau;Cœur numérique|meca\r\n'),
  ]);
  const feed = imported.feed as {
    cooperations: Array<{ clusters: string[] }>;
    networks: Array<{ clusters: string[] }>;
  };
  assert.deepEqual(feed.cooperations[0]!.clusters, ['meca', 'num', 'inconnu']);
  assert.deepEqual(feed.networks[0]!.clusters, ['num', 'meca']);
  assert.deepEqual(
    imported.problems.filter((problem) => problem.code === 'references-by-name').map((problem) => problem.file),
    ['cooperations.csv', 'reseaux.csv'],
  );
});

test('an OpenDocument spreadsheet (.ods, as LibreOffice saves it): sheets as tables, cells as a CSV export holds them', async () => {
  const sheets = [
    {
      name: 'clusters',
      rows: [
        ['Identifiant', 'Nom', 'Code postal', 'Création', 'Effectif', 'Part', 'Actif', 'Adresse'],
        [
          'c1',
          'Pôle  Mer & Côtes <Bretagne>',
          { number: 1100, shown: '01100' },
          { date: '2005-03-15' },
          { number: 3.5 },
          { percent: 0.15 },
          { boolean: true },
          '1 rue du Port\nBâtiment B',
        ],
        [],
        [],
        [
          'c2',
          { text: 'Viaméca', comment: 'à vérifier' },
          { number: 42000 },
          { date: '2007-01-01T14:30:00' },
          null,
          null,
          null,
          'x',
        ],
      ],
    },
    {
      name: 'adhesions',
      rows: [
        ['Cluster', 'Organisation'],
        ['c1', 'o1'],
      ],
    },
  ];
  const bytes = odsBytes(sheets);
  assert.ok(isOpenDocumentSpreadsheet(bytes));
  assert.ok(!isOpenDocumentSpreadsheet(new TextEncoder().encode('PK not a spreadsheet at all, really')));
  const tables = openDocumentTables('chambre.ods', bytes);
  assert.deepEqual(
    tables.map((table) => [table.file, table.name]),
    [
      ['chambre.ods [clusters]', 'clusters'],
      ['chambre.ods [adhesions]', 'adhesions'],
    ],
  );
  // Blank rows are left out, and the rows after them keep the sheet's own numbers.
  assert.deepEqual(
    tables[0]!.rows.map((row) => row.line),
    [1, 2, 5],
  );
  assert.deepEqual(tables[0]!.rows[1]!.cells, [
    'c1',
    'Pôle  Mer & Côtes <Bretagne>',
    '01100',
    '2005-03-15',
    '3.5',
    '0.15',
    'true',
    '1 rue du Port\nBâtiment B',
  ]);
  // The comment is not the cell's text; empty cells between filled ones are kept as empty.
  assert.deepEqual(tables[0]!.rows[2]!.cells, ['c2', 'Viaméca', '42000', '2007-01-01T14:30:00', '', '', '', 'x']);

  // Repeated cells and rows with content are repeated; a nested table's text is not the cell's.
  const xml = odsContent([{ name: 'x', rows: [] }]).replace(
    '<table:table-row table:style-name="ro1" table:number-rows-repeated',
    '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3" office:value-type="string"><text:p>a&#233;&#x20AC;&unknown;</text:p></table:table-cell>' +
      '<table:covered-table-cell/><table:table-cell><text:p>b</text:p><table:table table:name="inner"><table:table-row><table:table-cell><text:p>nested</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row>' +
      '<table:table-row table:style-name="ro1" table:number-rows-repeated',
  );
  const [repeated] = openDocumentSheets(xml);
  assert.deepEqual(
    repeated!.rows.map((row) => [row.line, row.cells]),
    [
      [1, ['aé€&unknown;', 'aé€&unknown;', 'aé€&unknown;', '', 'b']],
      [2, ['aé€&unknown;', 'aé€&unknown;', 'aé€&unknown;', '', 'b']],
    ],
  );
});

test('hostile .ods files: rows repeated past the cell cap, too many sheets, a lying size, a broken zip: refused, said, in linear time', async () => {
  const row = (repeat: number) =>
    `<table:table-row table:number-rows-repeated="${repeat}"><table:table-cell table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row>`;
  const bomb = odsBytes(
    [],
    odsContent([{ name: 'clusters', rows: [] }]).replace('<table:table-row', row(1_000_000) + '<table:table-row'),
  );
  assert.ok(bomb.length < 20_000, `${bomb.length} bytes`);
  const many = odsBytes(
    Array.from({ length: WORKBOOK_LIMITS.sheets + 1 }, (_, at) => ({ name: `s${at}`, rows: [['a']] })),
  );
  const encode = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;
  const { tables, problems } = await tablesFromFiles([
    { name: 'bombe.ods', bytes: encode(bomb) },
    { name: 'feuilles.ods', bytes: encode(many) },
    { name: 'casse.ods', bytes: new TextEncoder().encode('not a zip').buffer as ArrayBuffer },
    { name: 'clusters.ods', bytes: encode(odsBytes([{ name: 'clusters', rows: [['Identifiant'], ['c1']] }])) },
  ]);
  assert.deepEqual(
    tables.map((table) => table.file),
    ['clusters.ods [clusters]'],
  );
  assert.deepEqual(
    problems.map((problem) => [problem.file, problem.code, problem.params?.['limit']]),
    [
      ['bombe.ods', 'workbook-too-large', 'cellsPerSheet'],
      ['feuilles.ods', 'workbook-too-large', 'sheets'],
      ['casse.ods', 'unreadable-file', undefined],
    ],
  );
  // A tag of a million characters, quotes never closed, entities never ended: read in one pass.
  openDocumentSheets(`<table:table table:name="a"><table:table-row><table:table-cell x="${'>'.repeat(1_000_000)}`);
  openDocumentSheets(
    `<table:table><table:table-row><table:table-cell><text:p>${'&'.repeat(1_000_000)}</text:p></table:table-cell></table:table-row></table:table>`,
  );
  openDocumentSheets(`<table:table ${'a'.repeat(1_000_000)}`);
});

test('coordinates as pasted: degrees, minutes and seconds become decimal degrees; a lost decimal comma is said with where it goes', () => {
  assert.equal(readDegrees(`45°45'30"N`, 'latitude'), 45.758333);
  assert.equal(readDegrees('45° 45′ 30″ N', 'latitude'), 45.758333);
  assert.equal(readDegrees("4°50'O", 'longitude'), -4.833333);
  assert.equal(readDegrees('S 33°52,5′', 'latitude'), -33.875);
  assert.equal(readDegrees('-1,5°', 'longitude'), -1.5);
  assert.equal(readDegrees('48.85 N', 'latitude'), 48.85);
  // Not degrees: plain numbers (read elsewhere), a latitude's letter on a longitude, 61 minutes, past 90.
  for (const [cell, axis] of [
    ['45.75', 'latitude'],
    ["4°50'N", 'longitude'],
    ["45°61'N", 'latitude'],
    ['95°N', 'latitude'],
    ['N 45° S', 'latitude'],
    ['quarante-cinq degrés', 'latitude'],
    [`45°${'0'.repeat(45)}`, 'latitude'],
  ] as const)
    assert.equal(readDegrees(cell, axis), undefined, cell);
  assert.equal(lostDecimalComma('457597', 'latitude'), 45.7597);
  assert.equal(lostDecimalComma('48356', 'longitude'), 4.8356);
  // -1.5532 or -15.532: both in Europe, so not guessed.
  assert.equal(lostDecimalComma('-15532', 'longitude'), undefined);
  assert.equal(lostDecimalComma('45', 'latitude'), undefined);
  assert.equal(lostDecimalComma('45,7597', 'latitude'), undefined);

  const imported = importSpreadsheet([
    csvTable(
      'clusters.csv',
      `Identifiant;Nom;Latitude;Longitude;Création;Ville\na;A;45°45'N;4°50'E;31/02/2020;Lyon\nb;B;457597;4,8356;2020;Lyon\n`,
    ),
  ]);
  const clusters = imported.feed['clusters'] as Array<{ location?: { coordinates: number[] }; founded?: unknown }>;
  assert.deepEqual(clusters[0]!.location?.coordinates, [4.833333, 45.75]);
  assert.equal(clusters[1]!.location, undefined);
  const lines = imported.problems.map((problem) => describeImportProblem(problem, 'fr'));
  assert.ok(
    lines.includes("clusters.csv, ligne 2, colonne « Latitude » : « 45°45'N » lu en degrés décimaux : 45,75."),
    lines.join('\n'),
  );
  assert.ok(
    lines.includes(
      'clusters.csv, ligne 3, colonne « Latitude » : « 457597 » ne peut pas être une latitude (au plus 90) : le tableur a sans doute perdu la virgule décimale (45,7597 ?) ; coordonnées de la ligne laissées vides.',
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.includes(
      "clusters.csv, ligne 2, colonne « Création » : date « 31/02/2020 » : ce jour n'existe pas (vérifiez le jour et le mois) ; laissée vide.",
    ),
    lines.join('\n'),
  );
  // Said once: the validator finds nothing more to say of these cells.
  const validated = validateFeed(imported.feed);
  assert.deepEqual(
    validated.problems
      .filter((problem) => problem.path.includes('location') && problem.code !== 'recommended-missing')
      .map((problem) => problem.code),
    [],
  );
});

test('ids of one table that differ only in letter case are kept, and said at the later row', () => {
  const imported = importSpreadsheet([
    csvTable('organisations.csv', 'Identifiant;Nom\nACME;Acme SA\nbeta;Beta\nacme;Acme\nACME;Acme encore\n'),
  ]);
  assert.deepEqual(
    (imported.feed['organisations'] as Array<{ id: string }>).map((organisation) => organisation.id),
    ['ACME', 'beta', 'acme', 'ACME'],
  );
  const lines = imported.problems
    .filter((problem) => problem.code === 'id-case-twin')
    .map((problem) => describeImportProblem(problem, 'fr'));
  assert.deepEqual(lines, [
    "organisations.csv, ligne 4 : l'identifiant « acme » ne diffère de « ACME » (ligne 2) que par les majuscules : deux fiches distinctes, ou la même saisie deux fois ? Gardée.",
  ]);
});

test('an e-mail cell that is no address is said to be no e-mail address, at its cell', () => {
  const imported = importSpreadsheet([csvTable('clusters.csv', 'Identifiant;Nom;Courriel\na;A;pas de mail\n')]);
  const lines = validateFeed(imported.feed).problems.map((problem) =>
    describeFeedProblemAt(locate(problem, imported.origins, imported.nestedOrigins), problem, 'fr'),
  );
  assert.ok(
    lines.includes(
      "clusters.csv, ligne 2, colonne « Courriel » : « pas de mail » n'est pas une adresse électronique (nom@domaine.fr) ; elle est affichée comme du texte, sans lien.",
    ),
    lines.join('\n'),
  );
});

test('a workbook whose one sheet has the spreadsheet’s default name (Feuil1, Sheet1) is the table its file is named after', async () => {
  const encode = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;
  const members = odsBytes([
    {
      name: 'Feuille1',
      rows: [
        ['Identifiant', 'Raison sociale'],
        ['o1', 'Acme'],
      ],
    },
    { name: 'Feuille2', rows: [] },
  ]);
  const other = odsBytes([
    {
      name: 'Feuille1',
      rows: [
        ['Identifiant', 'Nom'],
        ['c1', 'Pôle'],
      ],
    },
  ]);
  const { tables } = await tablesFromFiles([
    { name: 'Organisations 2024.ods', bytes: encode(members) },
    { name: 'chambre.ods', bytes: encode(other) },
  ]);
  assert.deepEqual(
    tables.filter((table) => table.rows.length > 0).map((table) => [table.file, table.name]),
    [
      ['Organisations 2024.ods [Feuille1]', 'Organisations 2024'],
      ['chambre.ods [Feuille1]', 'Feuille1'],
    ],
  );
  const imported = importSpreadsheet(tables);
  assert.deepEqual(imported.feed['organisations'], [{ id: 'o1', name: 'Acme' }]);
  assert.ok(
    imported.problems.some((problem) => problem.code === 'unknown-table' && problem.file === 'chambre.ods [Feuille1]'),
  );
});

test('two organisations of one name in a members list, each with its « Pôle », keep their own memberships', () => {
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\npvf;Pôle Véhicule du Futur\nmateralia;Materalia\n'),
    csvTable(
      'Adhérents - export CRM.csv',
      'Raison sociale;Ville;Pôle\nMécanique Vosgienne;Épinal;pvf, materalia\nMécanique Vosgienne;Saint-Dié;materalia\n',
    ),
  ]);
  const result = validateFeed(imported.feed);
  const organisations = result.feed!.organisations!.map((organisation) => organisation.id);
  assert.deepEqual(organisations, ['mecanique-vosgienne', 'mecanique-vosgienne-2']);
  assert.deepEqual(
    result.feed!.memberships!.map((membership) => `${membership.organisation} ${membership.cluster}`),
    ['mecanique-vosgienne pvf', 'mecanique-vosgienne materalia', 'mecanique-vosgienne-2 materalia'],
  );
  assert.deepEqual(
    result.problems.filter((problem) => problem.severity === 'error'),
    [],
  );
});

test('flux.csv typed without its heading row, with a French date: its first row is a key, the date is read', () => {
  const imported = importSpreadsheet([
    csvTable(
      'flux.csv',
      "Identifiant de l'éditeur;cci-grand-est\nNom de l'éditeur;CCI Grand Est\nMise à jour;02/12/2024\n",
    ),
    csvTable('clusters.csv', 'Identifiant;Nom\na;A\n'),
  ]);
  const publisher = imported.feed['publisher'] as Record<string, unknown>;
  assert.equal(publisher['id'], 'cci-grand-est');
  assert.equal(publisher['name'], 'CCI Grand Est');
  assert.equal(imported.feed['updated'], '2024-12-02');
  const result = validateFeed(imported.feed);
  assert.deepEqual(
    result.problems.filter((problem) => problem.severity === 'error'),
    [],
  );
  // With its heading row, the same.
  const headed = importSpreadsheet([
    csvTable('flux.csv', "Clé;Valeur\nIdentifiant de l'éditeur;cci-grand-est\nMise à jour;31/02/2024\n"),
  ]);
  assert.equal((headed.feed['publisher'] as Record<string, unknown>)['id'], 'cci-grand-est');
  assert.ok(headed.problems.some((problem) => problem.code === 'invalid-date' && problem.line === 3));
});

test('a required field missing from a row, and flux.csv keys still to write, are named as the tables name them', () => {
  const imported = importSpreadsheet([csvTable('clusters.csv', 'Identifiant;Nom;Ville\nc1;;Lyon\n')]);
  const lines = validateFeed(imported.feed).problems.map((problem) =>
    describeFeedProblemAt(locate(problem, imported.origins, imported.nestedOrigins), problem, 'fr'),
  );
  assert.ok(
    lines.includes('clusters.csv, ligne 2, colonne « Nom » : Le champ obligatoire « Nom » manque.'),
    lines.join('\n'),
  );
  assert.ok(
    lines.includes(
      'clusters.csv, ligne 2 : Cette fiche (cluster) est écartée : son champ « Nom » manque ou est invalide.',
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.some(
      (line) => line.startsWith('à ajouter dans flux.csv (clé « Licence ») : ') && line.includes('« Licence »'),
    ),
    lines.join('\n'),
  );
  assert.ok(!lines.some((line) => /« (name|license|publisher_url|updated) »/.test(line)), lines.join('\n'));
});

test('a row cut by a separator typed in a cell is put back together where its cells say where, else said to be shifted; a table whose rows all end with a separator is not', () => {
  const table = (row: string) =>
    importSpreadsheet([
      csvTable(
        'organisations.csv',
        `Identifiant;Nom;Adresse;Code postal;Ville;Courriel\na;Acme;1 rue A;69001;Lyon;a@acme.fr\n${row}\nc;Cetim;3 rue C;60300;Senlis;c@cetim.fr\n`,
      ),
    ]);
  const rejoined = table('b;Dupont; Fils et Cie;2 rue B;57000;Metz;');
  assert.deepEqual(
    rejoined.problems.map((problem) => describeImportProblem(problem, 'fr')).filter((line) => line.includes('ligne 3')),
    [
      'organisations.csv, ligne 3, colonne « Nom » : « Dupont; Fils et Cie » lu comme une seule cellule : le « ; » tapé dedans, sans guillemets autour de la cellule, la coupait en deux et décalait les colonnes suivantes ; vérifiez la ligne.',
    ],
  );
  const organisations = rejoined.feed['organisations'] as Array<{ name: string; address?: unknown }>;
  assert.deepEqual(organisations[1], {
    id: 'b',
    name: 'Dupont; Fils et Cie',
    address: { street: '2 rue B', postcode: '57000', city: 'Metz' },
  });
  // Typed without a space, in one of two text columns: where it was cut is not clear.
  const unclear = table('b;Dupont;Fils et Cie;2 rue B;57000;Metz;');
  assert.deepEqual(
    unclear.problems
      .filter((problem) => problem.code === 'extra-cells' || problem.code === 'cells-rejoined')
      .map((problem) => describeImportProblem(problem, 'fr')),
    [
      'organisations.csv, ligne 3 : 1 cellule vide après la dernière des 6 colonnes : un séparateur tapé dans une cellule ? Ignorée ; les colonnes de cette ligne sont peut-être décalées.',
    ],
  );
  const trailing = importSpreadsheet([csvTable('organisations.csv', 'Identifiant;Nom\na;Acme;\nb;Beta;\nc;Cetim\n')]);
  assert.deepEqual(
    trailing.problems.filter((problem) => problem.code === 'extra-cells' || problem.code === 'cells-rejoined'),
    [],
  );
  // A members list with a « Pôle » column: the membership is read from the row put back together.
  const members = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\nfibres;Fibres-Energivie\n'),
    csvTable(
      'organisations.csv',
      'Nom;Pôle;Code postal;Ville\nAcme;fibres;69001;Lyon\nDupont; Fils et Cie;fibres;67100;Strasbourg\nCetim;fibres;60300;Senlis\n',
    ),
  ]);
  assert.deepEqual(
    (members.feed['memberships'] as Array<{ cluster: string; organisation: string }>).map(
      (membership) => `${membership.organisation} → ${membership.cluster}`,
    ),
    ['acme → fibres', 'dupont-fils-et-cie → fibres', 'cetim → fibres'],
  );
});

test('a French phone number a spreadsheet kept as a number (299124321) gets its leading zero back, said; others are left as typed', () => {
  const imported = importSpreadsheet([
    csvTable(
      'organisations.csv',
      'Identifiant;Nom;Téléphone;Pays\na;A;299124321;France\nb;B;299124321;Belgique\nc;C;02 99 12 43 21;\n',
    ),
  ]);
  const phones = (imported.feed['organisations'] as Array<{ contact?: { phone?: string } }>).map(
    (organisation) => organisation.contact?.phone,
  );
  assert.deepEqual(phones, ['0299124321', '299124321', '02 99 12 43 21']);
  assert.deepEqual(
    imported.problems
      .filter((problem) => problem.code === 'phone-repaired')
      .map((problem) => describeImportProblem(problem, 'fr')),
    [
      'organisations.csv, ligne 2, colonne « Téléphone » : numéro « 299124321 » : le tableur a sans doute perdu le zéro initial ; lu « 0299124321 ».',
    ],
  );
});

test('a sector typed by its first words (« Aéronautique », « Automobile ») is the one sector that begins so, said; others stay new values', () => {
  const { termOfFirstWords } = cellValues;
  assert.equal(termOfFirstWords(SECTOR, 'Aéronautique'), 'aerospace');
  assert.equal(termOfFirstWords(SECTOR, 'automobile'), 'automotive');
  assert.equal(termOfFirstWords(SECTOR, 'Optique'), 'optics');
  assert.equal(termOfFirstWords(SECTOR, 'Aéronautique et spatial'), undefined, 'the whole label is read elsewhere');
  assert.equal(termOfFirstWords(SECTOR, 'Bois'), 'wood-energy');
  assert.equal(termOfFirstWords(SECTOR, 'Eau'), undefined, 'four letters or more');
  assert.equal(termOfFirstWords(SECTOR, 'Chaussure'), undefined);
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom;Filière\na;A;Aéronautique\nb;B;Chaussure\n'),
  ]);
  const clusters = imported.feed['clusters'] as Array<{ sector?: unknown }>;
  assert.deepEqual(
    clusters.map((cluster) => cluster.sector),
    ['aerospace', 'Chaussure'],
  );
  const lines = imported.problems.map((problem) => describeImportProblem(problem, 'fr'));
  assert.ok(
    lines.some((line) =>
      /^clusters\.csv, ligne 2, colonne « Filière » : « Aéronautique » lu comme « Aéronautique et spatial »/.test(line),
    ),
    lines.join('\n'),
  );
});

test('a reference that may mean several records is said once, with the records it may mean, and not linked', async () => {
  const files = {
    'clusters.csv': 'Identifiant;Nom\nID4Mer;ID4Mer\nid4mer;ID4 Mer bis\nviameca;Viaméca\n',
    'organisations.csv': 'Identifiant;Nom\ncetim;Cetim\n',
    'adhesions.csv': 'Cluster;Organisation\nID4MER;cetim\nID4Mer;cetim\nVIAMECA;cetim\n',
  };
  const imported = importSpreadsheet(Object.entries(files).map(([name, text]) => csvTable(name, text)));
  const lines = imported.problems
    .filter((problem) => problem.code === 'ambiguous-reference')
    .map((problem) => describeImportProblem(problem, 'fr'));
  assert.deepEqual(lines, [
    "adhesions.csv, ligne 2, colonne « Cluster » : « ID4MER » peut désigner les clusters ID4Mer, id4mer : donnez l'identifiant de celui que vous voulez ; non relié.",
  ]);
  assert.deepEqual(
    (imported.feed['memberships'] as Array<{ cluster: string }>).map((membership) => membership.cluster),
    ['ID4MER', 'ID4Mer', 'viameca'],
  );
  // The publishing page says the row once, as an error (it is left out), not again as « names nothing ».
  const session = new PublishingSession({ id: 'cci', name: 'CCI' });
  await session.addFiles(
    Object.entries(files).map(([name, text]) => ({
      name,
      bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
    })),
  );
  assert.deepEqual(
    session.problems
      .filter((problem) => problem.file === 'adhesions.csv' && problem.line === 2)
      .map((problem) => [problem.severity, problem.importProblem?.code ?? problem.feedProblem?.code]),
    [['error', 'ambiguous-reference']],
  );
});

test('a file over the size cap is refused before it is read, whatever its kind, and the others are read', async () => {
  let readCalled = false;
  const big = await fileToRead('adhesions.xlsx', TABLE_FILE_MAX_BYTES + 1, () => {
    readCalled = true;
    return new ArrayBuffer(0);
  });
  assert.equal(readCalled, false);
  const small = await fileToRead(
    'clusters.csv',
    40,
    () => new TextEncoder().encode('Identifiant;Nom\nlac;Lac\n').buffer as ArrayBuffer,
  );
  // A report's PDF beside the tables, however big, is not a table over the cap: said by its name.
  const report = await fileToRead('rapport.pdf', 3 * TABLE_FILE_MAX_BYTES, () => new ArrayBuffer(0));
  const { tables, problems } = await tablesFromFiles([big, small, report]);
  assert.deepEqual(
    tables.map((table) => table.name),
    ['clusters.csv'],
  );
  assert.deepEqual(
    problems.map((problem) => [problem.severity, problem.code, problem.file]),
    [
      ['error', 'file-too-large', 'adhesions.xlsx'],
      ['warning', 'unsupported-format', 'rapport.pdf'],
    ],
  );
  assert.match(describeImportProblem(problems[0]!, 'en'), /^adhesions\.xlsx: file refused, not read: over 100 MB/);
});

test('a cell listing more than a hundred values is read up to the hundredth, and said once', () => {
  const types = Array.from({ length: 150 }, (_, at) => `Type ${at}`).join('|');
  const clusters = Array.from({ length: 150 }, () => 'lac').join(', ');
  const imported = importSpreadsheet([
    csvTable('clusters.csv', `Identifiant;Nom;Type\nlac;Cluster du Lac;${types}\n`),
    csvTable('organisations.csv', `Identifiant;Nom;Pôle\nacme;Acme;${clusters}\n`),
  ]);
  const cut = imported.problems.filter((problem) => problem.code === 'values-cut');
  assert.deepEqual(
    cut.map((problem) => describeImportProblem(problem, 'fr')),
    [
      'clusters.csv, ligne 2, colonne « Type » : 150 valeurs dans cette cellule : seules les 100 premières sont lues.',
      'organisations.csv, ligne 2, colonne « Pôle » : 150 valeurs dans cette cellule : seules les 100 premières sont lues.',
    ],
  );
  // The type is a closed list: the first hundred unknown values are said, no more.
  assert.equal(imported.problems.filter((problem) => problem.code === 'unknown-value').length, 100);
});

test('a name that thousands of organisations share is looked up in linear time, and said with five of them and a count', () => {
  // 8,000 « Dupont » and as many memberships naming it: a list searched at each record, and the
  // whole list copied into each membership's message, took 13 s and 1 GB here, 16,000 ran out of memory.
  const count = 8000;
  const organisations = ['Identifiant;Nom', ...Array.from({ length: count }, (_, at) => `o${at};Dupont`)].join('\n');
  const memberships = ['Cluster;Organisation', ...Array.from({ length: count }, () => 'c;Dupont')].join('\n');
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\nc;Pôle C\n'),
    csvTable('organisations.csv', organisations),
    csvTable('adhesions.csv', memberships),
  ]);
  const said = imported.problems.filter((problem) => problem.code === 'ambiguous-reference');
  assert.equal(said.length, count);
  assert.equal(
    describeImportProblem(said[0]!, 'fr'),
    `adhesions.csv, ligne 2, colonne « Organisation » : « Dupont » peut désigner les organisations o0, o1, o2, o3, o4 et ${(count - 5).toLocaleString('fr')} autres : donnez l'identifiant de celle que vous voulez ; non relié.`,
  );
  assert.match(describeImportProblem(said[0]!, 'en'), /organisations o0, o1, o2, o3, o4 and 7,995 others: give/);
  assert.match(describeImportProblem(said[0]!, 'fr'), /donnez l'identifiant de celle que vous voulez/);
});

test('a folder without a clusters table is said with the files that were read, before any file’s lines', () => {
  const imported = importSpreadsheet([
    csvTable('organisations.csv', 'Identifiant;Nom\ncetim;Cetim\n'),
    csvTable('adhesions.csv', 'Cluster;Organisation\nviameca;cetim\n'),
  ]);
  const missing = imported.problems.find((problem) => problem.code === 'no-clusters')!;
  assert.equal(
    describeImportProblem(missing, 'fr'),
    'aucune table de clusters parmi les fichiers lus (organisations.csv, adhesions.csv) : ajoutez un fichier clusters.csv (ou une feuille « clusters »), une ligne par cluster avec au moins sa colonne « Nom ».',
  );
  assert.equal(inPlaceOrder(imported.problems, ['adhesions.csv', 'organisations.csv'])[0], missing);
  const empty = importSpreadsheet([csvTable('clusters.csv', 'Identifiant;Nom\n')]);
  assert.match(
    describeImportProblem(
      empty.problems.find((problem) => problem.code === 'no-clusters')!,
      'en',
    ),
    /^clusters\.csv: no cluster read/,
  );
});

test('dates with a month’s name (« mars 2012 », « 1er mars 2012 ») are read; a cell read for each membership of its row is said once', () => {
  assert.deepEqual(readDate('mars 2012'), { value: '2012-03' });
  assert.deepEqual(readDate('1er Mars 2012'), { value: '2012-03-01' });
  assert.deepEqual(readDate('15 févr. 2012'), { value: '2012-02-15' });
  assert.deepEqual(readDate('30 février 2012'), { error: 'no-such-day' });
  assert.deepEqual(readDate('March 2012'), { value: '2012-03' });
  assert.deepEqual(readDate('printemps 2012'), { error: 'form' });
  const imported = importSpreadsheet([
    csvTable('clusters.csv', 'Identifiant;Nom\npvf;PVF\nmateralia;Materalia\n'),
    csvTable('organisations.csv', "Identifiant;Nom;Pôle;Date d'adhésion\no1;Acme;pvf, materalia;vers 2012\n"),
  ]);
  assert.equal(imported.problems.filter((problem) => problem.code === 'invalid-date').length, 1);
});

test('a value typed in the wrong column (« PME », a size, as a type) is said to belong to the column whose values it is', () => {
  const imported = importSpreadsheet([
    csvTable('organisations.csv', 'Identifiant;Nom;Type;Taille\na;Acme;PME;\nb;Beta;Laboratoire;\n'),
  ]);
  const lines = imported.problems
    .filter((problem) => problem.code === 'unknown-value')
    .map((problem) => describeImportProblem(problem, 'fr'));
  assert.equal(
    lines[0],
    "organisations.csv, ligne 2, colonne « Type » : « PME » n'est pas une valeur de « Type d'organisation » ; laissée de côté. C'est une valeur de « Taille d'entreprise » : sa place est dans cette colonne-là.",
  );
  assert.match(lines[1]!, /Vouliez-vous dire « Laboratoire de recherche » \?$/);
});
