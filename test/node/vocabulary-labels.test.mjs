// The vocabularies' French labels leave the English-only bundles and the worker, and travel in
// locales/fr.js instead (scripts/vocabulary-labels.mjs): the split must be exact and complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { splitFrenchVocabularyLabels } from '../../scripts/vocabulary-labels.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const source = readFileSync(join(root, 'src/schema/vocabularies.ts'), 'utf8');

test('every French label of the vocabularies is read, and emptied in the copy for the bundles', () => {
  const { labels, stripped } = splitFrenchVocabularyLabels(source);
  assert.equal(labels['kind'], 'Type');
  assert.equal(labels['kind/pole-de-competitivite'], 'Pôle de compétitivité');
  assert.equal(labels['size-class/sme'], 'PME (10 à 249 salariés)');
  assert.ok(Object.keys(labels).length > 150, `${Object.keys(labels).length} labels`);
  // Labels French and English alike stay, in English; the French-only ones are gone.
  for (const french of ['Pôle de compétitivité', 'Système productif local (SPL)', 'Stade de maturité'])
    assert.ok(!stripped.includes(`'${french}'`) && !stripped.includes(`"${french}"`), french);
  assert.ok(stripped.includes("'Competitiveness cluster (pôle de compétitivité)'"));
  // Still valid TypeScript, with the same number of vocabulary() calls.
  const diagnostics = ts.transpileModule(stripped, { reportDiagnostics: true }).diagnostics ?? [];
  assert.deepEqual(diagnostics, []);
  assert.equal(stripped.split('vocabulary(').length, source.split('vocabulary(').length);
});

test('a vocabulary() call the step cannot read fails the build instead of keeping French', () => {
  assert.throws(
    () => splitFrenchVocabularyLabels("const X = vocabulary('x', { en: 'X' }, []);"),
    /without a literal id and French label/,
  );
  assert.throws(
    () => splitFrenchVocabularyLabels("const X = vocabulary('x', { fr: 'X', en: 'X' }, [[code, 'a', 'b']]);"),
    /not \[id, French, English\] literals/,
  );
  assert.throws(() => splitFrenchVocabularyLabels('const x = 1;'), /no vocabulary\(\) call/);
});

/** A built file's text with the script-tag bundles' `\u00e9` escapes (rollup.config.js, `asciiOnly`) read back. */
const builtText = (file) =>
  readFileSync(join(root, 'dist', file), 'utf8').replace(/\\(?:u([0-9a-f]{4})|x([0-9a-f]{2}))/gi, (_, long, short) =>
    String.fromCharCode(parseInt(long ?? short, 16)),
  );

test('the English-only bundles and the worker carry no French label; locales/fr.js and the publisher do', (context) => {
  if (!existsSync(join(root, 'dist/grappe.embed.js'))) return context.skip('needs dist/ (npm run build)');
  for (const file of [
    'grappe.embed.js',
    'grappe-directory.embed.js',
    'parts/details.js',
    'parts/compare.js',
    'worker/feed-worker.js',
  ]) {
    const text = builtText(file);
    assert.ok(!text.includes('Pôle de compétitivité'), `${file} carries French vocabulary labels`);
    // The parts use the bundle's vocabularies (scripts/lazy-parts.mjs): no labels of their own.
    if (!file.startsWith('parts/'))
      assert.ok(text.includes('Competitiveness cluster'), `${file} lost the English labels`);
  }
  const french = readFileSync(join(root, 'dist/locales/fr.js'), 'utf8');
  assert.ok(french.includes('vocabularyLabels') && french.includes('Pôle de compétitivité'));
  assert.ok(builtText('grappe-publisher.embed.js').includes('Pôle de compétitivité'));
});
