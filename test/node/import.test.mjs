// `grappe import` on tables typed as a chamber of commerce keeps them (test/fixtures/chambre:
// French headings and labels, Windows-1252, CRLF, a blank row, French dates, a postcode that
// lost its zero, a repeated membership, rows with only an address or a town, an unknown column
// and an unknown file), geocoded through a stand-in of the BAN on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { configure, resetStats, startBanStandIn, stats } from '../support/ban-stand-in.mjs';
import { odsBytes } from '../support/ods-writer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'bin/grappe.js');
const chamber = join(root, 'test/fixtures/chambre');
const temp = () => mkdtempSync(join(tmpdir(), 'grappe-import-'));

/** Runs the CLI without blocking the event loop (the stand-in answers in this process). */
function grappe(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let ban;
before(async () => {
  ban = await startBanStandIn();
});
after(() => ban.close());

async function importChamber(source = chamber, ...more) {
  const out = join(temp(), 'feed.json');
  const result = await grappe('import', source, '--lang', 'fr', '--geocode', '--geocoder', ban.url, '-o', out, ...more);
  return { ...result, feed: result.status === 2 ? null : JSON.parse(readFileSync(out, 'utf8')) };
}

test('a chamber’s French tables import with exit 0: every cluster placed, codes for labels, accents intact, memberships unique and dated ISO-style', async () => {
  configure({});
  const { status, stderr, feed } = await importChamber();
  assert.equal(status, 0, stderr);
  const byId = Object.fromEntries(feed.clusters.map((cluster) => [cluster.id, cluster]));
  assert.deepEqual(Object.keys(byId).sort(), [
    'axelera',
    'cluster-lumiere',
    'grappe-bois',
    'mecaloire',
    'plastipolis',
    'techtera',
    'viameca',
  ]);
  for (const cluster of feed.clusters) assert.ok(cluster.location, `${cluster.id} is placed`);
  // Coordinates typed with decimal commas are kept; the others come from the geocoder, with their level.
  assert.deepEqual(byId.viameca.location.coordinates, [4.3872, 45.4397]);
  assert.equal(byId.viameca.geocoding, undefined);
  assert.deepEqual(byId.plastipolis.geocoding, { level: 'housenumber', score: 0.91 });
  assert.equal(byId.mecaloire.geocoding.level, 'municipality');
  // Labels, unaccented labels and short forms became codes.
  assert.equal(byId.viameca.kind, 'pole-de-competitivite');
  assert.equal(byId.plastipolis.kind, 'pole-de-competitivite');
  assert.equal(byId['grappe-bois'].kind, 'spl');
  assert.equal(byId.mecaloire.kind, 'grappe-entreprises');
  assert.equal(byId.viameca.reach, 'national');
  assert.ok([byId.viameca.sector].flat().includes('mechanical-engineering'), JSON.stringify(byId.viameca.sector));
  // Accents intact from Windows-1252; the lost zero restored; countries as ISO codes.
  assert.equal(byId.viameca.name, 'ViaMéca');
  assert.equal(byId.viameca.address.city, 'Saint-Étienne');
  assert.equal(byId.viameca.address.country, 'FR');
  assert.equal(byId.plastipolis.address.postcode, '01100');
  assert.deepEqual(byId['cluster-lumiere'].identifiers, [{ scheme: 'FR-SIRET', value: '81234567800013' }]);
  assert.equal(byId.viameca.founded, '2005-07-12');
  assert.equal(byId['cluster-lumiere'].founded, '2008-03');
  const organisations = Object.fromEntries(feed.organisations.map((organisation) => [organisation.id, organisation]));
  assert.equal(organisations.cetim.kind, 'technical-centre');
  assert.equal(organisations.cetim.size, 'mid-cap');
  assert.equal(organisations['plastic-omnium'].size, 'large');
  assert.equal(organisations['atelier-dupont'].size, 'sme');
  assert.deepEqual(
    feed.memberships.map((membership) => [
      membership.cluster,
      membership.organisation,
      membership.since,
      membership.until,
    ]),
    [
      ['viameca', 'cetim', 2005, undefined],
      ['viameca', 'snr', '2012-03-14', undefined],
      ['plastipolis', 'plastic-omnium', '2006-01-01', '2019-12-31'],
      ['mecaloire', 'atelier-dupont', 2010, undefined],
    ],
  );
  assert.equal(feed.memberships[1].role, 'member');
});

test('the messages name the file, the line and the column, in French, with no regular expression and right plurals', async () => {
  configure({});
  const { stderr } = await importChamber();
  const expected = [
    "adhesions.csv, ligne 7 : l'adhésion de « cetim » à « viameca » figure déjà ligne 2 ; ignorée.",
    'clusters.csv, ligne 3, colonne « Code postal » : code postal « 1100 » : le tableur a sans doute perdu le zéro initial ; lu « 01100 ».',
    'organisations.csv, ligne 4, colonne « Code postal » : code postal « 1100 »',
    'clusters.csv, ligne 1, colonne « Remarques » : colonne inconnue, ignorée',
    'notes.csv : fichier ignoré',
    'clusters.csv, ligne 1, colonne « SIRET » : colonne gardée comme identifiant du cluster',
    "clusters.csv, ligne 6, colonne « Rayonnement » : « Régionall » n'est pas une valeur de « Rayonnement » ; laissée de côté. Vouliez-vous dire « Régional » ?",
    "clusters.csv, ligne 8, colonne « Création » : date « 31/02/2005 » : ce jour n'existe pas (vérifiez le jour et le mois)",
    'clusters.csv, ligne 4 : placé au centre de la commune (Saint-Chamond)',
    'clusters.csv : lu en Windows-1252',
  ];
  for (const line of expected) assert.ok(stderr.includes(line), `missing: ${line}\n${stderr}`);
  // « Membre fondateur », as chambers type it, is the founder role: read without a word.
  assert.doesNotMatch(stderr, /Membre fondateur/);
  // Each thing once; the blank rows (line 6 of clusters.csv, line 4 of adhesions.csv) without a word.
  assert.equal(stderr.split('figure déjà').length, 2);
  assert.doesNotMatch(stderr, /ligne 4 :.*adhesions|\\d|\^\[|\[0-9\]/);
  assert.match(stderr, /7 clusters, 4 organisations, 4 adhésions ; 0 erreur, \d+ avertissements, \d+ remarques/);
  assert.doesNotMatch(stderr, /écartée/, 'nothing was left out, so nothing says so');
  assert.doesNotMatch(stderr, /\b1 fiches\b/);
});

/** The chamber's CSV tables as rows of cells, to write them again as workbooks. */
function chamberRows() {
  return readdirSync(chamber)
    .filter((name) => name.endsWith('.csv') && name !== 'notes.csv')
    .map((file) => {
      const text = new TextDecoder('windows-1252').decode(readFileSync(join(chamber, file)));
      const rows = text
        .split('\r\n')
        .slice(0, -1)
        .map((line) =>
          line
            .match(/("([^"]|"")*"|[^;]*)(;|$)/g)
            .slice(0, -1)
            .map((cell) => cell.replace(/;$/, '').replace(/^"|"$/g, '')),
        );
      return { name: file.replace('.csv', ''), rows };
    });
}

/** A cell as a spreadsheet keeps it: numbers as numbers (the postcode 1100 too), dates as dates. */
function typedCell(cell, line) {
  if (line > 0 && /^\d{1,2}\/\d{2}\/\d{4}$/.test(cell) && cell !== '31/02/2005') {
    const [day, month, year] = cell.split('/').map(Number);
    return { date: new Date(Date.UTC(year, month - 1, day)) };
  }
  if (line > 0 && /^\d+$/.test(cell) && cell.length < 9) return { number: Number(cell) };
  return cell;
}

/** The chamber's tables saved as the workbook `book` import into the feed the CSV files give, said by sheet and line. */
async function expectSameFeedAsTables(book) {
  const fromBook = await importChamber(book);
  const fromTables = await importChamber();
  assert.equal(fromBook.status, 0, fromBook.stderr);
  assert.deepEqual(fromBook.feed, fromTables.feed);
  assert.ok(
    fromBook.stderr.includes(
      `${basename(book)} [adhesions], ligne 7 : l'adhésion de « cetim » à « viameca » figure déjà ligne 2`,
    ),
    fromBook.stderr,
  );
}

test('the same tables as an .xlsx workbook give the same feed', async () => {
  configure({});
  const dir = temp();
  const sheets = chamberRows().map(({ name, rows }) => ({
    sheet: name,
    data: rows.map((cells, line) =>
      cells.map((cell) => {
        const typed = typedCell(cell, line);
        if (typed.date) return { type: Date, value: typed.date, format: 'dd/mm/yyyy' };
        if (typed.number !== undefined) return { type: Number, value: typed.number };
        return { type: String, value: cell };
      }),
    ),
  }));
  const book = join(dir, 'chambre.xlsx');
  await writeXlsxFile(sheets).toFile(book);
  await expectSameFeedAsTables(book);
});

test('the same tables as an .ods workbook (LibreOffice) give the same feed; an .xls or a table in another format is said to be in a format not read', async () => {
  configure({});
  const dir = temp();
  const sheets = chamberRows().map(({ name, rows }) => ({
    name,
    rows: rows.map((cells, line) =>
      cells.map((cell) => {
        const typed = typedCell(cell, line);
        if (typed.date) return { date: typed.date.toISOString().slice(0, 10) };
        return typed === '' ? null : typed;
      }),
    ),
  }));
  const book = join(dir, 'chambre.ods');
  writeFileSync(book, odsBytes(sheets));
  await expectSameFeedAsTables(book);

  // A folder where one table was saved in the old Excel format: said so, with what to do.
  const folder = join(dir, 'tables');
  mkdirSync(folder);
  for (const file of readdirSync(chamber)) writeFileSync(join(folder, file), readFileSync(join(chamber, file)));
  writeFileSync(join(folder, 'Liste des projets.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  const withOld = await importChamber(folder);
  assert.match(
    withOld.stderr,
    /Liste des projets\.xls : fichier ignoré : le format \.xls n'est pas lu\. Enregistrez ce tableau en classeur \.xlsx ou \.ods/,
  );
  assert.doesNotMatch(withOld.stderr, /projets\.xls.{0,40}n'est le nom d'aucune table/);
});

test('the geocoder: batches through the CSV endpoint; its failure falls back to the search endpoint; 429s are waited out; an unreachable service costs the places, not the import', async () => {
  configure({});
  resetStats();
  await importChamber();
  assert.deepEqual([stats().csv, stats().search], [1, 0]);
  configure({ csvStatus: 503, tooManyFirst: 0 });
  resetStats();
  const fallback = await importChamber();
  assert.equal(fallback.status, 0);
  assert.ok(fallback.feed.clusters.every((cluster) => cluster.location));
  assert.ok(stats().search >= 8, JSON.stringify(stats()));
  configure({ tooManyFirst: 2 });
  resetStats();
  const patient = await importChamber();
  assert.ok(patient.feed.clusters.every((cluster) => cluster.location));
  assert.equal(stats().refused, 2);
  configure({});
  const dir = temp();
  const out = join(dir, 'feed.json');
  const down = await grappe(
    'import',
    chamber,
    '--lang',
    'fr',
    '--geocode',
    '--geocoder',
    'http://127.0.0.1:9',
    '-o',
    out,
  );
  assert.equal(down.status, 0, down.stderr);
  // Said once, with the service's address and the count, not once per record.
  assert.match(
    down.stderr,
    /clusters\.csv, ligne 3 : le service de géocodage http:\/\/127\.0\.0\.1:9 n'a pas répondu \(.*\) : \d+ fiches avec adresse restent non placées, celle-ci la première\./,
  );
  assert.equal(down.stderr.split('service de géocodage').length, 2, down.stderr);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).clusters.length, 7);
});

test('without --geocode, the import says how to place what has only an address', async () => {
  const out = join(temp(), 'feed.json');
  const { status, stderr } = await grappe('import', chamber, '--lang', 'fr', '-o', out);
  assert.equal(status, 0);
  assert.match(
    stderr,
    /10 fiches ont une adresse mais pas de coordonnées \(première : \w+\.csv, ligne \d+\) : relancez avec --geocode pour les placer/,
  );
});

test('exit statuses: 1 when records are left out, 2 when nothing usable; validate on tables says to import them', async () => {
  const dir = temp();
  writeFileSync(join(dir, 'clusters.csv'), 'Identifiant;Nom\r\nok;Bon cluster\r\nsans-nom;\r\n');
  const dropped = await grappe('import', dir, '--lang', 'fr', '-o', join(dir, 'feed.json'));
  assert.equal(dropped.status, 1, dropped.stderr);
  assert.match(dropped.stderr, /clusters\.csv, ligne 3/);
  assert.match(dropped.stderr, /1 fiche écartée/);
  const empty = temp();
  writeFileSync(join(empty, 'notes.csv'), 'a;b\r\n1;2\r\n');
  const nothing = await grappe('import', empty, '--lang', 'fr');
  assert.equal(nothing.status, 2);
  assert.match(nothing.stderr, /aucune table de clusters parmi les fichiers lus \(notes\.csv\)/);
  assert.match(nothing.stderr, /aucun flux écrit : un flux a besoin d’au moins un cluster\./);
  assert.equal(nothing.stdout, '', 'nothing written on the standard output either');
  for (const source of [chamber, join(chamber, 'clusters.csv')]) {
    const validate = await grappe('validate', source, '--lang', 'fr');
    assert.equal(validate.status, 2);
    assert.match(validate.stderr, /utilisez « grappe import/);
  }
});

test('export --lang fr writes French tables (names, headings, labels) that import back into the same feed', async () => {
  configure({});
  const { feed } = await importChamber();
  const dir = temp();
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const exported = join(dir, 'tables');
  mkdirSync(exported);
  const result = await grappe('export', join(dir, 'feed.json'), '-o', exported, '--lang', 'fr');
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(readdirSync(exported).sort(), ['adhesions.csv', 'clusters.csv', 'flux.csv', 'organisations.csv']);
  const clusters = readFileSync(join(exported, 'clusters.csv'), 'utf8');
  assert.ok(
    clusters.startsWith('\uFEFFIdentifiant;Nom;Nom court;Description;Type;Filière;Stade;Rayonnement;'),
    clusters.slice(0, 120),
  );
  assert.match(clusters, /;Pôle de compétitivité;/);
  // Sorted as the directory sorts, by name: Axelera first, ViaMéca last.
  const ids = clusters
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(';')[0]);
  assert.equal(ids[0], 'axelera');
  assert.equal(ids.at(-1), 'viameca');
  const again = join(dir, 'again.json');
  const reimport = await grappe('import', exported, '--lang', 'fr', '-o', again);
  assert.equal(reimport.status, 0, reimport.stderr);
  const sortById = (list) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const back = JSON.parse(readFileSync(again, 'utf8'));
  for (const collection of ['clusters', 'organisations', 'memberships'])
    assert.deepEqual(sortById(back[collection]), sortById(feed[collection]), collection);
});

test('an event, project or indicator row is blamed on its own file, line and column; a row naming no known cluster is said, and the status is 1', async () => {
  const dir = temp();
  writeFileSync(
    join(dir, 'clusters.csv'),
    'Identifiant;Nom du cluster\r\nmecaloire;Mécaloire\r\nmecaloire;Doublon\r\n',
  );
  writeFileSync(
    join(dir, 'evenements.csv'),
    'Cluster;Identifiant;Nom;Date\r\nmecaloire;j1;Journée;15/03/2026\r\nmecaloire;;Sans id;16/03/2026\r\nmecaloire;j3;Sans date;\r\ninconnu;j4;Ailleurs;17/03/2026\r\n;j5;Personne;18/03/2026\r\n',
  );
  writeFileSync(
    join(dir, 'indicateurs.csv'),
    'Cluster;Indicateur;Année;Valeur\r\nmecaloire;Adhérents;2023;beaucoup\r\nmecaloire;Adhérents;2024;12\r\n',
  );
  const out = join(dir, 'feed.json');
  const { status, stderr } = await grappe(
    'import',
    dir,
    '--lang',
    'fr',
    '--publisher-id',
    'cci',
    '--publisher-name',
    'CCI',
    '-o',
    out,
  );
  assert.equal(status, 1, stderr);
  assert.match(
    stderr,
    /evenements\.csv, ligne 3, colonne « Identifiant » : Le champ obligatoire « Identifiant » manque/,
  );
  assert.match(stderr, /evenements\.csv, ligne 4, colonne « Date » : Le champ obligatoire « Date » manque/);
  assert.match(stderr, /evenements\.csv, ligne 5, colonne « Cluster » : aucun cluster « inconnu » dans clusters\.csv/);
  assert.match(stderr, /evenements\.csv, ligne 6, colonne « Cluster » : ligne sans cluster/);
  assert.match(stderr, /indicateurs\.csv, ligne 2, colonne « Valeur » : Attendu : un nombre ; trouvé : un texte/);
  assert.doesNotMatch(stderr, /clusters\.csv, ligne 2 : .*(start|number|nombre)/);
  assert.doesNotMatch(stderr, /aucun éditeur donné/);
  // No flux.csv given: the feed's own fields are said where to write them, not of a table that is not there.
  assert.match(
    stderr,
    /à ajouter dans flux\.csv \(clé « Licence »\) : 1 fiche \(éditeur\) sur 1 n'a pas de « Licence »/,
  );
  assert.doesNotMatch(stderr, /flux\.csv, colonne/);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  // « Nom du cluster » is the name; the repeated row's records go to the cluster kept, the first.
  assert.equal(feed.clusters[0].name, 'Mécaloire');
  assert.deepEqual(
    feed.clusters[0].events.map((event) => event.id),
    ['j1'],
  );
  assert.deepEqual(
    feed.clusters[0].indicators.map((indicator) => indicator.value),
    [12],
  );
});

test('a table over 100 MB is refused without being read, said with its name; the other tables are read', async () => {
  const dir = temp();
  writeFileSync(join(dir, 'clusters.csv'), 'Identifiant;Nom\r\nlac;Cluster du Lac\r\n');
  // A sparse file: 101 MB on the disk's books, nothing written. Read, it was longer than the
  // runtime's longest string and the import stopped on a stack trace.
  const big = join(dir, 'organisations.csv');
  writeFileSync(big, 'Identifiant;Nom\r\n');
  truncateSync(big, 101 * 1024 * 1024);
  const out = join(dir, 'feed.json');
  const { status, stderr } = await grappe('import', dir, '--lang', 'fr', '-o', out);
  assert.equal(status, 1, stderr); // an error, the feed written with what could be read
  assert.match(stderr, /organisations\.csv : fichier refusé, sans être lu : plus de 100 Mo/);
  assert.doesNotMatch(stderr, /\n\s+at /);
  assert.deepEqual(
    JSON.parse(readFileSync(out, 'utf8')).clusters.map((cluster) => cluster.id),
    ['lac'],
  );
});

test('one file named on the command line is read by a table word in its name; without a publisher the import says so', async () => {
  const dir = temp();
  const file = join(dir, 'Liste des clusters 2024.csv');
  writeFileSync(file, 'Nom du cluster;Identifiant;Ville;N° SIREN\r\nMécaloire;mecaloire;Saint-Étienne;552100554\r\n');
  const out = join(dir, 'feed.json');
  const { status, stderr } = await grappe('import', file, '--lang', 'fr', '-o', out);
  assert.equal(status, 0, stderr);
  assert.match(stderr, /aucun éditeur donné : le flux porte l’identifiant « publisher »/);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(feed.clusters[0].name, 'Mécaloire');
  // The name visitors read (« déclaré par … ») is in the import's language, not an English word.
  assert.deepEqual(feed.publisher, { id: 'publisher', name: 'Éditeur non précisé' });
  assert.deepEqual(feed.clusters[0].identifiers, [{ scheme: 'FR-SIREN', value: '552100554' }]);
});

test('Excel’s Windows-1252 œ, Œ, €, ’ and – are read as written; a coordinate that is not a number is said as text; control characters in a table are shown, never obeyed', async () => {
  const dir = temp();
  // « c1;Cœur d’Industrie – Œnologie;150 € » and friends, as Excel saves them on a French Windows.
  const text =
    'Identifiant;Nom;Lat;Long;X\x9b2J\b\r\n' +
    'c1;C\x9cur d\x92Industrie \x96 \x8cnologie \x80;45,76;4,83;\r\n' +
    'c2;Pôle B;=1+1;4,83;\r\n' +
    'c3;Pôle C;45,1;;\r\n';
  writeFileSync(join(dir, 'clusters.csv'), Buffer.from(text, 'latin1'));
  // In UTF-8, U+009B (which starts a terminal's escape sequence) and a right-to-left override.
  writeFileSync(join(dir, 'organisations.csv'), 'Identifiant;Nom;Y\u009b2J\u202e\r\no1;Atelier;\r\n');
  const out = join(temp(), 'feed.json');
  const { status, stderr } = await grappe('import', dir, '--lang', 'fr', '--publisher-id', 'cci', '-o', out);
  assert.equal(status, 1, stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(feed.clusters[0].name, 'Cœur d’Industrie – Œnologie €');
  assert.match(stderr, /clusters\.csv, ligne 3, colonne « Lat » : Attendu : un nombre ; trouvé : un texte\./);
  assert.match(stderr, /clusters\.csv, ligne 4, colonne « Long » : Attendu : un nombre ; trouvé : rien/);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  assert.doesNotMatch(stderr, /[\x08\x9b\u202e]/, 'no control character reaches the terminal');
  assert.match(stderr, /« X›2J\\u0008 »/);
  assert.match(stderr, /« Y\\u009B2J\\u202E »/);
});

test('a --geocoder that is not a web address is refused at once, in the reader’s language, before any table is read', async () => {
  const { status, stderr } = await grappe('import', chamber, '--geocode', '--geocoder', 'pas-une-url', '--lang', 'fr');
  assert.equal(status, 2);
  assert.match(stderr, /--geocoder « pas-une-url » n'est pas une adresse web/);
  assert.doesNotMatch(stderr, /chambre|clusters\.csv/);
});

test('tables without ids and memberships that name organisations by name or SIRET import into linked records', async () => {
  const dir = temp();
  writeFileSync(join(dir, 'clusters.csv'), 'Nom du cluster;Ville\r\nPôle Mécanique Rhône-Alpes;Lyon\r\n');
  writeFileSync(
    join(dir, 'adherents.csv'),
    'Raison sociale;N° SIRET\r\nSociété Lyonnaise de Décolletage;\r\nAtelier Dupont;356 000 000 00048\r\n',
  );
  writeFileSync(
    join(dir, 'adhesions.csv'),
    'Cluster;Adhérent\r\nPôle mécanique Rhône-Alpes;société lyonnaise de décolletage\r\nPôle Mécanique Rhône-Alpes;35600000000048\r\n',
  );
  const out = join(dir, 'feed.json');
  const { status, stderr } = await grappe('import', dir, '--lang', 'fr', '--publisher-id', 'cci', '-o', out);
  assert.equal(status, 0, stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(
    feed.memberships.map((membership) => [membership.cluster, membership.organisation]),
    [
      ['pole-mecanique-rhone-alpes', 'societe-lyonnaise-de-decolletage'],
      ['pole-mecanique-rhone-alpes', '35600000000048'],
    ],
  );
  assert.match(stderr, /clusters\.csv, ligne 2 : 1 ligne sans identifiant/);
  // Written in the folder it read, the feed is not read back as a table on the next run.
  const again = await grappe('import', dir, '--lang', 'fr', '--publisher-id', 'cci', '-o', out);
  assert.doesNotMatch(again.stderr, /feed\.json[^\n]*(illisible|ignor)/);
});
