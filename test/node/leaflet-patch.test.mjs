// The build-time patch that lets Leaflet load under Trusted Types (scripts/leaflet-trusted-types.mjs)
// must fail loudly, not silently stop applying, when Leaflet changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  installedLeafletVersion,
  patchLeafletSource,
  PATCHED_LEAFLET_VERSION,
} from '../../scripts/leaflet-trusted-types.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

test('the patch is written for the installed Leaflet and applies exactly once', () => {
  assert.equal(installedLeafletVersion(), PATCHED_LEAFLET_VERSION);
  const source = readFileSync(require.resolve('leaflet/dist/leaflet-src.esm.js'), 'utf8');
  const patched = patchLeafletSource(source);
  assert.ok(!patched.includes("div.innerHTML = '<svg/>'"));
  assert.throws(() => patchLeafletSource(patched), /not found exactly once/);
  assert.throws(() => patchLeafletSource(source + source), /not found exactly once/);
});

test('the full embed carries no innerHTML assignment that runs at import', () => {
  const embed = readFileSync(join(root, 'dist/grappe.embed.js'), 'utf8');
  assert.ok(!embed.includes('innerHTML="<svg/>"'), 'the inline-SVG test is gone from the bundle');
});
