// Counts the browser tests for the closing `N passed, N failed` line (web-test-runner's own
// summary is decorated for people, not for CI). Writes test-results/browser.json, or the file
// GRAPPE_BROWSER_COUNTS names.
//
// A file whose page never reported back (web-test-runner's "did not finish within" error and
// its kin, with no result at all) is listed apart as `unfinished`, with its browser, and not
// counted: npm test runs such a file once more, alone, and counts that run (scripts/test.mjs). A
// file that hangs because of our code hangs again there and fails; a browser that lost a page
// once does not fail the whole run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function countResults(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countResults(child, counts);
}

function hasResults(suite) {
  return (suite?.tests?.length ?? 0) > 0 || (suite?.suites ?? []).some(hasResults);
}

/** What web-test-runner says of a page it lost: never started, never reported, could not be closed. */
const LOST_PAGE =
  /did not finish within|browser disconnected|did not start after|unable to create and start a test page|Timed out stopping the browser page/;

/**
 * A session whose page was lost before any test reported. Closing a lost page can add errors of
 * its own (a navigation that timed out): one of web-test-runner's is enough, the second run decides.
 */
function neverFinished(session) {
  return (
    !session.passed &&
    !hasResults(session.testResults) &&
    (session.errors ?? []).some((error) => LOST_PAGE.test(error.message ?? ''))
  );
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, errors: 0, unfinished: [] };
      for (const session of sessions) {
        if (neverFinished(session)) {
          counts.unfinished.push({
            file: relative(process.cwd(), session.testFile),
            browser: session.browser.name,
          });
          continue;
        }
        countResults(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.errors += session.errors.length;
      }
      const file = process.env.GRAPPE_BROWSER_COUNTS || 'test-results/browser.json';
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
