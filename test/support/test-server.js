// Routes of the test server under /__grappe/: every way a network can fail, and generated
// feeds. Nothing here reaches outside this machine.
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleBan } from './ban-stand-in.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const SHARED_DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
/** A 1×1 transparent PNG: tiles for the tests, from this server. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const SAMPLE = JSON.stringify({
  format: 'grappe-feed',
  version: '1.0',
  publisher: { id: 'p', name: 'P' },
  clusters: [{ id: 'a', name: 'Alpha' }],
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServerMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  // The Base Adresse Nationale's stand-in, as the publisher's tests reach it (same origin).
  if (url.pathname.startsWith('/__ban/')) {
    context.respond = false;
    await handleBan(context.req, context.res, '/__ban');
    return;
  }
  if (!url.pathname.startsWith('/__grappe/')) return next();
  const route = url.pathname.slice('/__grappe/'.length);
  if (route.startsWith('tile/')) {
    context.type = 'image/png';
    context.body = TILE;
    return;
  }
  if (route.startsWith('partless/')) {
    // The built files as a site that copied the bundle but not `parts/` beside it would serve them.
    const file = normalize(join(DIST, route.slice('partless/'.length)));
    if (!file.startsWith(DIST + sep) || file.startsWith(join(DIST, 'parts') + sep) || !existsSync(file)) {
      context.status = 404;
      return;
    }
    context.type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.json')
        ? 'application/json'
        : 'text/plain';
    context.body = readFileSync(file);
    return;
  }
  if (route.startsWith('shared/')) {
    // The third-party data beside the project (never committed): tests skip when it is absent.
    const file = normalize(join(SHARED_DATA, route.slice('shared/'.length)));
    if (!file.startsWith(SHARED_DATA + sep) || !existsSync(file)) {
      context.status = 404;
      return;
    }
    context.type = 'application/json';
    context.body = readFileSync(file);
    return;
  }
  if (route.startsWith('fixture/')) {
    // A fixture's bytes as they are (the dev server would decode a Windows-1252 CSV as UTF-8).
    const file = normalize(join(FIXTURES, route.slice('fixture/'.length)));
    if (!file.startsWith(FIXTURES + sep) || !existsSync(file)) {
      context.status = 404;
      return;
    }
    context.type = 'application/octet-stream';
    context.body = readFileSync(file);
    return;
  }
  const ms = Number(url.searchParams.get('ms') ?? 0);
  switch (route) {
    case 'status': {
      context.status = Number(url.searchParams.get('code') ?? 500);
      context.body = 'error';
      return;
    }
    case 'slow': {
      await sleep(ms);
      context.type = 'application/json';
      context.body = SAMPLE;
      return;
    }
    case 'slow-body': {
      // Headers at once, then the body trickles: the timeout must fire while it arrives.
      context.type = 'application/json';
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      context.body = stream;
      stream.write(SAMPLE.slice(0, 20));
      setTimeout(() => stream.end(SAMPLE.slice(20)), ms);
      return;
    }
    case 'drop': {
      // The connection dies in the middle of the body.
      context.respond = false;
      const response = context.res;
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(SAMPLE.length * 10) });
      response.write(SAMPLE.slice(0, 30));
      setTimeout(() => response.socket?.destroy(), 50);
      return;
    }
    case 'html': {
      context.type = 'text/html';
      context.body = '<!doctype html><html><body><h1>Not found</h1></body></html>';
      return;
    }
    case 'truncated': {
      context.type = 'application/json';
      context.body = SAMPLE.slice(0, SAMPLE.length - 12);
      return;
    }
    case 'generated': {
      const feed = generateFeed({
        clusters: Number(url.searchParams.get('clusters') ?? 50),
        organisations: Number(url.searchParams.get('organisations') ?? 500),
        seed: Number(url.searchParams.get('seed') ?? 1),
      });
      context.type = 'application/json';
      context.body = JSON.stringify(feed);
      return;
    }
    case 'cors-allowed': {
      context.set('Access-Control-Allow-Origin', '*');
      context.type = 'application/json';
      context.body = SAMPLE;
      return;
    }
    case 'cors-refused': {
      // No Access-Control-Allow-Origin: a page on another origin cannot read it. Each request is
      // counted (`cors-refused-count`), so that a test sees whether a second one was made.
      testServerMiddleware.corsRequests = (testServerMiddleware.corsRequests ?? 0) + 1;
      context.type = 'application/json';
      context.body = SAMPLE;
      return;
    }
    case 'cors-refused-count': {
      context.type = 'application/json';
      context.body = JSON.stringify(testServerMiddleware.corsRequests ?? 0);
      return;
    }
    case 'counter': {
      // A feed whose cluster count grows by one per request: refreshes are visible.
      testServerMiddleware.counter = (testServerMiddleware.counter ?? 0) + 1;
      const feed = JSON.parse(SAMPLE);
      for (let index = 1; index < testServerMiddleware.counter; index += 1)
        feed.clusters.push({ id: `extra${index}`, name: `Extra ${index}` });
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = JSON.stringify(feed);
      return;
    }
    case 'flaky': {
      // Answers once, then fails: a refresh that fails must keep the data.
      const key = url.searchParams.get('key') ?? '';
      testServerMiddleware.flaky ??= new Set();
      if (testServerMiddleware.flaky.has(key)) {
        context.status = 503;
        context.body = 'down';
        return;
      }
      testServerMiddleware.flaky.add(key);
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = SAMPLE;
      return;
    }
    case 'csp-page': {
      // A page as a careful site serves it: the strict policy of the README, optionally with
      // Trusted Types required. `bundle` picks the full embed or the directory one.
      const bundle =
        {
          directory: 'grappe-directory.embed.js',
          publisher: 'grappe-publisher.embed.js',
        }[url.searchParams.get('bundle') ?? ''] ?? 'grappe.embed.js';
      const trustedTypes = url.searchParams.get('tt') === '1';
      // `workers=none`: a policy that refuses workers, where feeds must be read on the page.
      const workers = url.searchParams.get('workers') === 'none' ? "; worker-src 'none'" : '';
      const feed = url.searchParams.get('src') ?? '/examples/clusters-france.json';
      const lang = /^[a-z]{2}$/.test(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang') : 'fr';
      const body =
        bundle === 'grappe.embed.js'
          ? `<grappe-explorer src="${feed}" lang="${lang}"></grappe-explorer>`
          : bundle === 'grappe-publisher.embed.js'
            ? `<grappe-publisher lang="${lang}" geocoder="/__ban"></grappe-publisher>`
            : `<grappe-data src="${feed}" lang="${lang}" selected="viameca"><grappe-directory></grappe-directory><grappe-cluster></grappe-cluster><grappe-members></grappe-members></grappe-data>`;
      context.set(
        'Content-Security-Policy',
        `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:${workers}${trustedTypes ? "; require-trusted-types-for 'script'" : ''}`,
      );
      context.type = 'text/html';
      // `parts=none`: the bundle from a folder without `parts/` (the details, the comparison).
      const folder = url.searchParams.get('parts') === 'none' ? '/__grappe/partless' : '/dist';
      // `defer=1`: the bundle runs once the page is parsed, its elements already in it, as most
      // sites load it (the feed's request then starts before the elements are defined).
      const defer = url.searchParams.get('defer') === '1' ? ' defer' : '';
      context.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script src="/test/support/csp-probe.js"></script><script src="${folder}/${bundle}"${defer}></script></head><body>${body}</body></html>`;
      return;
    }
    case 'page': {
      // A blank page holding the given HTML, as a site pasting a snippet would have it, under the
      // given policy (`csp`: the one the embed builder prints) or the README's.
      context.set(
        'Content-Security-Policy',
        url.searchParams.get('csp') || "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
      );
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${url.searchParams.get('html') ?? ''}</body></html>`;
      return;
    }
    case 'echo': {
      // Serves the JSON given in the query, so that tests get real http URLs (relative links resolve).
      context.type = 'application/json';
      context.body = url.searchParams.get('json') ?? '{}';
      return;
    }
    default:
      return next();
  }
}
