// The React components of `grappe/react`, as a React application bundles them: props reach the
// element, Grappe's events reach `onGrappe…` callbacks. Bundled with esbuild (React ships
// CommonJS) and run in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { ensureBrowsers } from '../../scripts/ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

test('a React app renders <GrappeExplorer> and receives its events', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'grappe-react-'));
  writeFileSync(
    join(dir, 'app.jsx'),
    `import { createRoot } from 'react-dom/client';
     import { useState } from 'react';
     import { GrappeExplorer } from '${join(root, 'dist/react.js')}';
     function App() {
       const [selected, setSelected] = useState('none');
       return (<div>
         <p id="selected">{selected}</p>
         <GrappeExplorer src="/feed.json" lang="en" onGrappeSelect={(event) => setSelected(event.detail.clusterId ?? 'none')}
           onGrappeLoad={(event) => { window.__loaded = event.detail.counts.clusters; }} />
       </div>);
     }
     createRoot(document.getElementById('root')).render(<App />);`,
  );
  const bundle = await build({
    entryPoints: [join(dir, 'app.jsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    nodePaths: [join(root, 'node_modules')],
    alias: { leaflet: join(root, 'node_modules/leaflet/dist/leaflet-src.esm.js') },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0].text;
  const feed = readFileSync(join(root, 'examples/clusters-france.json'));
  const server = createServer((request, response) => {
    if (request.url === '/app.js') response.end(script);
    else if (request.url === '/feed.json') response.end(feed);
    else response.end('<!doctype html><html><body><div id="root"></div><script src="/app.js"></script></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chrome } = ensureBrowsers({ firefox: false });
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__loaded > 0, { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.__loaded), 32);
    await page.evaluate(() => document.querySelector('grappe-explorer').select('viameca'));
    await page.waitForFunction(() => document.getElementById('selected').textContent === 'viameca', { timeout: 5000 });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
