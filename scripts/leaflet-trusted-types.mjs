// Leaflet 1.9.4 runs one HTML-string sink when it is imported: its browser detection writes
// `div.innerHTML = '<svg/>'` to learn whether inline SVG is supported, which every browser that
// has SVG does. Under `require-trusted-types-for 'script'` that assignment throws and the map
// never loads. This build-time patch replaces that one expression with its answer; Grappe uses
// no other HTML sink of Leaflet (its controls, icons and tooltips are DOM nodes).
//
// The patch is exact: it fails the build if Leaflet's version changes or the code it replaces is
// not there once (test/node/leaflet-patch.test.mjs checks both).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cutUnusedLeaflet } from './leaflet-unused.mjs';

export const PATCHED_LEAFLET_VERSION = '1.9.4';

const ORIGINAL = `var inlineSvg = !!svg$1 && (function () {
	var div = document.createElement('div');
	div.innerHTML = '<svg/>';
	return (div.firstChild && div.firstChild.namespaceURI) === 'http://www.w3.org/2000/svg';
})();`;

const PATCHED = `var inlineSvg = !!svg$1; // Grappe: no innerHTML at import (Trusted Types), see scripts/leaflet-trusted-types.mjs`;

/** Leaflet's ES module source with the patch applied; throws when it does not apply exactly. */
export function patchLeafletSource(source) {
  // Leaflet's npm file has Windows line ends.
  const code = source.replace(/\r\n/g, '\n');
  const first = code.indexOf(ORIGINAL);
  if (first < 0 || code.indexOf(ORIGINAL, first + 1) >= 0) {
    throw new Error(
      'leaflet-trusted-types: the inline-SVG feature test was not found exactly once; review the patch for this Leaflet version.',
    );
  }
  return code.replace(ORIGINAL, PATCHED);
}

export function installedLeafletVersion() {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('leaflet/package.json'), 'utf8')).version;
}

/** The rollup plugin: patches `leaflet-src.esm.js` as it is bundled. */
export function leafletTrustedTypes() {
  return {
    name: 'leaflet-trusted-types',
    buildStart() {
      const version = installedLeafletVersion();
      if (version !== PATCHED_LEAFLET_VERSION) {
        this.error(
          `leaflet-trusted-types: written for Leaflet ${PATCHED_LEAFLET_VERSION}, found ${version}; review the patch.`,
        );
      }
    },
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/leaflet/dist/leaflet-src.esm.js')) return null;
      // Also cut out what Grappe never uses (scripts/leaflet-unused.mjs).
      return { code: cutUnusedLeaflet(patchLeafletSource(code)), map: null };
    },
  };
}
