import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extentOf, latitudeOf, longitudeOf, mercatorX, mercatorY } from '../../src/geo/mercator.js';
import { decodeArcs, isTopology, topologyFeatures, topologyMesh, type Topology } from '../../src/geo/topojson.js';
import { flatPolygons, representativePoint } from '../../src/geo/representative-point.js';
import { BoxIndex, overlapRatio, square } from '../../src/geo/boxes.js';
import { basemapShapes, loadBasemapShapes, shapeBuffers, type FranceShapes } from '../../src/geo/basemap-shapes.js';
import { builtinOutlines, loadBuiltinOutlines, outlineBuffers } from '../../src/geo/builtin-outlines.js';
import { TerritoryShapes } from '../../src/geo/territory-shapes.js';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

test('Mercator round-trips and matches Leaflet’s square', () => {
  assert.equal(mercatorX(-180), 0);
  assert.equal(mercatorX(180), 1);
  assert.ok(Math.abs(mercatorY(0) - 0.5) < 1e-12);
  for (const [lon, lat] of [
    [2.35, 48.85],
    [-73.6, 45.5],
    [151.2, -33.9],
  ] as const) {
    assert.ok(Math.abs(longitudeOf(mercatorX(lon)) - lon) < 1e-9);
    assert.ok(Math.abs(latitudeOf(mercatorY(lat)) - lat) < 1e-9);
  }
  assert.ok(mercatorY(89.9) >= 0 && mercatorY(-89.9) <= 1, 'poles are clamped into the square');
});

/** Two squares side by side sharing one edge: arcs 0 (shared), 1 and 2 (outer). */
function twoSquares(): Topology {
  return {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [
      [
        [1, 0],
        [0, 1],
      ], // shared edge (1,0)→(1,1)
      [
        [1, 1],
        [-1, 0],
        [0, -1],
        [1, 0],
      ], // left square's outer part (1,1)→(0,1)→(0,0)→(1,0)
      [
        [1, 0],
        [1, 0],
        [0, 1],
        [-1, 0],
      ], // right square's outer part (1,0)→(2,0)→(2,1)→(1,1)
    ],
    objects: {
      squares: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'A', properties: { name: 'left' }, arcs: [[0, 1]] },
          { type: 'Polygon', id: 'B', properties: { name: 'right' }, arcs: [[~0, 2]] },
        ],
      },
    },
  };
}

test('extent of points: the placed ones only, and an empty extent for none', () => {
  const latitudes = Float64Array.of(48.8, 43.3, Number.NaN, 50.6, 0);
  const longitudes = Float64Array.of(2.3, 5.4, Number.NaN, 3.1, Number.NaN);
  assert.deepEqual(extentOf(latitudes, longitudes), [43.3, 2.3, 50.6, 5.4]);
  const [south, , north] = extentOf(Float64Array.of(1), Float64Array.of(Number.NaN));
  assert.ok(south > north, 'no placed point: an empty extent');
});

test('TopoJSON: delta-decoded arcs, stitched polygons with bounding boxes, shared and outer lines', () => {
  const topology = twoSquares();
  assert.ok(isTopology(topology));
  assert.ok(!isTopology({ type: 'FeatureCollection' }));
  assert.deepEqual([...decodeArcs(topology)[1]!], [1, 1, 0, 1, 0, 0, 1, 0]);
  const features = topologyFeatures(topology, 'squares');
  assert.equal(features.length, 2);
  assert.deepEqual(features[0]!.bbox, [0, 0, 1, 1]);
  assert.deepEqual(features[1]!.bbox, [1, 0, 2, 1]);
  // The right square: the shared edge reversed, then its own arc, end points once each.
  assert.deepEqual([...features[1]!.polygons[0]![0]!], [1, 1, 1, 0, 2, 0, 2, 1, 1, 1]);
  assert.equal(features[0]!.properties['name'], 'left');
  assert.equal(topologyMesh(topology, 'squares', 'shared').length, 1);
  assert.equal(topologyMesh(topology, 'squares', 'outer').length, 2);
  assert.deepEqual(topologyFeatures(topology, 'missing'), []);
});

