// Leaflet's ES module registers everything it has when it is imported (`Map.addInitHook`,
// `Control.Zoom = Zoom`…), so a bundler cannot leave out what a page never uses. Grappe never
// creates Leaflet's controls (its zoom, full-screen and attribution controls are its own Lit
// elements, `zoomControl: false, attributionControl: false`), image, video or SVG overlays, or WMS
// tile layers. This build-time step cuts those parts out of Leaflet 1.9.4's source: about 6 KB
// gzip of the full embed, and less script to compile before the first paint. It also removes
// one HTML string Leaflet would otherwise carry (the attribution prefix with its flag).
//
// Each cut is exact: the build fails if a piece's first or last line is not found once, or if a
// name cut out is still used by what is left (test/node/leaflet-patch.test.mjs checks both). A
// site that wants Leaflet's own controls uses the npm package, which imports Leaflet unchanged.

/** The pieces cut out, each from its first line up to and including its last. */
const PIECES = [
  {
    what: 'the layers, zoom, scale and attribution controls, their map options and factories',
    first: 'var Layers = Control.extend({',
    last: 'control.attribution = attribution;\n',
  },
  {
    what: 'image, video and SVG overlays',
    first: 'var ImageOverlay = Layer.extend({',
    last: 'function svgOverlay(el, bounds, options) {\n\treturn new SVGOverlay(el, bounds, options);\n}\n',
  },
  {
    what: 'WMS tile layers',
    first: 'var TileLayerWMS = TileLayer.extend({',
    last: 'tileLayer.wms = tileLayerWMS;\n',
  },
];

/** Names defined only by the pieces: none may remain in what is left. */
export const NAMES_CUT = [
  'Layers',
  'Zoom',
  'Scale',
  'Attribution',
  'ukrainianFlag',
  'ImageOverlay',
  'VideoOverlay',
  'SVGOverlay',
  'imageOverlay',
  'videoOverlay',
  'svgOverlay',
  'TileLayerWMS',
  'tileLayerWMS',
];

/** The exports that go with them (the export list at the end of the file). */
const EXPORTS_CUT = ['ImageOverlay', 'SVGOverlay', 'VideoOverlay', 'imageOverlay', 'svgOverlay', 'videoOverlay'];

function onlyOnce(code, text, what) {
  const at = code.indexOf(text);
  if (at < 0 || code.indexOf(text, at + 1) >= 0) {
    throw new Error(`leaflet-unused: the line that bounds ${what} was not found exactly once; review the cut.`);
  }
  return at;
}

/** Leaflet's ES module source (Unix line ends) without the unused pieces; throws when a cut does not apply exactly. */
export function cutUnusedLeaflet(code) {
  let out = code;
  for (const { what, first, last } of PIECES) {
    const start = onlyOnce(out, first, what);
    const end = onlyOnce(out, last, what) + last.length;
    if (end <= start) throw new Error(`leaflet-unused: ${what} ends before it starts; review the cut.`);
    out = `${out.slice(0, start)}// Grappe: ${what} cut out (scripts/leaflet-unused.mjs)\n${out.slice(end)}`;
  }
  const exportAt = onlyOnce(out, '\nexport { ', 'the export list');
  const exportEnd = out.indexOf('};', exportAt);
  const names = out
    .slice(exportAt + '\nexport { '.length, exportEnd)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && !EXPORTS_CUT.includes(name));
  if (names.length !== out.slice(exportAt, exportEnd).split(',').length - EXPORTS_CUT.length) {
    throw new Error('leaflet-unused: the export list does not hold the names expected; review the cut.');
  }
  out = `${out.slice(0, exportAt)}\nexport { ${names.join(', ')} ${out.slice(exportEnd)}`;
  const codeOnly = out.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const left = NAMES_CUT.filter((name) => new RegExp(`\\b${name}\\b`).test(codeOnly));
  if (left.length) throw new Error(`leaflet-unused: still used after the cut: ${left.join(', ')}; review the cut.`);
  return out;
}
