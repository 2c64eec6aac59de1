#!/usr/bin/env node
// npm test: build, type-check, node tests (CLI, schema), browser tests (Chromium, and Firefox
// ESR where available) and the Storybook build; ends with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];
const started = Date.now();

function run(label, command, args, options = {}) {
  const stageStart = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  const seconds = ((Date.now() - stageStart) / 1000).toFixed(1);
  stages.push(`${label}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status})`} in ${seconds} s`);
  return result;
}

/** A stage that is one check (build, type-check): one passed or one failed. */
function check(label, command, args) {
  const result = run(label, command, args);
  if (result.status === 0) totals.passed += 1;
  else totals.failed += 1;
  return result.status === 0;
}

const built = check('build', process.execPath, [join(root, 'scripts/build.mjs')]);
if (check('type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']))
  check('type-check (CLI)', bin('tsc'), ['-p', 'tsconfig.cli.json', '--noEmit']);

/** Adds a node test run's TAP totals (a run that failed without a failing test counts one failure). */
function countTap(result) {
  const out = result.stdout ?? '';
  const count = (name) => Number(out.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + (result.status !== 0 && count('fail') === 0 ? 1 : 0);
  totals.skipped += count('skipped');
}

// Lint and format (ESLint, Prettier): the house rules a reviewer would otherwise repeat.
check('lint', bin('eslint'), ['.']);
check('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);

// The core's unit tests (TypeScript, compiled on the fly): no build needed.
countTap(
  run('unit tests (core)', process.execPath, [join(root, 'scripts/test-unit.mjs'), '--test-reporter=tap'], {
    capture: true,
  }),
);

// Node tests: the CLI and the JSON Schema, against the build.
if (built)
  countTap(run('node tests', process.execPath, ['--test', '--test-reporter=tap', 'test/node/'], { capture: true }));

// Browser tests.
const { chrome, firefox } = ensureBrowsers();
rmSync(join(root, 'test-results/browser.json'), { force: true });
const browser = run('browser tests', bin('web-test-runner'), [], {
  env: { CHROME_PATH: chrome, ...(firefox ? { FIREFOX_PATH: firefox } : { GRAPPE_FIREFOX: '0' }) },
});
const countsFile = join(root, 'test-results/browser.json');
/** The files run a second time after a lost page, said again beside the totals. */
const reruns = [];
const rerunCounts = join(root, 'test-results/browser-rerun.json');
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed + counts.errors;
  totals.skipped += counts.skipped;
  // A file whose page never reported back (the browser lost it) runs once more, alone in its
  // browser; that run counts, and a file that hangs again fails.
  const unfinished = counts.unfinished ?? [];
  if (browser.status !== 0 && counts.failed + counts.errors === 0 && unfinished.length === 0) totals.failed += 1;
  for (const { file, browser: name } of unfinished) {
    rmSync(rerunCounts, { force: true });
    console.log(`\n${file} did not report back in ${name}: it runs again, alone.`);
    const rerun = run(`browser tests, ${file} again in ${name}`, bin('web-test-runner'), [], {
      env: {
        CHROME_PATH: chrome,
        ...(firefox ? { FIREFOX_PATH: firefox } : {}),
        GRAPPE_BROWSER: name,
        GRAPPE_TEST_FILES: file,
        GRAPPE_BROWSER_COUNTS: rerunCounts,
      },
    });
    if (!existsSync(rerunCounts)) {
      totals.failed += 1;
      reruns.push(`${file} in ${name}: the second run gave no result`);
      continue;
    }
    const again = JSON.parse(readFileSync(rerunCounts, 'utf8'));
    const failedAgain = again.failed + again.errors + again.unfinished.length;
    reruns.push(`${file} in ${name}: ${failedAgain === 0 && rerun.status === 0 ? 'passed' : 'failed'} the second time`);
    totals.passed += again.passed;
    totals.failed += failedAgain + (rerun.status !== 0 && failedAgain === 0 ? 1 : 0);
    totals.skipped += again.skipped;
  }
} else {
  totals.failed += 1;
}

// The catalogue: Storybook must build from the stories.
// (The build above already wrote the manifest and dist/ the builder story frames.)
if (process.env.GRAPPE_SKIP_STORYBOOK !== '1')
  check('storybook build', bin('storybook'), ['build', '-o', 'storybook-static', '--quiet']);

console.log('\n' + stages.map((line) => `  ${line}`).join('\n'));
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const line of reruns) console.log(`  run again after its page was lost: ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
