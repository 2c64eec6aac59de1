#!/usr/bin/env node
// The built-in base map's assets, written to dist/basemap/ by the build and loaded by the map
// on demand, next to the script (never inlined into a bundle):
// - world-110m.json, world-50m.json: Natural Earth land and countries from the npm package
//   world-atlas (public domain), each country tagged with its ISO 3166-1 alpha-2 code (the
//   package's ids are numeric codes) so that feeds' `ISO-3166-1` territories find their outline;
// - france.json: régions and départements (see scripts/build-france-outlines.mjs), with its
//   licence file.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const out = join(root, 'dist/basemap');
mkdirSync(out, { recursive: true });

/** Natural Earth shapes without an ISO numeric code in world-atlas, by name. */
const UNCODED = { Kosovo: 'XK', 'N. Cyprus': '', Somaliland: '' };

for (const resolution of ['110m', '50m']) {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
  for (const geometry of topology.objects.countries.geometries) {
    const name = geometry.properties?.name ?? '';
    const alpha2 = geometry.id !== undefined ? countries.numericToAlpha2(geometry.id) : UNCODED[name];
    geometry.properties = { name, ...(alpha2 ? { a2: alpha2 } : {}) };
  }
  writeFileSync(join(out, `world-${resolution}.json`), JSON.stringify(topology));
}
copyFileSync(join(root, 'assets/basemap/france.json'), join(out, 'france.json'));
copyFileSync(join(root, 'assets/basemap/LICENCE-france.md'), join(out, 'LICENCE-france.md'));
copyFileSync(require.resolve('world-atlas/LICENSE'), join(out, 'LICENCE-world-atlas.txt'));
writeFileSync(
  join(out, 'README.md'),
  `# Grappe base map data\n\nLoaded by \`<grappe-map>\` on demand, relative to the script. Host this folder next to\n\`grappe.embed.js\` (or the npm modules).\n\n- \`world-110m.json\`, \`world-50m.json\`: Natural Earth (public domain), via the npm package world-atlas (ISC licence, see LICENCE-world-atlas.txt).\n- \`france.json\`: IGN / INSEE (Admin Express), via france-geojson, Licence Ouverte 2.0 (see LICENCE-france.md).\n`,
);
