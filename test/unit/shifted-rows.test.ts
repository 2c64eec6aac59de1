import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejoinedRow } from '../../src/csv/shifted-rows.js';
import { ORGANISATION_KIND, SIZE_CLASS } from '../../src/schema/vocabularies.js';

const COLUMNS = ['name', 'kind', 'size', 'street', 'postcode', 'city', 'email', 'siret'];
const VOCABULARIES = { kind: ORGANISATION_KIND, size: SIZE_CLASS };

test('a cell cut by a typed separator is put back where the cells after it fit their columns', () => {
  // A CRM export's row: « Dupont; Fils et Cie » cut in two moved every cell one column right.
  const cells = ['Dupont', ' Fils et Cie', 'Entreprise', 'PME', 'ZI Sud', '67100', 'Strasbourg', '', ''];
  assert.deepEqual(rejoinedRow(cells, COLUMNS, ';', VOCABULARIES), {
    cells: ['Dupont; Fils et Cie', 'Entreprise', 'PME', 'ZI Sud', '67100', 'Strasbourg', '', ''],
    position: 0,
    value: 'Dupont; Fils et Cie',
  });
  // Without the space, the cells' forms alone say where: the street is the one place that puts
  // the postcode, the e-mail and the SIRET under their columns.
  const street = ['Acme', 'Entreprise', 'PME', 'Bât. A', 'ZI Nord', '69001', 'Lyon', 'a@acme.fr', '35621456700014'];
  assert.equal(rejoinedRow(street, COLUMNS, ';', VOCABULARIES)?.value, 'Bât. A;ZI Nord');
  // A comma CSV is put back with its comma; two cuts in one cell with both.
  assert.equal(
    rejoinedRow(
      ['Dupont', ' Fils', ' Cie', 'Entreprise', 'PME', '', '67100', 'Metz', '', ''],
      COLUMNS,
      ',',
      VOCABULARIES,
    )?.value,
    'Dupont, Fils, Cie',
  );
});

test('a row is left as read when where it was cut is not clear, or when it is no wider than its columns', () => {
  // Every cell fits as read: a separator at the end of the row, not inside a cell.
  const trailing = ['Acme', 'Entreprise', 'PME', '1 rue A', '69001', 'Lyon', 'a@acme.fr', '35621456700014', ''];
  assert.equal(rejoinedRow(trailing, COLUMNS, ';', VOCABULARIES), null);
  // Two text columns side by side and no space: either could have held the separator.
  assert.equal(rejoinedRow(['Dupont', 'Fils', 'ZI Sud', 'x'], ['name', 'description', 'street'], ';'), null);
  assert.equal(rejoinedRow(['Acme', 'Entreprise'], ['name', 'kind'], ';', VOCABULARIES), null);
  // More than three cells too many is no typed separator.
  assert.equal(rejoinedRow(['a', ' b', ' c', ' d', ' e', 'f'], ['name', 'city'], ';'), null);
});

test('a wide row is weighed in time linear in its cells: each cell is checked against a column a few times, not once per place the cut may be', () => {
  // 500 columns: checking the whole row for each place made 250,000 checks a row (5.6 s for
  // 2,000 such rows), and a cell of 200,000 characters was read 500 times.
  const columns = Array.from({ length: 500 }, (_, at) => (at % 2 === 0 ? 'postcode' : 'email'));
  const cells = Array.from({ length: 501 }, (_, at) => (at % 2 === 0 ? '42000' : 'a@b.fr'));
  let checks = 0;
  const counting = new Proxy({} as Record<string, never>, {
    get: () => {
      checks += 1;
      return undefined;
    },
  });
  rejoinedRow(cells, columns, ';', counting);
  assert.ok(checks <= 4 * cells.length, `${checks} checks for ${cells.length} cells`);
});
