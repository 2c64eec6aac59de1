/**
 * The comparison's part of the script-tag bundles (`parts/compare.js`, built by
 * scripts/lazy-parts.mjs): `<grappe-compare>`, loaded when the explorer first shows it. npm
 * modules import the element directly.
 */
import '../components/grappe-compare/grappe-compare.js';
