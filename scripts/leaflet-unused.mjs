// Leaflet's ES module registers everything it has when it is imported (`Map.addInitHook`,
// `Control.Zoom = Zoom`…), so a bundler cannot leave out what a page never uses. Grappe never
// creates Leaflet's controls (its zoom, full-screen and attribution controls are its own Lit
// elements, `zoomControl: false, attributionControl: false`), image, video or SVG overlays, or WMS
// tile layers, nor draws with its canvas or VML renderer, drags a marker, draws a circle in metres
// or a rectangle, writes layers back as GeoJSON, flies, locates the visitor, zooms to a shift-drawn
// box, turns a long press into a context menu, uses another projection than Web Mercator or
// Leaflet's default image icon. This build-time step cuts those parts out of Leaflet 1.9.4's
// source: about 12 KB gzip of the full embed, and less script to compile before the first paint. It also removes
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
  // Grappe draws its points on its own canvas (components/grappe-map/canvas-layer.ts) and its
  // paths (territories, links) with the SVG renderer, Leaflet's default: never `preferCanvas`.
  {
    what: 'the canvas renderer',
    first: 'var Canvas = Renderer.extend({',
    last: 'function canvas(options) {\n\treturn Browser.canvas ? new Canvas(options) : null;\n}\n',
  },
  {
    what: 'the VML renderer of Internet Explorer 8',
    first: 'var vmlCreate = (function () {',
    last: '\t_bringToBack: function (layer) {\n\t\ttoBack(layer._container);\n\t}\n};\n',
  },
  // Grappe's markers are never draggable.
  {
    what: 'marker dragging',
    first: 'var MarkerDrag = Handler.extend({',
    last: "\t\t    .fire('moveend')\n\t\t    .fire('dragend', e);\n\t}\n});\n",
  },
  {
    what: 'circles in metres',
    first: 'var Circle = CircleMarker.extend({',
    last: 'return new Circle(latlng, options, legacyOptions);\n}\n',
  },
  {
    what: 'rectangles',
    first: 'var Rectangle = Polygon.extend({',
    last: 'function rectangle(latLngBounds, options) {\n\treturn new Rectangle(latLngBounds, options);\n}\n',
  },
  // Grappe moves the map with setView and fitBounds, finds the visitor without the map (the
  // directory's nearby sort), and zooms with its buttons, the wheel, pinches and double taps.
  {
    what: "the map's flyTo and flyToBounds",
    first: '\t// @method flyTo(latlng: LatLng, zoom?: Number, options?: Zoom/pan options): this\n',
    last: '\t\treturn this.flyTo(target.center, target.zoom, options);\n\t},\n',
  },
  {
    what: "the map's geolocation methods",
    first: '\t// @section Geolocation methods\n',
    last: "\t\tthis.fire('locationfound', data);\n\t},\n",
  },
  {
    what: 'the shift-drag box zoom',
    first: 'var BoxZoom = Handler.extend({',
    last: "Map.addInitHook('addHandler', 'boxZoom', BoxZoom);\n",
  },
  {
    what: 'the long-press context menu of iOS Safari',
    first: 'var TapHold = Handler.extend({',
    last: "Map.addInitHook('addHandler', 'tapHold', TapHold);\n",
  },
  // Grappe's maps are Web Mercator (EPSG:3857), Leaflet's default, and never name a projection.
  {
    what: 'the other projections and coordinate systems (EPSG:3395, EPSG:4326, Simple)',
    first: 'var LonLat = {',
    last: '\tinfinite: true\n});\n',
  },
  // Every marker Grappe makes is given its own icon (a div): Leaflet's default image icon,
  // which looks for its PNG files beside leaflet.css, is never shown.
  {
    what: 'the default image icon',
    first: 'var IconDefault = Icon.extend({',
    last: "\t\treturn link.href.substring(0, link.href.length - 'leaflet.css'.length - 1);\n\t}\n});\n",
  },
  // Grappe reads GeoJSON (territories) and never writes it back from layers.
  {
    what: "the map's zoom animation (Grappe's maps are made with zoomAnimation off)",
    first: '\t_createAnimProxy: function () {\n',
    last: "\t\tthis.fire('move');\n\n\t\tthis._moveEnd(true);\n\t}\n",
  },
  {
    what: "the wheel zoom handler (Grappe's gesture controller zooms with Ctrl and the wheel)",
    first: 'var ScrollWheelZoom = Handler.extend({',
    last: "Map.addInitHook('addHandler', 'scrollWheelZoom', ScrollWheelZoom);\n",
  },
  {
    what: "the layers' toGeoJSON methods",
    first: 'var PointToGeoJSON = {',
    last: "\t\treturn {\n\t\t\ttype: 'FeatureCollection',\n\t\t\tfeatures: jsons\n\t\t};\n\t}\n});\n",
  },
];