test('TopoJSON: malformed parts are skipped, never thrown', () => {
  const broken = {
    type: 'Topology',
    arcs: [[[0, 0], 'x', [1]]],
    objects: { a: { geometries: [{ type: 'Polygon', arcs: [[5]] }, { type: 'Point' }, null] } },
  } as unknown as Topology;
  assert.doesNotThrow(() => topologyFeatures(broken, 'a'));
  assert.doesNotThrow(() => topologyMesh(broken, 'a', 'outer'));
});

test('representative point: inside a crescent, where the centroid is not', () => {
  // A "C" shape open to the east: its centroid falls in the opening.
  const crescent = [
    [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 3],
      [4, 3],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
  ];
  const [lon, lat] = representativePoint(flatPolygons({ type: 'Polygon', coordinates: crescent }))!;
  const insideBar = lon >= 0 && lon <= 1 && lat >= 0 && lat <= 4;
  const insideArms = lon >= 0 && lon <= 4 && ((lat >= 0 && lat <= 1) || (lat >= 3 && lat <= 4));
  assert.ok(insideBar || insideArms, `(${lon}, ${lat}) is inside the C`);
});

test('representative point: the largest polygon of a multipolygon, and nothing for nothing', () => {
  const islands = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [0.1, 0],
          [0.1, 0.1],
          [0, 0.1],
          [0, 0],
        ],
      ],
      [
        [
          [10, 40],
          [14, 40],
          [14, 44],
          [10, 44],
          [10, 40],
        ],
      ],
    ],
  };
  const [lon, lat] = representativePoint(flatPolygons(islands))!;
  assert.ok(lon > 10 && lon < 14 && lat > 40 && lat < 44);
  assert.equal(representativePoint([]), undefined);
});

test('representative point: a hostile 200,000-point outline gets a point', () => {
  const ring: number[][] = [];
  for (let i = 0; i < 200_000; i += 1) {
    const angle = (2 * Math.PI * i) / 200_000;
    ring.push([Math.cos(angle) * (1 + 0.5 * Math.sin(angle * 9000)), Math.sin(angle)]);
  }
  ring.push(ring[0]!);
  const point = representativePoint(flatPolygons({ type: 'Polygon', coordinates: [ring] }));
  assert.ok(point);
});

test('boxes: overlap ratio, and an index that finds conflicts and neighbours', () => {
  assert.equal(overlapRatio(square(0, 0, 10), square(20, 0, 10)), 0);
  assert.equal(overlapRatio(square(0, 0, 10), square(5, 0, 10)), 0.5);
  assert.equal(overlapRatio(square(0, 0, 10), square(0, 0, 40)), 1);
  const index = new BoxIndex<string>(64);
  index.add(square(100, 100, 30), 'a');
  index.add(square(300, 100, 30), 'b');
  assert.equal(index.firstConflict(square(110, 100, 30), 0.25), 0);
  assert.equal(index.firstConflict(square(125, 100, 30), 0.25), -1, '1/6 overlap is allowed');
  assert.equal(index.firstConflict(square(125, 100, 30), 0), 0, 'none allowed for labels');
  assert.deepEqual(
    index.near(290, 100, 50, () => true),
    [1],
  );
  assert.deepEqual(
    index.near(200, 100, 150, (owner) => owner === 'a'),
    [0],
  );
});

