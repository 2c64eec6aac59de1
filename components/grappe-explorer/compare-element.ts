/**
 * `<grappe-compare>`, which the explorer shows with `view="compare"`. npm modules and the tests
 * import it here, with the explorer. The script-tag bundles replace this module
 * (scripts/lazy-parts.mjs) with one that loads it from `parts/compare.js` beside the script the
 * first time the explorer shows the comparison: most pages never do.
 */
import '../grappe-compare/grappe-compare.js';

/** Resolves once `<grappe-compare>` is defined (here, at once). */
export function loadCompareElement(): Promise<void> {
  return Promise.resolve();
}
