// A stand-in for the Base Adresse Nationale geocoder (api-adresse.data.gouv.fr), on 127.0.0.1,
// answering its two endpoints as its documentation describes them, from a small gazetteer of
// the towns and streets the test tables use. No test reaches the network.
//
//   POST /search/csv/   multipart: data (a CSV), columns (repeatable), postcode; the CSV back
//                       with latitude, longitude, result_label, result_score, result_type… added
//   GET  /search/?q=…&postcode=…&limit=1   a GeoJSON FeatureCollection
//
// Knobs for tests (`configure`): failing CSV endpoint (to exercise the fallback), a number of
// 429s before answering, a delay; `stats()` counts requests.
import { createServer } from 'node:http';

const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Towns: name, postcode, INSEE code, centre. */
const TOWNS = [
  ['Saint-Étienne', '42000', '42218', 4.3872, 45.4397],
  ['Oyonnax', '01100', '01283', 5.6553, 46.2567],
  ['Saint-Chamond', '42400', '42207', 4.5022, 45.4753],
  ['Lyon', '69003', '69383', 4.8502, 45.7597],
  ['Saint-Fons', '69190', '69199', 4.8525, 45.7086],
  ['Villeurbanne', '69100', '69266', 4.8798, 45.7719],
  ['Bourg-en-Bresse', '01000', '01053', 5.2257, 46.2052],
  ['Senlis', '60300', '60612', 2.5862, 49.2072],
  ['Annecy', '74000', '74010', 6.1294, 45.8992],
  ['Paris', '75001', '75101', 2.3412, 48.8592],
];

/** Streets the gazetteer knows: their town and a point. */
const STREETS = [
  ['rue pierre et marie curie', 'Oyonnax', 5.6512, 46.2601],
  ['rue de la liberte', 'Lyon', 4.8455, 45.7581],
  ['rue gaston monmousseau', 'Saint-Fons', 4.8571, 45.7048],
  ['avenue felix louat', 'Senlis', 2.5801, 49.2011],
  ['rue des usines', 'Annecy', 6.1244, 45.9101],
];

/** What the BAN would answer for a free-text query (and an optional postcode filter), or null. */
export function lookUp(query, postcode = '') {
  const text = ` ${fold(query)} `;
  if (text.trim() === '') return null;
  const byPostcode = TOWNS.find((town) => postcode && town[1] === postcode.trim());
  const town = TOWNS.find((candidate) => text.includes(` ${fold(candidate[0])} `)) ?? byPostcode;
  if (!town) return null;
  const [name, code, citycode, lon, lat] = town;
  const street = STREETS.find((candidate) => candidate[1] === name && text.includes(` ${candidate[0]} `));
  const number = /^\s*(\d+)\s/.exec(text)?.[1];
  const base = { postcode: code, city: name, citycode, context: `${code.slice(0, 2)}, France` };
  if (street) {
    const label = `${number ? `${number} ` : ''}${street[0]} ${code} ${name}`;
    return {
      ...base,
      lon: street[2],
      lat: street[3],
      type: number ? 'housenumber' : 'street',
      score: number ? 0.91 : 0.78,
      label,
      name: street[0],
    };
  }
  // A town recognised only by its postcode, the name not matching: a weak answer.
  const named = text.includes(` ${fold(name)} `);
  return { ...base, lon, lat, type: 'municipality', score: named ? 0.93 : 0.32, label: `${name}`, name };
}

const RESULT_COLUMNS = [
  'latitude',
  'longitude',
  'result_label',
  'result_score',
  'result_score_next',
  'result_type',
  'result_id',
  'result_housenumber',
  'result_name',
  'result_street',
  'result_postcode',
  'result_city',
  'result_context',
  'result_citycode',
  'result_oldcitycode',
  'result_oldcity',
  'result_district',
  'result_status',
];

function parseCsv(text, separator) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const quote = (cell, separator) =>
  /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;

const settings = { csvStatus: 200, tooManyFirst: 0, delayMs: 0 };
const counters = { csv: 0, search: 0, refused: 0, rows: 0 };
export const configure = (next) => Object.assign(settings, { csvStatus: 200, tooManyFirst: 0, delayMs: 0 }, next);
export const stats = () => ({ ...counters });
export const resetStats = () => Object.assign(counters, { csv: 0, search: 0, refused: 0, rows: 0 });

