/**
 * The directory embed, without a map: for chambers of commerce that list clusters and need no
 * Leaflet (`<grappe-data src=…><grappe-directory></grappe-directory><grappe-cluster></grappe-cluster></grappe-data>`).
 */
import './load/start-worker-early.js';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-directory/grappe-directory.js';
import '../components/grappe-filters/grappe-filters.js';
import '../components/grappe-cluster/grappe-cluster.js';
import '../components/grappe-members/grappe-members.js';
import '../components/grappe-organisation/grappe-organisation.js';
