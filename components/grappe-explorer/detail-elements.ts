/**
 * The detail elements the explorer shows (a cluster's page, its members, an organisation's card).
 * npm modules and the tests import them here, with the explorer. The script-tag bundles replace
 * this module (scripts/lazy-parts.mjs) with one that loads them from
 * `parts/details.js` beside the script as the bundle runs: the first paint does not wait for
 * their code, and the bundles are smaller.
 */
import '../grappe-cluster/grappe-cluster.js';
import '../grappe-members/grappe-members.js';
import '../grappe-organisation/grappe-organisation.js';

/** Resolves once the detail elements are defined (here, at once). */
export function loadDetailElements(): Promise<void> {
  return Promise.resolve();
}
