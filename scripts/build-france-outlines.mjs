#!/usr/bin/env node
// Derives the map's built-in French outlines (régions and départements) from the france-geojson
// files in ../shared/data/france (IGN / INSEE Admin Express COG, Licence Ouverte 2.0), as one
// TopoJSON file with shared borders, simplified so that both levels stay identical where they
// meet. Run by hand when the source changes; its output, assets/basemap/france.json, is
// committed with its licence (assets/basemap/LICENCE-france.md). Usage:
//   node scripts/build-france-outlines.mjs [path/to/shared/data/france]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '../shared/data/france');
const read = (name) => JSON.parse(readFileSync(join(source, name), 'utf8'));

/** Only the code and the name of each feature are kept. */
const slim = (collection) => ({
  type: 'FeatureCollection',
  features: collection.features.map((feature) => ({
    type: 'Feature',
    properties: { code: String(feature.properties.code), name: feature.properties.nom },
    geometry: feature.geometry,
  })),
});

const regions = slim(read('regions-version-simplifiee.geojson'));
const departements = slim(read('departements-version-simplifiee.geojson'));
// 1e5 quantisation (about 10 m in France), then Visvalingam simplification on the shared arcs:
// the 2 % least significant points go, which keeps départements recognisable at zoom 9.
let outlines = topology({ regions, departements }, 1e5);
outlines = presimplify(outlines);
outlines = simplify(outlines, quantile(outlines, 0.35));
for (const object of Object.values(outlines.objects)) {
  for (const geometry of object.geometries) geometry.id = geometry.properties.code;
}
outlines.metadata = {
  source: 'IGN / INSEE (Admin Express COG 2018), via france-geojson (gregoiredavid/france-geojson)',
  licence: 'Licence Ouverte 2.0 (Etalab)',
  derivedBy: 'scripts/build-france-outlines.mjs',
};
const out = join(root, 'assets/basemap/france.json');
writeFileSync(out, JSON.stringify(outlines));
console.log(
  `${out}: ${(readFileSync(out).length / 1024).toFixed(0)} KB, ${regions.features.length} régions, ${departements.features.length} départements`,
);
