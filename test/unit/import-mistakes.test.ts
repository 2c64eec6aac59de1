// What a chamber's newcomer typed wrong, from a publisher's trial of `grappe import` on tables
// typed by hand: a stray copy of a table, a membership listed in two files, a mistyped heading,
// an id used twice, a geocoder that does not answer. Each is said where it is, and nothing typed
// is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestColumn, headingIndex } from '../../src/csv/headings.js';
import { csvTable, importSpreadsheet, locate } from '../../src/csv/spreadsheet-import.js';
import { placeRecords, recordsToPlace } from '../../src/csv/place-records.js';
import { describeFeedProblemAt, describeImportProblem } from '../../src/i18n/publishing-lines.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import { FEED_VERSION } from '../../src/schema/feed-version.js';

const CLUSTERS = 'Identifiant;Nom;Longitude;Latitude\r\nviameca;Viaméca;4,39;45,43\r\n';

test('a copy of a table beside it (« Copie de clusters.csv ») is left out, whichever comes first', () => {
  for (const order of [0, 1]) {
    const tables = [
      csvTable('Copie de clusters.csv', 'Identifiant;Nom\r\nancien;Ancien pôle\r\n'),
      csvTable('clusters.csv', CLUSTERS),
    ];
    const imported = importSpreadsheet(order === 0 ? tables : tables.reverse(), { publisher: { id: 'p', name: 'P' } });
    // The version this library writes (it wrote 1.0 under a 1.1 format).
    assert.equal(imported.feed['version'], FEED_VERSION);
    const clusters = (imported.feed as { clusters: Array<{ id: string }> }).clusters;
    assert.deepEqual(
      clusters.map((cluster) => cluster.id),
      ['viameca'],
    );
    const lines = imported.problems.map((problem) => describeImportProblem(problem, 'fr'));
    assert.ok(
      lines.includes(
        order === 0
          ? 'Copie de clusters.csv : fichier ignoré : clusters.csv porte le nom exact de la même table et est lu à sa place.'
          : 'Copie de clusters.csv : fichier ignoré : la même table a déjà été lue dans clusters.csv.',
      ),
      lines.join('\n'),
    );
  }
});

test('a membership listed in the organisations table and in adhesions.csv is one, with the role typed in either', () => {
  const imported = importSpreadsheet(
    [
      csvTable('clusters.csv', CLUSTERS),
      csvTable('organisations.csv', 'Identifiant;Nom;Pôle;Depuis\r\ncetim;Cetim;viameca;12/07/2005\r\n'),
      csvTable('adhesions.csv', 'Pôle;Organisation;Rôle;Depuis\r\nviameca;cetim;Membre fondateur;12/07/2005\r\n'),
    ],
    { publisher: { id: 'p', name: 'P' } },
  );
  const memberships = (imported.feed as { memberships: Array<Record<string, unknown>> }).memberships;
  assert.deepEqual(memberships, [{ cluster: 'viameca', organisation: 'cetim', since: '2005-07-12', role: 'founder' }]);
  const lines = imported.problems.map((problem) => describeImportProblem(problem, 'fr'));
  assert.ok(
    lines.includes(
      "adhesions.csv, ligne 2 : l'adhésion de « cetim » à « viameca » figure déjà ligne 2 de organisations.csv ; une seule adhésion, qui prend de cette ligne « Rôle ».",
    ),
    lines.join('\n'),
  );
  const english = imported.problems.map((problem) => describeImportProblem(problem, 'en'));
  assert.ok(
    english.includes(
      'adhesions.csv, line 2: the membership of "cetim" in "viameca" is already on line 2 of organisations.csv; one membership, which takes "Rôle" from this line.',
    ),
    english.join('\n'),
  );
});

test('a mistyped heading is said with the column it was meant to be, and a lone coordinate column makes no null points', () => {
  const index = headingIndex('clusters', ['id', 'name', 'longitude', 'latitude', 'postcode', 'city']);
  assert.equal(nearestColumn(index, 'Lattitude'), 'latitude');
  assert.equal(nearestColumn(index, 'Code postale'), 'postcode');
  assert.equal(nearestColumn(index, 'Observations'), undefined);
  assert.equal(nearestColumn(index, 'Vi'), undefined); // too short to guess
  const imported = importSpreadsheet(
    [csvTable('clusters.csv', 'Identifiant;Nom;Longitude;Lattitude\r\nviameca;Viaméca;4,39;45,43\r\n')],
    { publisher: { id: 'p', name: 'P' } },
  );
  const lines = imported.problems.map((problem) => describeImportProblem(problem, 'fr'));
  assert.ok(
    lines.includes(
      'clusters.csv, ligne 1, colonne « Lattitude » : colonne inconnue, ignorée (les colonnes de chaque table sont dans FORMAT.fr.md). Vouliez-vous dire « Latitude » ?',
    ),
    lines.join('\n'),
  );
  const cluster = (imported.feed as { clusters: Array<Record<string, unknown>> }).clusters[0]!;
  assert.equal(cluster['location'], undefined);
  assert.equal(validateFeed(imported.feed).problems.filter((problem) => problem.severity === 'error').length, 0);
});

