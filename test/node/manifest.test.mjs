// The custom-elements manifest (built by npm run build) says what the code does: the explorer's
// options, declared once in explorer-options.ts, are documented as their elements document them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = new Map();
for (const module of manifest.modules)
  for (const declaration of module.declarations ?? [])
    if (declaration.customElement) elements.set(declaration.tagName, declaration);
const same = (text) => (text ?? '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

test('every element of components/ is in the manifest, with a tag name', () => {
  assert.deepEqual([...elements.keys()].sort(), [
    'grappe-cluster',
    'grappe-compare',
    'grappe-data',
    'grappe-directory',
    'grappe-explorer',
    'grappe-filters',
    'grappe-legend',
    'grappe-map',
    'grappe-members',
    'grappe-organisation',
  ]);
});

test('the explorer documents each forwarded option as the element that receives it does', () => {
  const explorer = elements.get('grappe-explorer');
  const forwarded = explorer.attributes.filter((attribute) => /\(Passed to /.test(attribute.description ?? ''));
  assert.ok(forwarded.length >= 17, `only ${forwarded.length} forwarded options documented`);
  const drift = [];
  for (const attribute of forwarded) {
    const [, first] = attribute.description.match(/\(Passed to <(grappe-[a-z]+)>/);
    const target = elements.get(first).attributes.find((candidate) => candidate.name === attribute.name);
    if (!target) drift.push(`${attribute.name}: not an attribute of <${first}>`);
    else if (same(target.description) !== same(attribute.description.replace(/ \(Passed to .*\)$/, '')))
      drift.push(`${attribute.name}: «${attribute.description}» vs «${target.description}»`);
  }
  assert.deepEqual(drift, []);
});
