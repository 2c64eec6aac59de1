#!/usr/bin/env node
// The `grappe` command: validate, import, export, schema, stats. Its code is built into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('grappe: dist/cli.js is missing; run `npm run build` in the grappe package first.');
  process.exit(2);
}
await import(cli.href);
