import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderedValues, valueDepths } from '../../src/schema/taxonomy.js';

test('taxonomy order: parents before their children, siblings as given, each value once', () => {
  const values = [
    { id: 'energy' },
    { id: 'geothermal', parent: 'energy' },
    { id: 'health' },
    { id: 'solar', parent: 'energy' },
    { id: 'pv', parent: 'solar' },
    { id: 'orphan', parent: 'nowhere' },
  ];
  assert.deepEqual(
    orderedValues(values).map((value) => value.id),
    ['energy', 'geothermal', 'solar', 'pv', 'health', 'orphan'],
  );
  assert.deepEqual(Object.fromEntries(valueDepths(values)), {
    energy: 0,
    geothermal: 1,
    health: 0,
    solar: 1,
    pv: 2,
    orphan: 0,
  });
});

test('taxonomy cycles and self-parents end as roots; nothing loops, nothing is lost', () => {
  const values = [
    { id: 'a', parent: 'b' },
    { id: 'b', parent: 'a' },
    { id: 'self', parent: 'self' },
    { id: 'child', parent: 'a' },
  ];
  const depths = valueDepths(values);
  assert.equal(depths.get('a'), 0);
  assert.equal(depths.get('b'), 0);
  assert.equal(depths.get('self'), 0);
  assert.equal(depths.get('child'), 1);
  assert.deepEqual(
    orderedValues(values)
      .map((value) => value.id)
      .sort(),
    ['a', 'b', 'child', 'self'],
  );
});

test('a parent chain 50,000 deep does not overflow the stack, and is ordered and measured in full', () => {
  const values = Array.from({ length: 50_000 }, (_, at) =>
    at === 0 ? { id: 'v0' } : { id: `v${at}`, parent: `v${at - 1}` },
  );
  const ordered = orderedValues(values.slice().reverse());
  const depths = valueDepths(values);
  assert.equal(ordered.length, 50_000);
  assert.equal(ordered[0]!.id, 'v0');
  assert.equal(ordered[49_999]!.id, 'v49999');
  assert.equal(depths.get('v49999'), 49_999);
});

test('prototype names are plain ids', () => {
  const values = [
    { id: 'constructor' },
    { id: '__proto__', parent: 'constructor' },
    { id: 'toString', parent: '__proto__' },
  ];
  assert.deepEqual(
    orderedValues(values).map((value) => value.id),
    ['constructor', '__proto__', 'toString'],
  );
  assert.equal(valueDepths(values).get('toString'), 2);
});
