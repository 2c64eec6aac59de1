import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonInSteps, type LeapOptions } from '../../src/load/parse-in-steps.js';
import { runSteps } from '../../src/validate/yield-to-page.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

const parse = (text: string, leaps: LeapOptions = {}) => runSteps(parseJsonInSteps(text, leaps));

/** Leaps of every length, from one character (nearly every cut falls inside a record, and is refused) to the default. */
const LEAPS: LeapOptions[] = [{}, { leap: 1 }, { leap: 2 }, { leap: 7 }, { leap: 61 }, { leap: 997 }, { leap: 20_011 }];

/** The same value as JSON.parse, or the same failure, however the first pass leaps; `valid` says which the text must be. */
function same(text: string, message: string, valid = true): void {
  let expected: unknown;
  try {
    expected = JSON.parse(text);
  } catch {
    assert.ok(!valid, `${message}: the test's text is not JSON`);
    for (const leaps of LEAPS)
      assert.throws(
        () => parse(text, leaps),
        SyntaxError,
        `${message} (${JSON.stringify(leaps)}): JSON.parse refuses it, so must the steps`,
      );
    return;
  }
  assert.ok(valid, `${message}: the test's text is JSON`);
  for (const leaps of LEAPS) assert.deepEqual(parse(text, leaps), expected, `${message} (${JSON.stringify(leaps)})`);
}

/** `count` organisations whose texts hold everything the first pass must read past. */
function organisations(count: number): string {
  // As they stand in the JSON text: an escaped quote, escaped backslashes (one before a quote
  // that ends the string), brackets and separators, an escaped code.
  const tricky = [
    'a \\"quoted\\" [name]',
    'back\\\\slash\\\\',
    'comma, colon: {brace}',
    'é ü \\u0022 \\n',
    'ends \\\\\\"',
  ];
  return Array.from(
    { length: count },
    (_, at) =>
      `{"id":"o${at}","name":"${tricky[at % tricky.length]}","sites":[{"location":{"type":"Point","coordinates":[${at % 7},45]}}],"x":[[1,2],{"y":"]"}]}`,
  ).join(at(count));
}
/** Separators with and without white space. */
const at = (count: number) => (count % 2 ? ',' : ' ,\n ');

test('a long feed parsed in steps is the value JSON.parse gives, record for record', () => {
  const feed = generateFeed({ clusters: 30, organisations: 9_000, seed: 3 });
  const text = JSON.stringify(feed);
  const steps = parseJsonInSteps(text);
  let yielded = 0;
  let step = steps.next();
  while (!step.done) {
    yielded += 1;
    step = steps.next();
  }
  assert.deepEqual(step.value, feed);
  assert.ok(yielded >= 5, `the work is cut in steps (${yielded})`);
  same(JSON.stringify(feed, null, 2), 'indented');
});

test('texts with quotes, brackets, commas and escapes do not mislead the first pass', () => {
  same(`{"format":"grappe","organisations":[${organisations(9_001)}],"clusters":[]}`, 'tricky texts');
  same(`{"organisations" : [ ${organisations(4_500)} ] , "memberships":[]}`, 'white space around');
  same(`{"orga\\u006eisations":[${organisations(4_200)}]}`, 'an escaped key');
  // The first pass jumps from quote to quote: long runs of backslashes, even and odd, before a
  // quote, and a key with an escaped quote in it.
  const slashes = (count: number) => '\\'.repeat(count);
  same(
    `{"k\\"ey":1,"organisations":[${organisations(4_100)}],"x":"${slashes(40)}\\"${slashes(6)}\\"]},{"}`,
    'runs of backslashes',
  );
  same(`{"organisations":[${organisations(4_100)}],"x":"${slashes(3)}"}`, 'an odd run before the last quote', false);
});

test('leaps never trust a cut: record seams inside texts, nested objects and the next list', () => {
  // `},{` as a text holds it, as a nested list of objects holds it, and right at a list's end.
  const seams = Array.from(
    { length: 4_500 },
    (_, at) => `{"id":"s${at}","name":"a},{b} , {c","parts":[{"p":1},{"p":2} , {"p":"},{"}],"o":{"q":{}}}`,
  ).join(at(4_500));
  same(`{"organisations":[${seams}],"memberships":[{"a":1},{"b":2}]}`, 'seams everywhere');
  same(`{"organisations":[${seams}], "memberships" : [ ${seams} ] }`, 'two long lists, one after the other');
  same(`{"organisations":[${seams}],"x":{"y":[{"z":1},{"z":2}]}}`, 'a seam after the list, at the top');
  same(JSON.stringify(JSON.parse(`{"organisations":[${seams}]}`), null, '\t'), 'tabs and new lines');
  same(`{"organisations":[${seams}],"clusters":[1,2,3],"memberships":[]}`, 'short lists after a long one');
});

