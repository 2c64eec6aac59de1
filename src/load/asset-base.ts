/**
 * Where the files that ship beside the script are (the base map's `basemap/` folder, the
 * on-demand `locales/`): the folder of the script that holds this module. This source version
 * serves the source tree (tests, Storybook) from the build's `dist/`; the build replaces the
 * module (rollup.config.js, `assetLocation`) with one that resolves the folder of the built file
 * itself, whether an npm module, a chunk or the embed bundle (there through the script element's
 * own URL). So a page needs `connect-src 'self'` (and `script-src 'self'`) only, wherever it
 * hosts Grappe.
 */
export function assetBase(): string {
  // Not a literal in `new URL(…, import.meta.url)`: bundlers would try to inline the folder.
  const folder = ['..', '..', 'dist', ''].join('/');
  return new URL(folder, import.meta.url).href;
}
