// What `npm publish` would ship, read from `npm pack --dry-run` against the build that npm test
// made first: the bundles, types, manifest, schema, the base map with its licences; never tests,
// stories or sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function packedFiles() {
  // --ignore-scripts: `prepack` would build again; npm test has just built.
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout)[0].files.map((file) => file.path);
}

test('npm pack ships the build, its types, manifest, schema and the shipped data’s licences, and nothing of the workshop', () => {
  const files = packedFiles();
  for (const wanted of [
    'dist/grappe.embed.js',
    'dist/grappe-directory.embed.js',
    'dist/index.js',
    'dist/react.js',
    'dist/types/src/index.d.ts',
    'dist/custom-elements.json',
    'dist/grappe-feed.schema.json',
    'schema/grappe-feed-1.schema.json',
    'dist/basemap/world-110m.json',
    'dist/basemap/world-50m.json',
    'dist/basemap/france.json',
    'dist/basemap/LICENCE-france.md',
    'dist/basemap/LICENCE-world-atlas.txt',
    'dist/locales/de.js',
    'dist/parts/details.js',
    'dist/parts/compare.js',
    'bin/grappe.js',
    'LICENSE',
    'CHANGELOG.md',
    'README.md',
  ]) {
    assert.ok(files.includes(wanted), `${wanted} is not shipped`);
  }
  // Every export of package.json points at a shipped file.
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(files.includes(path.replace(/^\.\//, '')), `export ${entry}: ${path} is not shipped`);
    }
  }
  const workshop = files.filter(
    (path) =>
      /(^|\/)(test|stories|bench|scripts|examples|node_modules)\//.test(path) ||
      /\.(test|stories)\.|\.ts$/.test(path.replace(/\.d\.ts$/, '')),
  );
  assert.deepEqual(workshop, []);
  // NUTS boundaries may not be redistributed (non-commercial licence).
  assert.deepEqual(
    files.filter((path) => /nuts/i.test(path)),
    [],
  );
});

test('React and @lit/react are optional peers, only for grappe/react; the engines say which node runs the CLI', () => {
  assert.ok(!('@lit/react' in pkg.dependencies) && !('react' in pkg.dependencies));
  assert.equal(pkg.peerDependenciesMeta['@lit/react'].optional, true);
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
  assert.match(pkg.engines.node, /^>=\d+/);
  assert.ok(pkg.scripts.prepack.includes('build'));
});
