#!/usr/bin/env node
// What each module weighs in the built script-tag bundles: the source map attributes every
// minified byte to the file it came from. Printed as a table and written to
// bench/results/bundle-sizes.md. Gzip is measured on the whole file; a group's gzip figure is its
// share of the minified bytes applied to that total (an estimate, as compression is not additive).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Groups a source path: a package name, or the first two folders of ours. */
function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  const inModules = path.split('node_modules/');
  if (inModules.length > 1) {
    const parts = inModules[inModules.length - 1].split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/${parts[2].replace(/\.ts$/, '')}` : path;
}

function weigh(file) {
  const code = readFileSync(join(root, 'dist', file), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(root, 'dist', `${file}.map`), 'utf8')));
  const lines = code.split('\n');
  const bytes = new Map();
  let previous = null;
  map.eachMapping((m) => {
    if (previous && previous.generatedLine === m.generatedLine) {
      const key = previous.source ? groupOf(previous.source) : '(bundle glue)';
      bytes.set(key, (bytes.get(key) ?? 0) + (m.generatedColumn - previous.generatedColumn));
    } else if (previous) {
      const key = previous.source ? groupOf(previous.source) : '(bundle glue)';
      bytes.set(key, (bytes.get(key) ?? 0) + (lines[previous.generatedLine - 1].length - previous.generatedColumn));
    }
    previous = m;
  });
  const total = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  return { file, total, gzip, groups: [...bytes].sort((a, b) => b[1] - a[1]) };
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['grappe.embed.js', 'grappe-directory.embed.js', 'parts/details.js', 'parts/compare.js', 'worker/feed-worker.js'];
let report =
  '# What each module weighs in the script-tag bundles\n\nWritten by `node scripts/bundle-sizes.mjs` (also run by `npm run bench`).\n';
for (const file of files) {
  const { total, gzip, groups } = weigh(file);
  report += `\n## ${file}: ${(total / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip\n\n| module | minified KB | ≈ gzip KB |\n|---|---:|---:|\n`;
  for (const [name, size] of groups) {
    if (size < 200) continue;
    report += `| ${name} | ${(size / 1024).toFixed(1)} | ${(((size / total) * gzip) / 1024).toFixed(1)} |\n`;
  }
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/bundle-sizes.md'), report);
console.log(report);