test('an id used twice is said with the line the first one is on, not a JSON path', () => {
  const imported = importSpreadsheet(
    [
      csvTable(
        'clusters.csv',
        'Identifiant;Nom\r\nviameca;Viaméca\r\nplastipolis;Plastipolis\r\nmecaloire;Mécaloire\r\nplastipolis;SPL Décolletage\r\n',
      ),
    ],
    { publisher: { id: 'p', name: 'P' } },
  );
  // The second « plastipolis », which validation leaves out, is not sent to the geocoder either.
  const withAddresses = structuredClone(imported.feed) as { clusters: Array<Record<string, unknown>> };
  for (const cluster of withAddresses.clusters) cluster['address'] = { city: 'Oyonnax' };
  assert.deepEqual(
    recordsToPlace(withAddresses).map((entry) => entry.position),
    [0, 1, 2],
  );
  const result = validateFeed(imported.feed);
  const twice = result.problems.find((problem) => problem.code === 'duplicate-id')!;
  const where = locate(twice, imported.origins);
  assert.deepEqual(where, { file: 'clusters.csv', line: 5, column: 'Identifiant', firstLine: 3 });
  assert.match(
    describeFeedProblemAt(where, twice, 'fr'),
    /^clusters\.csv, ligne 5, colonne « Identifiant » : .*ligne 3/,
  );
  assert.match(describeFeedProblemAt(where, twice, 'en'), /^clusters\.csv, line 5, column "Identifiant": .*line 3\)/);
});

test('a geocoder that does not answer is said once, with its address and how many records it left unplaced', async () => {
  const feed: Record<string, unknown> = {
    clusters: ['Oyonnax', 'Cluses', 'Annecy'].map((city, at) => ({ id: `c${at}`, name: city, address: { city } })),
  };
  const origin = (line: number) => ({ file: 'clusters.csv', line, headings: new Map<string, string>() });
  const outcome = await placeRecords(
    feed,
    { clusters: [origin(2), origin(3), origin(4)] },
    {
      url: 'http://127.0.0.1:9/',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      requestsPerSecond: 1000,
      retries: 0,
    },
  );
  assert.equal(outcome.placed, 0);
  const lines = outcome.problems.map((problem) => describeImportProblem(problem, 'en'));
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0]!, /^clusters\.csv, line 2: the geocoding service http:\/\/127\.0\.0\.1:9 did not answer/);
  assert.match(lines[0]!, /3 records with an address not placed, this one first/);
  assert.match(describeImportProblem(outcome.problems[0]!, 'fr'), /3 fiches avec adresse restent non placées/);
});

test('sizes typed as INSEE’s categories are read (« Moyenne entreprise » is an SME, not a large company)', () => {
  const imported = importSpreadsheet(
    [
      csvTable('clusters.csv', CLUSTERS),
      csvTable(
        'organisations.csv',
        'Identifiant;Nom;Taille\r\na;A;Moyenne entreprise\r\nb;B;Petite entreprise\r\nc;C;Très petite entreprise\r\nd;D;Entreprise de taille intermédiaire\r\ne;E;Grand groupe\r\n',
      ),
    ],
    { publisher: { id: 'p', name: 'P' } },
  );
  const organisations = (imported.feed as { organisations: Array<{ size?: string }> }).organisations;
  assert.deepEqual(
    organisations.map((organisation) => organisation.size),
    ['sme', 'sme', 'micro', 'mid-cap', 'large'],
  );
  assert.equal(imported.problems.filter((problem) => problem.code === 'unknown-value').length, 0);
});

test('grappe validate says a period that ends before it starts, at its end, in both languages; a year and a day of it are no such period', () => {
  const feed = {
    format: 'grappe-feed',
    version: '1.1',
    publisher: { id: 'p', name: 'P' },
    clusters: [{ id: 'viameca', name: 'Viaméca', projects: [{ id: 'x', name: 'X', start: 2012, end: '2012-05-03' }] }],
    organisations: [{ id: 'cetim', name: 'Cetim' }],
    memberships: [{ cluster: 'viameca', organisation: 'cetim', since: '2005-07-12', until: '2004-12' }],
  };
  const result = validateFeed(feed);
  const found = result.problems.filter((problem) => problem.code === 'ends-before-start');
  assert.deepEqual(
    found.map((problem) => [problem.severity, problem.path.join('.')]),
    [['warning', 'memberships.0.until']],
  );
  assert.equal(result.feed!.memberships!.length, 1); // kept
  assert.equal(
    describeFeedProblemAt(null, found[0]!, 'en'),
    '$.memberships[0].until: Ends (2004-12) before it starts (2005-07-12).',
  );
  assert.equal(
    describeFeedProblemAt(null, found[0]!, 'fr'),
    '$.memberships[0].until: Finit (2004-12) avant de commencer (2005-07-12).',
  );
});
