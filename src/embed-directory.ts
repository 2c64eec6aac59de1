/**
 * The directory embed, without a map: for chambers of commerce that list clusters and need no
 * Leaflet (`<grappe-data src=…><grappe-directory></grappe-directory><grappe-cluster></grappe-cluster></grappe-data>`).
 */
import './load/prepare-feed-reading.js';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-directory/grappe-directory.js';
import '../components/grappe-filters/grappe-filters.js';
// The detail elements load from parts/details.js beside the bundle (scripts/lazy-parts.mjs).
import '../components/grappe-explorer/detail-elements.js';
