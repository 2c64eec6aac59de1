// The browser tests' counter: what it counts, and the files whose page was lost, which npm test
// runs again alone (scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countingReporter } from '../support/counting-reporter.js';

const suite = (...outcomes) => ({
  tests: outcomes.map((outcome) => ({ passed: outcome === 'pass', skipped: outcome === 'skip' })),
  suites: [],
});

function countsOf(sessions) {
  const file = join(mkdtempSync(join(tmpdir(), 'grappe-counts-')), 'browser.json');
  const previous = process.env.GRAPPE_BROWSER_COUNTS;
  process.env.GRAPPE_BROWSER_COUNTS = file;
  try {
    countingReporter().onTestRunFinished({ sessions });
  } finally {
    if (previous === undefined) delete process.env.GRAPPE_BROWSER_COUNTS;
    else process.env.GRAPPE_BROWSER_COUNTS = previous;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const noResults = { tests: [], suites: [] };
const lost = (message) => [{ message }];
/** A test file's session in one browser, as web-test-runner gives it: passed when it has no errors. */
const session = (file, browser, testResults, errors) => ({
  testFile: join(process.cwd(), file),
  browser: { name: browser },
  passed: !errors,
  testResults,
  ...(errors ? { errors } : {}),
});

test('counts passed, failed and skipped tests, and errors outside a test', () => {
  const counts = countsOf([
    session('test/a.test.ts', 'Chrome', suite('pass', 'skip')),
    session('test/b.test.ts', 'Firefox', { tests: [], suites: [suite('pass', 'fail')] }, [
      { message: 'Uncaught TypeError: boom' },
    ]),
  ]);
  assert.deepEqual(counts, { passed: 2, failed: 1, skipped: 1, errors: 1, unfinished: [] });
});

test('a page lost before any result is listed apart, with its file and browser, not counted', () => {
  const counts = countsOf([
    session(
      'test/components/publisher.test.ts',
      'Firefox',
      noResults,
      lost('Browser tests did not finish within 180000ms. You can increase this timeout…'),
    ),
    session('test/c.test.ts', 'Firefox', suite('pass')),
  ]);
  assert.deepEqual(counts, {
    passed: 1,
    failed: 0,
    skipped: 0,
    errors: 0,
    unfinished: [{ file: 'test/components/publisher.test.ts', browser: 'Firefox' }],
  });
});

test('a file that reported results, or failed another way, is not run again', () => {
  const counts = countsOf([
    session('test/d.test.ts', 'Chrome', suite('pass'), lost('Browser tests did not finish within 180000ms.')),
    session('test/e.test.ts', 'Chrome', noResults, [{ message: 'Could not import your test module.' }]),
  ]);
  assert.deepEqual(counts.unfinished, []);
  assert.equal(counts.passed, 1);
  assert.equal(counts.errors, 2);
});

test('a lost page whose closing failed too is still run again', () => {
  const counts = countsOf([
    session('test/f.test.ts', 'Firefox', noResults, [
      { message: 'Browser tests did not finish within 180000ms.' },
      { message: 'Navigation timeout of 30000 ms exceeded' },
    ]),
  ]);
  assert.deepEqual(counts.unfinished, [{ file: 'test/f.test.ts', browser: 'Firefox' }]);
  assert.equal(counts.errors, 0);
});