/** France's base map file, served on 127.0.0.1 as `<folder>france.json`; anything else is a 404. */
const franceText = readFileSync(new URL('../../assets/basemap/france.json', import.meta.url), 'utf8');
async function withFranceServed(
  name: string,
  run: (folder: string, requests: () => number) => Promise<void>,
): Promise<void> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    const found = request.url === `/${name}/france.json`;
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(found ? franceText : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as { port: number }).port}/${name}/`, () => requests);
  } finally {
    server.close();
  }
}

test('base map shapes: France’s outlines decoded and projected once per page, their buffers listed once each', async () => {
  await withFranceServed('basemap', async (folder, requests) => {
    // Node has no Worker: the shapes are decoded on the page's side, as without one in a browser.
    const [first, second] = await Promise.all([
      loadBasemapShapes('france', folder),
      loadBasemapShapes('france', folder),
    ]);
    assert.equal(first, second);
    assert.equal(requests(), 1);
    const shapes = first as FranceShapes;
    assert.ok(shapes.regions.parts.length > 10 && shapes.departements.parts.length > shapes.regions.parts.length);
    // Projected to the unit square: metropolitan France lies near x 0.49–0.53, y 0.32–0.37.
    const [minX, minY, maxX, maxY] = shapes.regions.boxes.subarray(0, 4);
    assert.ok(minX! > 0.45 && maxX! < 0.56 && minY! > 0.3 && maxY! < 0.4, `${minX} ${minY} ${maxX} ${maxY}`);
    assert.deepEqual(
      (basemapShapes(JSON.parse(franceText), 'france') as FranceShapes).regions.boxes,
      shapes.regions.boxes,
    );
    const buffers = shapeBuffers(shapes);
    assert.equal(new Set(buffers).size, buffers.length);
    assert.equal(buffers.length, 2 + shapes.regions.parts.length + shapes.departements.parts.length);
    assert.equal(await loadBasemapShapes('world-50m', folder), null);
  });
});

test('built-in outlines: régions and départements by their INSEE codes, one fetch of the file for both levels', async () => {
  await withFranceServed('outlines', async (folder, requests) => {
    // Node has no Worker: decoded on the page's side, as in a browser without one.
    const [regions, departements, again] = await Promise.all([
      loadBuiltinOutlines('region', folder),
      loadBuiltinOutlines('departement', folder),
      loadBuiltinOutlines('region', folder),
    ]);
    assert.equal(regions, again);
    assert.equal(requests(), 1, 'the file is fetched once for both levels');
    assert.equal(regions!.length, 13, 'metropolitan France’s régions');
    const codes = new Set(departements!.map((outline) => outline.code));
    assert.equal(codes.size, 96);
    for (const code of ['2A', '2B', '75', '01']) assert.ok(codes.has(code), code);
    const bretagne = regions!.find((outline) => outline.code === '53')!;
    assert.equal(bretagne.name, 'Bretagne');
    assert.ok(bretagne.polygons.length >= 1 && bretagne.polygons[0]![0]!.length > 20);
    assert.deepEqual(builtinOutlines(JSON.parse(franceText), 'region'), regions);
    const buffers = outlineBuffers(departements!);
    assert.equal(new Set(buffers).size, buffers.length);
    assert.equal(await loadBuiltinOutlines('country', folder), null, 'no world file there');
  });
});

test('a territory with only an INSEE code gets its outline and a point inside it from the built-in data', async () => {
  await withFranceServed('shapes', async (folder) => {
    let changed!: () => void;
    const loaded = new Promise<void>((resolve) => (changed = resolve));
    const shapes = new TerritoryShapes(
      () => changed(),
      () => folder,
    );
    shapes.requestLevel('region');
    await loaded;
    const bretagne = { id: 't1', name: 'Bretagne', code: { scheme: 'INSEE-REG', value: '53' } };
    assert.equal(shapes.sourceOf(bretagne as never), 'builtin');
    const [lon, lat] = shapes.pointOf(bretagne as never)!;
    assert.ok(lon > -5.2 && lon < -1 && lat > 47.2 && lat < 48.9, `${lon} ${lat}`);
    const geometry = shapes.geometryOf(bretagne as never)!;
    assert.ok(geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
    assert.equal(shapes.geometryOf(bretagne as never), geometry, 'made once');
    assert.equal(
      shapes.sourceOf({ id: 't2', name: 'X', code: { scheme: 'INSEE-REG', value: '99' } } as never),
      undefined,
    );
  });
});
