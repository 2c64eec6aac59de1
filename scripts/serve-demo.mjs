#!/usr/bin/env node
// npm start: serves the demo (examples/) and the built bundles (dist/) on 127.0.0.1, with the
// strict Content-Security-Policy a careful regional site would send, and prints the URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
/** The publishing page also talks to the geocoder (the Base Adresse Nationale), and to nothing else. */
const PUBLISH_CSP = CSP.replace("connect-src 'self'", "connect-src 'self' https://api-adresse.data.gouv.fr");
/** What the demo serves: the pages and feeds, and the built library. Nothing else of the checkout. */
const PUBLIC = ['examples', 'dist'];

/**
 * With GRAPPE_BAN_STAND_IN=1, the BAN stand-in of the tests answers under /__ban (same origin), so
 * that the publishing page can geocode offline: open /examples/publish.html?geocoder=/__ban.
 */
const banStandIn = process.env.GRAPPE_BAN_STAND_IN
  ? (await import('../test/support/ban-stand-in.mjs')).handleBan
  : null;

export function createDemoServer() {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (banStandIn && url.pathname.startsWith('/__ban/') && (await banStandIn(request, response, '/__ban'))) return;
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // `/%ff` is not a path: a malformed request, not a crash.
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
      response.end('Bad request');
      return;
    }
    if (path.includes('\0')) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
      response.end('Bad request');
      return;
    }
    if (path === '/' || path === '' || path === '/examples') {
      // The demo's relative URLs (feeds, bundle) resolve from /examples/.
      response.writeHead(302, { Location: `/examples/${url.search}` });
      response.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const allowed = PUBLIC.some((folder) => file.startsWith(join(root, folder) + sep));
    try {
      if (!allowed) throw new Error('not public');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': path.endsWith('/publish.html') ? PUBLISH_CSP : CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
      response.end('Not found');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createDemoServer();
  const listen = (candidate, attempts) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && attempts > 0) listen(candidate + 1, attempts - 1);
      else throw error;
    });
    server.listen(candidate, '127.0.0.1', () => {
      console.log(`Grappe demo: http://127.0.0.1:${candidate}/`);
      console.log(`  embed builder: http://127.0.0.1:${candidate}/examples/builder.html`);
      console.log('  (Ctrl+C to stop)');
    });
  };
  listen(port, 20);
}
