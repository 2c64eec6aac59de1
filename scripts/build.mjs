#!/usr/bin/env node
// npm run build: Leaflet's CSS module, rollup (npm modules, embed bundles, CLI), declarations,
// the custom-elements manifest and the feed's JSON Schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
const started = Date.now();

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, [join(root, 'scripts/build-basemap.mjs')]);
run(process.execPath, [join(root, 'scripts/generate-leaflet-styles.mjs')]);
run(bin('rollup'), ['-c', '--silent']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.js', '--quiet']);
copyFileSync(join(root, 'custom-elements.json'), join(root, 'dist/custom-elements.json'));

// The JSON Schema comes from the zod schema through the built core.
const { feedJsonSchema } = await import(join(root, 'dist/index.js'));
const schemaText = `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
writeFileSync(join(root, 'dist/grappe-feed.schema.json'), schemaText);
mkdirSync(join(root, 'schema'), { recursive: true });
const committed = join(root, 'schema/grappe-feed-1.schema.json');
let previous = '';
try {
  previous = readFileSync(committed, 'utf8');
} catch {
  // No committed schema yet: it is written below.
}
if (previous !== schemaText) {
  writeFileSync(committed, schemaText);
  console.log('schema/grappe-feed-1.schema.json updated: commit it.');
}
run(process.execPath, [join(root, 'scripts/generate-vocabulary-docs.mjs')]);
run(process.execPath, [join(root, 'scripts/generate-reference.mjs')]);
console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
