/**
 * The detail elements' part of the script-tag bundles (`parts/details.js`, built by
 * scripts/lazy-parts.mjs): a cluster's page, its members and an organisation's card, loaded from
 * beside the bundle while the list and the map start. npm modules import these elements directly.
 */
import '../components/grappe-cluster/grappe-cluster.js';
import '../components/grappe-members/grappe-members.js';
import '../components/grappe-organisation/grappe-organisation.js';