const readBody = (request) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    // A request the page cancelled (a geocoding stopped during `delayMs`) may close without
    // `end`: the handler finishes instead of waiting on it for ever.
    request.on('close', () => reject(new Error('the request was closed before its end')));
  });

/** Answers a request under `prefix` (`''` standalone, `/__ban` inside the test server); false when not for it. */
export async function handleBan(request, response, prefix = '') {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname === `${prefix}/configure`) {
    // Browser tests set the knobs through the test server: `/__ban/configure?delayMs=400`; no query resets.
    configure(Object.fromEntries([...url.searchParams].map(([key, value]) => [key, Number(value)])));
    response.writeHead(204).end();
    return true;
  }
  if (!url.pathname.startsWith(`${prefix}/search/`)) return false;
  const path = url.pathname.slice(prefix.length);
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET, POST' }).end();
    return true;
  }
  if (settings.delayMs) await new Promise((resolve) => setTimeout(resolve, settings.delayMs));
  if (settings.tooManyFirst > 0) {
    settings.tooManyFirst -= 1;
    counters.refused += 1;
    response
      .writeHead(429, { ...cors, 'Retry-After': '0', 'Content-Type': 'application/json' })
      .end('{"code":429,"message":"Too many requests"}');
    return true;
  }
  if (path === '/search/csv/' && request.method === 'POST') {
    counters.csv += 1;
    if (settings.csvStatus !== 200) {
      response.writeHead(settings.csvStatus, cors).end();
      return true;
    }
    const body = await readBody(request).catch(() => null);
    if (body === null) return true; // cancelled by the page: no one to answer
    const form = await new Response(body, {
      headers: { 'content-type': request.headers['content-type'] ?? '' },
    }).formData();
    const data = form.get('data');
    if (!data || typeof data === 'string') {
      response.writeHead(400, cors).end('{"code":400,"message":"A CSV file must be provided in data field"}');
      return true;
    }
    const text = (await data.text()).replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0];
    const separator = [';', ',', '\t', '|'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
    const [header, ...rows] = parseCsv(text, separator);
    const columns = form.getAll('columns').map(String);
    const postcodeColumn = form.get('postcode');
    const at = (name) => header.indexOf(name);
    const out = [[...header, ...RESULT_COLUMNS]];
    for (const row of rows) {
      if (row.length === 1 && row[0] === '') continue;
      counters.rows += 1;
      const query = (columns.length ? columns : header).map((name) => row[at(name)] ?? '').join(' ');
      const found = lookUp(query, postcodeColumn ? (row[at(String(postcodeColumn))] ?? '') : '');
      out.push([
        ...row,
        ...(found
          ? [
              String(found.lat),
              String(found.lon),
              found.label,
              found.score.toFixed(6),
              '',
              found.type,
              `${found.citycode}_x`,
              '',
              found.name,
              '',
              found.postcode,
              found.city,
              found.context,
              found.citycode,
              '',
              '',
              '',
              'ok',
            ]
          : [...RESULT_COLUMNS.slice(0, -1).map(() => ''), 'not-found']),
      ]);
    }
    response.writeHead(200, { ...cors, 'Content-Type': 'text/csv; charset=utf-8' });
    response.end(out.map((row) => row.map((cell) => quote(cell, separator)).join(separator)).join('\n') + '\n');
    return true;
  }
  if (path === '/search/' && request.method === 'GET') {
    counters.search += 1;
    const found = lookUp(url.searchParams.get('q') ?? '', url.searchParams.get('postcode') ?? '');
    const features = found
      ? [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [found.lon, found.lat] },
            properties: {
              label: found.label,
              score: found.score,
              type: found.type,
              postcode: found.postcode,
              city: found.city,
              citycode: found.citycode,
              context: found.context,
              name: found.name,
            },
          },
        ]
      : [];
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({
        type: 'FeatureCollection',
        version: 'draft',
        features,
        attribution: 'BAN',
        licence: 'ETALAB-2.0',
        query: url.searchParams.get('q'),
        limit: 1,
      }),
    );
    return true;
  }
  response.writeHead(404, cors).end();
  return true;
}

/** A standalone stand-in on 127.0.0.1 (node tests, the CLI): resolves to { url, close }. */
export function startBanStandIn() {
  const server = createServer((request, response) => {
    handleBan(request, response).then((handled) => {
      if (!handled) response.writeHead(404).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

// `node test/support/ban-stand-in.mjs` runs it alone, for trying the CLI by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startBanStandIn();
  console.log(`BAN stand-in on ${url}`);
}
