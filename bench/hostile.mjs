#!/usr/bin/env node
// The freezing inputs of issue 15, timed at this checkout and, with --before REV, at an older
// commit (checked out and built in a temporary worktree), side by side:
//
//   node bench/hostile.mjs [--before 12d7604 | --before-tree DIR] [--no-browser]
//
// --before-tree names a checkout already installed and built (an older commit may need packages
// this one dropped: install them there).
//
// "core": validate, index, filter and the details' e-mail link in node, each input in a child
// process with a time limit (a freeze shows as "over 60 s", a stack overflow as its error).
// "page": the full embed in headless Chromium, from navigation to the explorer showing the feed
// with the hostile cluster's details open, two frames painted (or "no answer" past the limit).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT_MS = 60_000;
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? args[beforeAt + 1] : undefined;
const treeAt = args.indexOf('--before-tree');
const beforeTree = treeAt >= 0 ? args[treeAt + 1] : undefined;
const inBrowser = !args.includes('--no-browser');

/** Each input: what it does to the sample feed, and the cluster whose details the page opens. */
const INPUTS = [
  {
    name: 'a cooperation repeating two clusters × 1,500',
    edit: (feed) => {
      const [a, b] = feed.clusters.map((cluster) => cluster.id);
      feed.cooperations = [{ id: 'c', clusters: Array.from({ length: 3000 }, (_, i) => (i % 2 ? b : a)) }];
    },
  },
  {
    name: 'an e-mail "a@" + 200,000 dots + " x"',
    edit: (feed) => {
      feed.clusters[0].contact = { email: `a@${'.'.repeat(200_000)} x` };
    },
  },
  {
    name: 'a taxonomy parent chain 5,000 deep',
    edit: (feed) => {
      const values = Array.from({ length: 5000 }, (_, i) => ({
        id: `v${i}`,
        label: `v${i}`,
        ...(i ? { parent: `v${i - 1}` } : {}),
      }));
      feed.taxonomies = [{ id: 'deep', label: 'Deep', values }];
      for (const cluster of feed.clusters) cluster.categories = { deep: 'v4999' };
    },
  },
  {
    name: 'a taxonomy parent cycle and a self-parent',
    edit: (feed) => {
      const values = [
        { id: 'a', label: 'a', parent: 'b' },
        { id: 'b', label: 'b', parent: 'a' },
        { id: 'c', label: 'c', parent: 'c' },
      ];
      feed.taxonomies = [{ id: 'loop', label: 'Loop', values }];
      for (const cluster of feed.clusters) cluster.categories = { loop: ['a', 'c'] };
    },
  },
  {
    name: '20,000 taxonomy values × 2,000 clusters',
    edit: (feed) => {
      const values = Array.from({ length: 20_000 }, (_, i) => ({
        id: `w${i}`,
        label: `w${i}`,
        ...(i ? { parent: `w${Math.floor(i / 2)}` } : {}),
      }));
      feed.taxonomies = [{ id: 'wide', label: 'Wide', values }];
      feed.clusters = Array.from({ length: 2000 }, (_, i) => ({
        id: `k${i}`,
        name: `K${i}`,
        kind: 'cluster',
        location: { type: 'Point', coordinates: [2 + (i % 50) / 10, 45 + Math.floor(i / 50) / 10] },
        categories: { wide: [`w${(i * 7) % 20_000}`, `w${(i * 13) % 20_000}`] },
      }));
      feed.memberships = [];
      feed.cooperations = [];
      feed.networks = [];
    },
  },
  {
    name: '200,000 values of one indicator (charts: no spread into Math.max)',
    edit: (feed) => {
      feed.clusters[0].indicators = Array.from({ length: 200_000 }, (_, i) => ({
        metric: 'jobs',
        year: 1 + (i % 3000),
        value: i,
      }));
    },
  },
  {
    name: 'a 1 MB name, 100,000 references to one territory',
    edit: (feed) => {
      feed.clusters[0].name = 'x'.repeat(1 << 20);
      feed.territories = [{ id: 't', name: 'T', kind: 'region' }];
      feed.clusters[0].territories = Array.from({ length: 100_000 }, () => 't');
    },
  },
];

const CORE_CHILD = `
import { readFileSync } from 'node:fs';
import { validateFeed, FeedIndex, filterClusters, sanitiseEmail } from './bundle.mjs';
const feed = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const started = performance.now();
try {
  const result = validateFeed(feed, { mode: 'lenient' });
  const index = new FeedIndex(result.feed);
  filterClusters(index, { query: '', facets: {} });
  for (const cluster of index.clusters) if (cluster.contact?.email) sanitiseEmail(cluster.contact.email);
  console.log(JSON.stringify({ ms: performance.now() - started }));
} catch (error) {
  console.log(JSON.stringify({ error: error.name }));
}
`;

