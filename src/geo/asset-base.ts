/**
 * Where the base map's data files are: the folder `basemap/` next to the script that holds this
 * module. This source version serves the source tree (tests, Storybook) from the build's
 * `dist/basemap/`; the build replaces the module (rollup.config.js, `basemapLocation`) with
 * one that resolves `basemap/` relative to the built file itself, whether an npm module, a
 * chunk or the embed bundle (there through the script element's own URL). So a page needs
 * `connect-src 'self'` only, wherever it hosts Grappe.
 */
export function basemapBase(): string {
  // Not a literal in `new URL(…, import.meta.url)`: bundlers would try to inline the folder.
  const folder = ['..', '..', 'dist', 'basemap', ''].join('/');
  return new URL(folder, import.meta.url).href;
}
