// House rules that a reviewer would otherwise have to remember, checked on the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(folder) {
  const out = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.includes('.generated.')) out.push(path);
  }
  return out;
}
const files = [...sources(join(root, 'src')), ...sources(join(root, 'components'))];

// Lit launders unsafeHTML/unsafeSVG/unsafeStatic through its own Trusted Types policy, so the
// browser would not catch them; styleMap and style=${…} write style attributes that a strict
// CSP blocks; string-to-HTML sinks are where feed text would become markup.
const BANNED = [
  [/\bunsafeHTML\b/, 'unsafeHTML'],
  [/\bunsafeSVG\b/, 'unsafeSVG'],
  [/\bunsafeStatic\b/, 'unsafeStatic'],
  [/\bstyleMap\b/, 'styleMap'],
  [/\bstyle=\$\{/, 'a style attribute bound by Lit'],
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML/, 'an HTML string sink'],
  [/\bnew Function\b|\beval\(/, 'eval'],
  [/document\.write/, 'document.write'],
  [/bindPopup\(\s*[`'"]|bindTooltip\(\s*[`'"]|html:\s*[`'"]/, 'a Leaflet HTML string'],
  [/setAttribute\(\s*['"]style['"]/, 'a style attribute'],
];

test('no HTML-string sink, unsafe directive, style attribute or eval in src/ and components/', () => {
  const found = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, number) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const [pattern, name] of BANNED)
        if (pattern.test(line)) found.push(`${relative(root, file)}:${number + 1}: ${name}`);
    });
  }
  assert.deepEqual(found, []);
});

test('unsafeCSS only ever wraps stylesheets fixed at build time', () => {
  const uses = files.filter((file) => readFileSync(file, 'utf8').includes('unsafeCSS'));
  assert.deepEqual(
    uses.map((file) => relative(root, file)),
    [],
  );
});

test('every href in the elements comes from the URL sanitiser', () => {
  const offenders = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*)/.test(line))
      .join('\n');
    for (const match of text.matchAll(/href=\$\{([^}]*)\}/g)) {
      if (!/safe\.href/.test(match[1])) offenders.push(`${relative(root, file)}: href=\${${match[1]}}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('the element entry points do not pull Leaflet, except the map, the explorer and the embed', () => {
  const graph = (entry, seen = new Set()) => {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    const text = readFileSync(entry, 'utf8');
    for (const match of text.matchAll(/from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) graph(join(dirname(entry), specifier), seen);
      else seen.add(specifier);
    }
    return seen;
  };
  for (const name of ['data', 'directory', 'cluster', 'members', 'organisation', 'filters', 'legend']) {
    const modules = graph(join(root, 'dist', `grappe-${name}.js`));
    assert.ok(
      ![...modules].some((module) => module === 'leaflet' || module.startsWith('leaflet/')),
      `grappe-${name} imports Leaflet`,
    );
  }
  assert.ok(graph(join(root, 'dist', 'grappe-map.js')).has('leaflet'));
});

test('the publishers’ guide lists the vocabularies of the code (FORMAT.md, FORMAT.fr.md)', () => {
  const result = spawnSync(process.execPath, [join(root, 'scripts/generate-vocabulary-docs.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('docs/REFERENCE.md is the one the manifest gives', () => {
  const result = spawnSync(process.execPath, [join(root, 'scripts/generate-reference.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

// The layers of ARCHITECTURE.md: a folder of src/ imports only from folders listed before it
// (or from itself); components import from src/ and, for the explorer, from other elements.
const LAYERS = [
  'schema',
  'text',
  'validate',
  'load',
  'csv',
  'i18n',
  'model',
  'geo',
  'filter',
  'state',
  'export',
  'events',
  'styles',
  'internal',
];
const areaOf = (path) => {
  const parts = relative(root, path).split(/[\\/]/);
  if (parts[0] === 'components') return 'components';
  return parts.length > 2 && parts[1] !== 'cli' ? parts[1] : 'entry';
};
const rank = (area) =>
  area === 'components' ? LAYERS.length : area === 'entry' ? LAYERS.length + 1 : LAYERS.indexOf(area);

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((match) => match[1]);
}

test('every module imports only from its own layer or the layers below (ARCHITECTURE.md)', () => {
  const offenders = [];
  for (const file of files) {
    const area = areaOf(file);
    assert.ok(rank(area) >= 0, `${relative(root, file)}: a folder ARCHITECTURE.md does not list`);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = join(dirname(file), specifier);
        const targetArea = areaOf(target);
        if (targetArea !== area && rank(targetArea) > rank(area))
          offenders.push(`${relative(root, file)} → ${relative(root, target)}`);
        // An element may render another through its registration module; only the explorer,
        // which composes them all, reaches into their classes.
        const otherElement =
          targetArea === 'components' &&
          relative(root, target).split(/[\\/]/)[1] !== relative(root, file).split(/[\\/]/)[1];
        if (
          area === 'components' &&
          otherElement &&
          !/^grappe-/.test(target.split(/[\\/]/).pop()) &&
          !relative(root, file).startsWith(join('components', 'grappe-explorer'))
        ) {
          offenders.push(`${relative(root, file)} → ${relative(root, target)}`);
        }
      } else {
        const lit = /^(lit|@lit\/|lit\/)/.test(specifier);
        const leaflet = specifier === 'leaflet' || specifier.startsWith('leaflet/');
        const rel = relative(root, file);
        if (
          lit &&
          !(area === 'components' || area === 'internal' || area === 'styles' || rel === join('src', 'react.ts'))
        )
          offenders.push(`${rel} imports ${specifier}`);
        if (leaflet && !rel.startsWith(join('components', 'grappe-map'))) offenders.push(`${rel} imports ${specifier}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

test('ARCHITECTURE.md names only folders and files that exist, and every src/ folder', () => {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const named = new Set(
    [...text.matchAll(/`((?:src|components|test|scripts|dist)\/[\w./*-]*|[\w-]+\.(?:ts|mjs))`/g)].map(
      (match) => match[1],
    ),
  );
  const missing = [];
  for (const name of named) {
    if (name.startsWith('dist/') || name.includes('*')) continue;
    const candidates = name.includes('/') ? [join(root, name)] : files.filter((file) => file.endsWith(`/${name}`));
    if (
      !candidates.length ||
      !candidates.some((path) => {
        try {
          statSync(path);
          return true;
        } catch {
          return false;
        }
      })
    )
      missing.push(name);
  }
  assert.deepEqual(missing, []);
  for (const folder of readdirSync(join(root, 'src'))) {
    if (statSync(join(root, 'src', folder)).isDirectory())
      assert.ok(text.includes(`src/${folder}/`), `ARCHITECTURE.md does not describe src/${folder}/`);
  }
  for (const layer of LAYERS) assert.ok(text.includes(`src/${layer}/`), `src/${layer}/ missing`);
});

test('no source file in src/ or components/ is over 450 lines (a newcomer reads each in one sitting)', () => {
  const long = files
    .map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length])
    .filter(([, lines]) => lines > 450);
  assert.deepEqual(long, []);
});

test('every element folder has the same shape: component, styles, registration, and its own test file', () => {
  const missing = [];
  for (const folder of readdirSync(join(root, 'components'))) {
    const name = folder.replace(/^grappe-/, '');
    for (const file of [
      `components/${folder}/${name}.component.ts`,
      `components/${folder}/${name}.styles.ts`,
      `components/${folder}/${folder}.ts`,
      `test/components/${name}.test.ts`,
    ]) {
      try {
        statSync(join(root, file));
      } catch {
        missing.push(file);
      }
    }
  }
  assert.deepEqual(missing, []);
});

// Modules the node tests reach only through others, or that need a browser: each with why.
const UNIT_TEST_EXCEPTIONS = new Map([
  ['src/load/asset-base.ts', 'rewritten per output by the build; tested by the embed under CSP'],
  ['src/load/feed-worker-loader.ts', 'one dynamic import, rewritten by the build; tested through feed-reader.ts'],
  ['src/load/prepare-feed-reading.ts', 'one call at import; tested by the embeds in the browser (csp.test.ts)'],
  ['src/load/feed-load-error.ts', 'the error class and types; tested through load-feed.ts'],
  ['src/validate/yield-to-page.ts', 'tested through validate-feed.ts and organisation-tables.ts'],
  ['src/geo/placement-types.ts', 'types and constants only'],
  ['src/state/store-types.ts', 'types only'],
  ['src/csv/csv-columns.ts', 'tested through csv-tables.ts'],
  ['src/csv/cross-row-checks.ts', 'tested through spreadsheet-import.ts'],
  ['src/csv/row-references.ts', 'tested through spreadsheet-import.ts'],
  ['src/csv/import-problem.ts', 'types only'],
  ['src/csv/feed-table.ts', 'tested through spreadsheet-import.ts'],
  ['src/csv/workbook-limits.ts', 'two constants; tested through workbook.ts and opendocument.ts'],
  ['src/validate/problem-collector.ts', 'tested through validate-feed.ts'],
  ['src/validate/semantic-checks.ts', 'tested through validate-feed.ts'],
  ['src/validate/reference-lists.ts', 'tested through validate-feed.ts'],
  ['src/validate/zod-issues.ts', 'tested through validate-feed.ts'],
  ['src/validate/problems.ts', 'types and the path formatter, tested through describeProblemWithPath'],
  ['src/i18n/bundled-locales.ts', 'replaced in the embeds; tested through i18n/index.ts'],
  ['src/i18n/translation.ts', 'the catalogue type'],
  ['src/i18n/publishing-messages.ts', 'the publishers’ catalogue type'],
  ['src/i18n/publishing-fr.ts', 'the French catalogue; tested through publishing.ts'],
  ['src/i18n/publishing-en.ts', 'the English catalogue; tested through publishing.ts'],
  ['src/i18n/publishing-words.ts', 'two helpers of the catalogues; tested through publishing.ts'],
]);

test('every module of the core has a node test that imports it (npm run test:unit)', () => {
  const unitTests = readdirSync(join(root, 'test/unit'))
    .map((name) => readFileSync(join(root, 'test/unit', name), 'utf8'))
    .join('\n');
  const untested = sources(join(root, 'src'))
    .map((file) => relative(root, file).split(/[\\/]/).join('/'))
    // Lit plumbing, stylesheets, DOM events, catalogues, the command line and entry points are tested in the browser or by test/node.
    .filter((path) => !/^src\/(internal|styles|events|cli|i18n\/locales)\//.test(path) && path.split('/').length > 2)
    .filter((path) => !UNIT_TEST_EXCEPTIONS.has(path))
    .filter((path) => !unitTests.includes(`/${path.replace(/\.ts$/, '.js')}'`));
  assert.deepEqual(untested, []);
});

test('no feed-sized list is spread into a call’s arguments (Math.max(...), push(...)): past ~100,000 items it throws', () => {
  const found = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, number) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        if (
          /Math\.(max|min)\(\.\.\.|\.push\(\.\.\.|fromCharCode\(\.\.\.|\.unshift\(\.\.\./.test(line) &&
          !/\/cli\//.test(file)
        )
          found.push(`${relative(root, file)}:${number + 1}`);
      });
  }
  assert.deepEqual(found, []);
});
