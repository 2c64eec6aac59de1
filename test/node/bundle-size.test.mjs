// The script-tag bundles' sizes (deterministic, so tested here; timings live in `npm run bench`).
// Each must stay under its ceiling in bench/budgets.json: a change that makes a bundle grow fails
// the tests. The ceilings come down towards the budgets of issue 17 as the bundles shrink.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { bundles } = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));

for (const [file, { budget, ceiling }] of Object.entries(bundles)) {
  test(`${file} stays under its ceiling of ${ceiling} KB gzip (budget ${budget} KB)`, (context) => {
    const path = join(root, 'dist', file);
    if (!existsSync(path)) {
      context.skip('dist/ is not built (npm test builds it first)');
      return;
    }
    const kb = gzipSync(readFileSync(path), { level: 9 }).length / 1024;
    assert.ok(kb <= ceiling, `${file} is ${kb.toFixed(1)} KB gzip, over its ceiling of ${ceiling} KB`);
    assert.ok(ceiling >= budget, 'a ceiling below the budget: the budget is met, make the ceiling the budget');
    context.diagnostic(`${file}: ${kb.toFixed(1)} KB gzip (ceiling ${ceiling}, budget ${budget})`);
  });
}

test('the npm grappe-directory.js, with the chunks it imports, stays under the 40 KB gzip of the first speed issue', async (context) => {
  if (!existsSync(join(root, 'dist/grappe-directory.js'))) {
    context.skip('dist/ is not built (npm test builds it first)');
    return;
  }
  const { npmEntryGzipKb } = await import('../../scripts/bundle-weights.mjs');
  const kb = npmEntryGzipKb('grappe-directory.js');
  assert.ok(kb <= 40, `grappe-directory.js and its chunks are ${kb.toFixed(2)} KB gzip, over 40`);
  context.diagnostic(`grappe-directory.js with its chunks: ${kb.toFixed(2)} KB gzip`);
});

test('the script-tag bundles carry English only: French and the others load from locales/ beside them', (context) => {
  const french = readFileSync(join(root, 'src/i18n/locales/fr.ts'), 'utf8');
  // A sentence only the French catalogue has.
  assert.ok(french.includes('Rechercher un cluster'));
  for (const file of ['grappe.embed.js', 'grappe-directory.embed.js']) {
    const path = join(root, 'dist', file);
    if (!existsSync(path)) {
      context.skip('dist/ is not built (npm test builds it first)');
      return;
    }
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes('Search clusters'), `${file} lacks the English texts`);
    assert.ok(!text.includes('Rechercher un cluster'), `${file} carries the French texts`);
  }
  assert.ok(readFileSync(join(root, 'dist/locales/fr.js'), 'utf8').includes('Rechercher un cluster'));
});

test('the script-tag bundles are ASCII: they run on a page that does not say its encoding', (context) => {
  for (const file of ['grappe.embed.js', 'grappe-directory.embed.js', 'grappe-publisher.embed.js']) {
    const path = join(root, 'dist', file);
    if (!existsSync(path)) {
      context.skip('dist/ is not built (npm test builds it first)');
      return;
    }
    const bytes = readFileSync(path);
    const at = bytes.findIndex((byte) => byte > 0x7f);
    assert.equal(at, -1, `${file} has a non-ASCII byte at ${at}: a windows-1252 page would misread it`);
  }
});

test('the weights by part account for every character of the embeds, Leaflet only in the full one', async (context) => {
  const { bundleWeights } = await import('../../scripts/bundle-weights.mjs');
  for (const file of ['grappe.embed.js', 'grappe-directory.embed.js']) {
    const path = join(root, 'dist', file);
    if (!existsSync(`${path}.map`)) {
      context.skip('dist/ is not built (npm test builds it first)');
      return;
    }
    const { parts } = bundleWeights(path);
    const total = parts.reduce((sum, part) => sum + part.characters, 0);
    assert.equal(total, readFileSync(path, 'utf8').length);
    const names = parts.map((part) => part.part);
    assert.ok(names.includes('lit-html') && names.includes('src/model'), names.join(' '));
    assert.equal(names.includes('leaflet'), file === 'grappe.embed.js', `${file}: ${names.join(' ')}`);
  }
});
