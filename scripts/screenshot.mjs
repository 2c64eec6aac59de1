#!/usr/bin/env node
// Takes the README's screenshot: the demo, as served by `npm start`, in headless Chromium.
// Run after `npm run build`: node scripts/screenshot.mjs [out.png]
import puppeteer from 'puppeteer-core';
import { createDemoServer } from './serve-demo.mjs';
import { ensureBrowsers } from './ensure-browser.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const { chrome } = ensureBrowsers({ firefox: false });
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1360, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/examples/?lang=en#cluster=eco-energies`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('grappe-explorer')?.visibleClusters?.length > 0);
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
