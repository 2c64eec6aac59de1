#!/usr/bin/env node
// What the page's main thread does in its long tasks while the explorer loads a generated feed:
// a Chromium trace of the bench's Grappe page, each task over 40 ms with what ran in it (script
// functions mapped back to the source through the embed's source map). The "longest task" of
// `npm run bench`, explained. Needs `npm run build` and the bench's feeds (`npm run bench` once).
//
//   node bench/long-tasks.mjs [organisations = 100000]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { ensureBrowsers } from '../scripts/ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const size = Number(process.argv[2] ?? 100_000);
const feed = join(root, `bench/feeds/feed-${size}.json`);
if (!existsSync(join(root, 'dist/grappe.embed.js.map')) || !existsSync(feed)) {
  console.error(`long-tasks: needs dist/ (npm run build) and ${feed} (npm run bench writes it).`);
  process.exit(2);
}
const sourceMap = new SourceMapConsumer(JSON.parse(readFileSync(join(root, 'dist/grappe.embed.js.map'), 'utf8')));

const PUBLIC = ['bench/pages', 'bench/feeds', 'dist'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const file = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (
    !PUBLIC.some((folder) => file.startsWith(join(root, folder) + sep)) ||
    !existsSync(file) ||
    !statSync(file).isFile()
  ) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const { chrome } = ensureBrowsers({ firefox: false });
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(
    `http://127.0.0.1:${server.address().port}/bench/pages/grappe.html?feed=/bench/feeds/feed-${size}.json`,
  );
  await page.waitForFunction(() => window.__bench?.done, { timeout: 120_000, polling: 50 });
  const painted = await page.evaluate(() => window.__bench.interactive);
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;

  const threadNames = new Map(
    events
      .filter((event) => event.name === 'thread_name')
      .map((event) => [`${event.pid}:${event.tid}`, event.args.name]),
  );
  const pagePid = events.find(
    (event) => event.name === 'EvaluateScript' && String(event.args?.data?.url ?? '').includes('grappe.embed'),
  )?.pid;
  const main = events.filter(
    (event) =>
      event.pid === pagePid && event.ph === 'X' && threadNames.get(`${event.pid}:${event.tid}`) === 'CrRendererMain',
  );
  const start = Math.min(...main.map((event) => event.ts));
  const where = (data) => {
    if (!data?.url) return data?.functionName ?? '';
    if (!data.url.includes('grappe.embed'))
      return `${data.functionName} ${data.url.split('/').pop()}:${data.lineNumber}`;
    const original = sourceMap.originalPositionFor({ line: data.lineNumber + 1, column: data.columnNumber ?? 0 });
    const source = (original.source ?? '').replace(/^.*?(src|components|node_modules)\//, '$1/');
    return `${original.name ?? data.functionName} ${source}:${original.line}`;
  };
  console.log(
    `${size.toLocaleString('en')} organisations: painted at ${Math.round(painted)} ms (under tracing, slower)`,
  );
  const tasks = main.filter((event) => event.name === 'RunTask' && event.dur > 40_000).sort((a, b) => b.dur - a.dur);
  for (const task of tasks.slice(0, 8)) {
    console.log(`\ntask of ${Math.round(task.dur / 1000)} ms at ${Math.round((task.ts - start) / 1000)} ms`);
    const inside = main.filter(
      (event) =>
        event !== task &&
        event.ts >= task.ts &&
        event.ts + event.dur <= task.ts + task.dur &&
        event.dur > 5000 &&
        !/GC|^V8\.|RunTask/.test(event.name),
    );
    for (const event of inside.slice(0, 10))
      console.log(`  ${String(Math.round(event.dur / 1000)).padStart(5)} ms  ${event.name} ${where(event.args?.data)}`);
  }
} finally {
  await browser.close();
  server.close();
}
