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
import { cutUnusedLeaflet, NAMES_CUT } from '../../scripts/leaflet-unused.mjs';

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

test('the unused parts of Leaflet are cut out exactly, and nothing left uses them', () => {
  const source = patchLeafletSource(readFileSync(require.resolve('leaflet/dist/leaflet-src.esm.js'), 'utf8'));
  const cut = cutUnusedLeaflet(source);
  assert.ok(cut.length < source.length - 30_000, `${source.length} → ${cut.length}`);
  // Leaflet's doc comments keep their examples (`var circle = L.circle(…)`): code only.
  const code = cut.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const name of NAMES_CUT) assert.ok(!new RegExp(`var ${name} =|function ${name}\\(`).test(code), name);
  // What Grappe's map uses is still there and exported.
  for (const name of [
    'Map',
    'Marker',
    'DivIcon',
    'GeoJSON',
    'TileLayer',
    'Popup',
    'Tooltip',
    'CircleMarker',
    'Control',
  ])
    assert.match(cut.slice(cut.lastIndexOf('export {')), new RegExp(`\\b${name}\\b`), name);
  assert.throws(() => cutUnusedLeaflet(cut), /not found exactly once/, 'a second cut fails loudly');
  assert.throws(
    () => cutUnusedLeaflet(source.replace('var Layers = Control.extend({', 'var Layers = Control.extend( {')),
    /not found exactly once/,
  );
});

test('the full embed carries none of the cut parts', () => {
  const embed = readFileSync(join(root, 'dist/grappe.embed.js'), 'utf8');
  for (const text of [
    'leaflet-control-layers',
    'leaflet-control-scale',
    'leaflet-attribution-flag',
    'GetMap',
    'urn:schemas-microsoft-com:vml',
    '_redrawBounds',
    'toGeoJSON',
    'locationfound',
    '_isTapValid',
    'boxzoomend',
  ])
    assert.ok(!embed.includes(text), text);
});