/** Lines rewritten because they name what was cut, each found exactly once. */
const REWRITES = [
  { what: 'the box zoom handler', find: 'Map.BoxZoom = BoxZoom;\n', replace: '' },
  { what: 'the long-press handler', find: 'Map.TapHold = TapHold;\n', replace: '' },
  { what: 'the VML fallback', find: 'if (Browser.vml) {\n\tSVG.include(vmlMixin);\n}\n', replace: '' },
  {
    what: 'the renderer choice (SVG only)',
    find: 'return (this.options.preferCanvas && canvas(options)) || svg(options);',
    replace: 'return svg(options);',
  },
  {
    what: 'the marker dragging handler',
    find: '\t\tif (MarkerDrag) {\n\t\t\tvar draggable = this.options.draggable;\n\t\t\tif (this.dragging) {\n\t\t\t\tdraggable = this.dragging.enabled();\n\t\t\t\tthis.dragging.disable();\n\t\t\t}\n\n\t\t\tthis.dragging = new MarkerDrag(this);\n\n\t\t\tif (draggable) {\n\t\t\t\tthis.dragging.enable();\n\t\t\t}\n\t\t}\n',
    replace: '',
  },
  {
    what: 'the zoom animation switch (its methods are cut)',
    find: 'this._zoomAnimated = TRANSITION && Browser.any3d && !Browser.mobileOpera &&\n\t\t\t\tthis.options.zoomAnimation;\n\n\t\t// zoom transitions run with the same duration for all layers, so if one of transitionend events\n\t\t// happens after starting zoom animation (propagating to the map pane), we know that it ended globally\n\t\tif (this._zoomAnimated) {\n\t\t\tthis._createAnimProxy();\n\t\t\ton(this._proxy, TRANSITION_END, this._catchTransitionEnd, this);\n\t\t}\n',
    replace: 'this._zoomAnimated = false;\n',
  },
  { what: 'the wheel zoom handler entry', find: 'Map.ScrollWheelZoom = ScrollWheelZoom;\n', replace: '' },
  { what: 'the EPSG:3395 entry', find: 'CRS.EPSG3395 = EPSG3395;\n', replace: '' },
  { what: 'the EPSG:4326 entry', find: 'CRS.EPSG4326 = EPSG4326;\n', replace: '' },
  { what: 'the Simple entry', find: 'CRS.Simple = Simple;\n', replace: '' },
  { what: "the markers' default icon", find: '\t\ticon: new IconDefault(),\n', replace: '' },
  { what: 'the default icon entry', find: 'Icon.Default = IconDefault;\n', replace: '' },
  {
    what: 'the SVG element factory',
    find: 'var create = Browser.vml ? vmlCreate : svgCreate;',
    replace: 'var create = svgCreate;',
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
  'Canvas',
  'vmlCreate',
  'vmlMixin',
  'MarkerDrag',
  'Circle',
  'circle',
  'Rectangle',
  'rectangle',
  'PointToGeoJSON',
  'BoxZoom',
  'TapHold',
  'LonLat',
  'Mercator',
  'EPSG3395',
  'EPSG4326',
  'Simple',
  'IconDefault',
  'ScrollWheelZoom',
  '_createAnimProxy',
  '_catchTransitionEnd',
  '_onZoomTransitionEnd',
];

/** The exports that go with them (the export list at the end of the file). */
const EXPORTS_CUT = [
  'ImageOverlay',
  'SVGOverlay',
  'VideoOverlay',
  'imageOverlay',
  'svgOverlay',
  'videoOverlay',
  'Canvas',
  'canvas',
  'Circle',
  'circle',
  'Rectangle',
  'rectangle',
  'index as Projection',
];

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
  for (const { what, find, replace } of REWRITES) {
    const at = onlyOnce(out, find, what);
    out = `${out.slice(0, at)}${replace}${out.slice(at + find.length)}`;
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
