// Counts the browser tests for the closing `N passed, N failed` line (web-test-runner's own
// summary is decorated for people, not for CI). Writes test-results/browser.json.
import { mkdirSync, writeFileSync } from 'node:fs';

function countResults(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countResults(child, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        countResults(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.errors += session.errors.length;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/browser.json', JSON.stringify(counts));
    },
  };
}
