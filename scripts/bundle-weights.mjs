#!/usr/bin/env node
// What each part of a built bundle weighs: the characters of the minified file are given to the
// source each one comes from (through the bundle's source map), then grouped by package or by
// folder of ours. Gzip does not add up by part, so each part's gzip figure is its share of the
// minified file applied to the whole file's gzip size: an estimate, enough to see where to cut.
//
//   node scripts/bundle-weights.mjs [--files] [dist/grappe.embed.js …]   (after npm run build;
//   --files: by source file rather than by package and folder)
//
// `npm run bench` writes the table for the two embeds to bench/results/bundle-weights.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((character, value) => [character, value]));

/** The segments of one line of a source map's `mappings`: [generated column, source index]. */
function* segments(mappings) {
  let source = 0;
  let line = 0;
  for (const lineText of mappings.split(';')) {
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (segment === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const character of segment) {
        const digit = DIGIT.get(character);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      yield { line, column, source: fields.length > 1 ? source : -1 };
    }
    line += 1;
  }
}

/** Where a source belongs: its npm package, or our folder (`src/geo`, `components/grappe-map`). */
function partOf(source) {
  const path = source.replace(/\\/g, '/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = path.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const ours = path.match(/(?:^|\/)((?:src|components)\/[^/]+)\//);
  return ours ? ours[1] : path.replace(/^(\.\.\/)+/, '');
}

/** Minified characters and estimated gzip KB of each part of `file` (or of each source file), largest first. */
export function bundleWeights(file, { byFile = false } = {}) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at !== -1; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const weights = new Map();
  // What comes before the first mapping (the wrapper's opening) is the bundler's.
  let previous = { line: 0, column: 0, source: -1 };
  const give = (until) => {
    const from = lineStarts[previous.line] + previous.column;
    const source = previous.source >= 0 ? map.sources[previous.source] : null;
    const part = source === null ? '(bundler glue)' : byFile ? source.replace(/^(\.\.\/)+/, '') : partOf(source);
    weights.set(part, (weights.get(part) ?? 0) + Math.max(0, until - from));
  };
  for (const segment of segments(map.mappings)) {
    give(lineStarts[segment.line] + segment.column);
    previous = segment;
  }
  give(code.length);
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  return {
    gzipKb,
    parts: [...weights]
      .map(([part, characters]) => ({ part, characters, gzipKb: (gzipKb * characters) / code.length }))
      .sort((a, b) => b.characters - a.characters),
  };
}

/** A Markdown table of the weights of each file. */
export function weightsTable(files, options = {}) {
  const lines = [];
  for (const file of files) {
    const { gzipKb, parts } = bundleWeights(join(root, file), options);
    lines.push(`### ${file} (${gzipKb.toFixed(1)} KB gzip)`, '');
    lines.push('| part | minified KB | share | gzip KB (est.) |', '|---|---:|---:|---:|');
    const total = parts.reduce((sum, part) => sum + part.characters, 0);
    for (const part of parts.filter((entry) => entry.characters / total >= 0.003)) {
      lines.push(
        `| ${part.part} | ${(part.characters / 1024).toFixed(1)} | ${((100 * part.characters) / total).toFixed(1)} % | ${part.gzipKb.toFixed(1)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const byFile = process.argv.includes('--files');
  const files = process.argv.slice(2).filter((argument) => argument !== '--files');
  const table = weightsTable(files.length > 0 ? files : ['dist/grappe.embed.js', 'dist/grappe-directory.embed.js'], {
    byFile,
  });
  console.log(table);
  if (files.length === 0 && !byFile) writeFileSync(join(root, 'bench/results/bundle-weights.md'), `${table}\n`);
}

/**
 * What an npm entry (`grappe-directory.js`) weighs with the chunks it imports, each gzipped on
 * its own as a server sends them, in KB. Its dependencies (Lit, Leaflet, zod) are not counted:
 * the application shares them.
 */
export function npmEntryGzipKb(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    for (const match of code.matchAll(/from\s*['"](\.\/[^'"]+)['"]|import\s*['"](\.\/[^'"]+)['"]/g))
      visit(join(dirname(file), match[1] ?? match[2]).replace(/^\.\//, ''));
  };
  visit(entry);
  const bytes = [...seen].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}