/** Bundles the core of `checkout` into `out/bundle.mjs`. */
async function bundleCore(checkout, out) {
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'entry.ts'),
    [
      'validate/validate-feed.ts:validateFeed',
      'model/feed-index.ts:FeedIndex',
      'filter/cluster-filters.ts:filterClusters',
      'text/sanitise-url.ts:sanitiseEmail',
    ]
      .map((entry) => entry.split(':'))
      .map(([file, name]) => `export { ${name} } from '${checkout}/src/${file}';`)
      .join('\n'),
  );
  await build({
    entryPoints: [join(out, 'entry.ts')],
    outfile: join(out, 'bundle.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  writeFileSync(join(out, 'child.mjs'), CORE_CHILD);
}

function timeCore(out, feedFile) {
  const child = spawnSync(process.execPath, [join(out, 'child.mjs'), feedFile], {
    timeout: LIMIT_MS,
    encoding: 'utf8',
  });
  if (child.error?.code === 'ETIMEDOUT' || child.signal) return `over ${LIMIT_MS / 1000} s`;
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) return `crash (${child.stderr.trim().split('\n').at(-1)?.slice(0, 40)})`;
  const parsed = JSON.parse(line);
  return parsed.error ?? `${parsed.ms.toFixed(0)} ms`;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<script src="/dist/grappe.embed.js" defer></script></head>
<body><grappe-explorer lang="en" style="height:700px"></grappe-explorer></body></html>`;

/** Serves `checkout`'s dist/, the page and the feeds from 127.0.0.1. */
function serve(checkout, feeds) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    if (path.startsWith('/feed/'))
      return response.writeHead(200, { 'Content-Type': 'application/json' }).end(feeds[Number(path.slice(6))]);
    const file = normalize(join(checkout, path));
    if (!file.startsWith(join(checkout, 'dist') + sep) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function timePages(checkout, feeds, browser) {
  const server = await serve(checkout, feeds);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const times = [];
  for (let position = 0; position < INPUTS.length; position += 1) {
    const page = await browser.newPage();
    const started = Date.now();
    try {
      await page.goto(`${origin}/`, { timeout: LIMIT_MS });
      const result = await page.evaluate(
        (src, clusterId) =>
          new Promise((resolve) => {
            const explorer = document.querySelector('grappe-explorer');
            const frames = () => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next)));
            explorer.addEventListener('grappe-load', async () => {
              explorer.setAttribute('selected', clusterId);
              await new Promise((next) => setTimeout(next, 50));
              await frames();
              resolve('ready');
            });
            explorer.addEventListener('grappe-error', () => resolve('error'));
            explorer.setAttribute('src', src);
          }),
        `/feed/${position}`,
        JSON.parse(feeds[position]).clusters[0].id,
      );
      times.push(result === 'ready' ? `${Date.now() - started} ms` : 'error shown');
    } catch (error) {
      times.push(
        /timeout|Timed out/i.test(String(error))
          ? `no answer in ${LIMIT_MS / 1000} s`
          : `crash (${String(error).slice(0, 40)})`,
      );
    }
    await page.close().catch(() => undefined);
  }
  server.close();
  return times;
}

const work = mkdtempSync(join(tmpdir(), 'grappe-hostile-'));
const checkouts = [['now', root]];
try {
  // The feeds, from this checkout's sample fixture, the same for every column.
  await build({
    entryPoints: [join(root, 'stories/fixtures.ts')],
    outfile: join(work, 'fixtures.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  const { sampleFeed } = await import(join(work, 'fixtures.mjs'));
  const feeds = INPUTS.map((entry, position) => {
    const feed = sampleFeed();
    entry.edit(feed);
    const text = JSON.stringify(feed);
    writeFileSync(join(work, `feed-${position}.json`), text);
    return text;
  });
  if (before) {
    const tree = join(work, 'tree');
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', tree, before], { stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    if (inBrowser) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: tree, stdio: 'ignore' });
    checkouts.push([`at ${before}`, tree]);
  }
  if (beforeTree) {
    const revision = execFileSync('git', ['-C', beforeTree, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    checkouts.push([`at ${revision}`, beforeTree]);
  }
  const columns = [];
  let browser;
  if (inBrowser) {
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
      protocolTimeout: LIMIT_MS * 2,
    });
  }
  for (const [label, checkout] of checkouts) {
    const out = join(work, `core-${columns.length}`);
    await bundleCore(checkout, out);
    columns.push([`core, ${label}`, INPUTS.map((_, position) => timeCore(out, join(work, `feed-${position}.json`)))]);
    if (browser) columns.push([`page, ${label}`, await timePages(checkout, feeds, browser)]);
  }
  await browser?.close();
  console.log(`| input | ${columns.map(([label]) => label).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---').join('|')}|`);
  INPUTS.forEach((input, position) =>
    console.log(`| ${input.name} | ${columns.map(([, times]) => times[position]).join(' | ')} |`),
  );
} finally {
  if (before)
    execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', join(work, 'tree')], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
