/**
 * The single-file embed: every Grappe element, Lit, Leaflet (with its CSS, adopted by the map's
 * shadow root), and the code of the built-in base map (its data stays in `basemap/`), for a
 * `<script>` tag. The feed reader (zod, the validator; also the worker) and the texts other than
 * English load from beside it.
 */
import './load/prepare-feed-reading.js';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-explorer/grappe-explorer.js';
import '../components/grappe-map/grappe-map.js';
import '../components/grappe-directory/grappe-directory.js';
import '../components/grappe-filters/grappe-filters.js';
// The detail elements load from parts/details.js beside the bundle (scripts/lazy-parts.mjs).
import '../components/grappe-explorer/detail-elements.js';
import '../components/grappe-legend/grappe-legend.js';
// <grappe-compare> loads from parts/compare.js when the explorer first shows it.
import '../components/grappe-explorer/compare-element.js';
