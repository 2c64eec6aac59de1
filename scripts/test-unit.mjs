#!/usr/bin/env node
// npm run test:unit: the framework-free core's tests (test/unit/*.test.ts), compiled by esbuild
// in a fraction of a second and run by node's own test runner, with no browser and no build.
// Arguments pass through to `node --test` (`--test-reporter=tap`, `--test-name-pattern=…`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'test/unit');
const out = join(root, '.cache/unit');
const files = readdirSync(source)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join(source, name));
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: files,
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies load from node_modules as they are; only the project's TypeScript is compiled.
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const compiled = readdirSync(out)
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => join(out, name));
const result = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...compiled], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
