// The way the brief says to look at the demo: headless Chromium with `--virtual-time-budget`,
// which waits for the page's own fetches but not for a worker's. The page must take the feed's
// work back from a silent worker (src/load/feed-reader.ts) and show the clusters all the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer } from '../../scripts/serve-demo.mjs';

const chromium = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

test('a screenshot with --virtual-time-budget shows the demo loaded, not « Chargement… »', async (context) => {
  if (!existsSync(join(import.meta.dirname, '../../dist/grappe.embed.js'))) {
    context.skip('dist/ is not built (npm test builds it first)');
    return;
  }
  if (!existsSync(chromium)) {
    context.skip(`no Chromium at ${chromium}`);
    return;
  }
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const folder = mkdtempSync(join(tmpdir(), 'grappe-vt-'));
  try {
    const url = `http://127.0.0.1:${server.address().port}/examples/index.html`;
    const log = await new Promise((resolve, reject) => {
      const child = spawn(chromium, [
        '--headless=new',
        '--no-sandbox',
        '--virtual-time-budget=8000',
        '--enable-logging=stderr',
        '--v=0',
        `--user-data-dir=${join(folder, 'profile')}`,
        `--screenshot=${join(folder, 'out.png')}`,
        '--window-size=1280,800',
        url,
      ]);
      let text = '';
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    // examples/demo.js writes every Grappe event to the console.
    assert.match(log, /CONSOLE[^\n]*"grappe-load /, 'the demo never loaded its feeds');
    assert.doesNotMatch(log, /CONSOLE[^\n]*"grappe-error /);
    assert.ok(existsSync(join(folder, 'out.png')));
  } finally {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
