// The demo server (npm start) answers malformed requests instead of crashing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createDemoServer } from '../../scripts/serve-demo.mjs';

function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

test('GET /%ff is a 400, not a crash; the server goes on serving', async () => {
  const server = createDemoServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    assert.equal(await get(port, '/%ff'), 400);
    assert.equal(await get(port, '/examples/%E0%A4%A'), 400);
    assert.equal(await get(port, '/examples/../package.json'), 404);
    assert.equal(await get(port, '/examples/index.html'), 200);
  } finally {
    server.close();
  }
});