/** Characters `parse` gives to JSON.parse, over the text's length. */
function parsedPerCharacter(text: string, leaps: LeapOptions): number {
  const native = JSON.parse;
  let characters = 0;
  JSON.parse = (source: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    characters += source.length;
    return native(source, reviver);
  };
  try {
    parse(text, leaps);
  } catch {
    // broken texts count too
  } finally {
    JSON.parse = native;
  }
  return characters / text.length;
}

test('failed leaps cost a bounded share of what was read: hostile texts stay linear', () => {
  const zeros = Array.from({ length: 70 }, () => '0').join(',');
  const repeated = `{${Array.from({ length: 3_000 }, () => `"organisations":[${zeros}]`).join(',')},"organisations":[{},{}]}`;
  const seamy = `{"organisations":[${Array.from({ length: 6_000 }, (_, at) => `{"id":"x${at}","t":"},{\\"id\\":1"}`).join(',')}]}`;
  const nested = `{"organisations":[${Array.from({ length: 6_000 }, (_, at) => `{"id":"n${at}","sites":[{"id":"a"},{"id":"b"},{"id":"c"}]}`).join(',')}]}`;
  const broken = `{"organisations":[${Array.from({ length: 6_000 }, (_, at) => `{"id":"b${at}"}`).join('][')}]}`;
  for (const [name, text] of Object.entries({ repeated, seamy, nested, broken }))
    for (const leaps of LEAPS) {
      const ratio = parsedPerCharacter(text, leaps);
      assert.ok(ratio < 8, `${name} (${JSON.stringify(leaps)}): ${ratio.toFixed(1)} characters parsed per character`);
    }
  same(repeated, 'a key given thousands of times');
  same(seamy, 'seams in every text');
  same(nested, 'seams in every record');
  same(broken, 'lists one after the other without commas', false);
});

test('a feed whose records hold lists of objects still leaps over most of its text', () => {
  const records = Array.from({ length: 20_000 }, (_, at) =>
    JSON.stringify({
      id: `o${at}`,
      name: `Organisation ${at}`,
      ...(at % 5 === 0
        ? { sites: [{ id: `s${at}a`, location: { type: 'Point', coordinates: [2, 48] } }, { id: `s${at}b` }] }
        : {}),
      ...(at % 3 === 0
        ? {
            identifiers: [
              { scheme: 'FR-SIREN', value: '732829320' },
              { scheme: 'x', value: 'y' },
            ],
          }
        : {}),
    }),
  );
  for (const text of [
    `{"format":"grappe-feed","organisations":[${records.join(',')}]}`,
    JSON.stringify({ organisations: records.map((record) => JSON.parse(record) as unknown) }, null, 2),
  ]) {
    const counted = { leapt: 0 };
    assert.deepEqual(parse(text, { counted }), JSON.parse(text));
    assert.ok(counted.leapt > text.length * 0.7, `${((100 * counted.leapt) / text.length).toFixed(0)} % leapt`);
  }
});

test('a key given twice keeps its last value, as JSON.parse does', () => {
  const long = `[${organisations(4_100)}]`;
  same(`{"organisations":${long},"organisations":5}`, 'long, then a number');
  same(`{"organisations":${long},"organisations":[]}`, 'long, then short');
  same(`{"organisations":[],"organisations":${long}}`, 'short, then long');
  same(`{"organisations":${long},"organisations":${long.replace('"o0"', '"z"')}}`, 'long twice');
  same(`{"__proto__":${long},"organisations":${long}}`, 'a __proto__ key stays a plain key');
  assert.equal(Object.getPrototypeOf(parse(`{"__proto__":[1],"organisations":${long}}`)), Object.prototype);
});

test('broken JSON fails as one JSON.parse would, wherever the fault is', () => {
  const records = organisations(4_100).split(at(4_100));
  const list = (items: string[]) => `{"organisations":[${items.join(',')}]}`;
  same(list(records).replace('}]}', '},]}'), 'a trailing comma', false);
  same(list(records).replace('[{', '[,{'), 'a leading comma', false);
  // A missing record at a run's boundary (2,000 records a run) and inside one.
  same(list([...records.slice(0, 2000), '', ...records.slice(2000)]), 'two commas at a run boundary', false);
  same(list([...records.slice(0, 1500), '', ...records.slice(1500)]), 'two commas inside a run', false);
  same(list(records).replace('},{"id":"o2000"', '} {"id":"o2000"'), 'a comma missing at a boundary', false);
  same(list(records).slice(0, -2), 'cut off', false);
  same(list(records) + '}', 'a brace too many', false);
  same(list(records).replace('"name":"a', '"name:"a'), 'a quote out of place', false);
  same(`[${organisations(4_100)}]`, 'a list at the top, not an object');
  same('', 'empty', false);
  same('  ', 'white space only', false);
  same('{"a":1}', 'small');
});
