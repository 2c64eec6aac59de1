// The detail elements (a cluster's page, its members, an organisation's card) leave the
// script-tag bundles for a file beside them, `parts/details.js`, that the bundle starts loading as
// it runs: the page shows the list and the map without compiling them first, and the bundles
// weigh some 6 KB gzip less (issue 17's budgets).
//
// The part shares the bundle's Lit and Grappe's own modules (the shared state, the texts, the
// styles) instead of carrying copies: it is built as a function, `install(shared)`, whose every
// import outside the three elements' folders is a property of `shared`, and the bundle gives it
// those modules. Which modules these are is found by building the part once (`sharedImports`), so
// an import added to an element needs no list kept by hand.
//
// npm modules and the tests import the elements as usual (components/grappe-explorer/detail-elements.ts).
import { rollup } from 'rollup';
import { dirname, relative, resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';

const root = dirname(dirname(new URL(import.meta.url).pathname));

/** The part's entry: it registers the three elements. */
export const DETAIL_PARTS_ENTRY = 'src/embed-details.ts';
/** Where it is written, beside the bundles. */
export const DETAIL_PARTS_FILE = 'parts/details.js';
const OWN_FOLDERS = ['grappe-cluster', 'grappe-members', 'grappe-organisation'].map(
  (name) => resolve(root, 'components', name) + sep,
);

/** Whether an import of the part is the bundle's (shared) rather than its own. */
export function isShared(source, importer) {
  if (!importer) return false;
  if (!source.startsWith('.') && !source.startsWith('/')) return true; // lit, @lit/…
  const file = source.startsWith('/') ? source : resolve(dirname(importer), source);
  return !OWN_FOLDERS.some((folder) => file.startsWith(folder)) && !file.endsWith(DETAIL_PARTS_ENTRY);
}

/** The property of `shared` that holds a module: `lit/decorators.js` → `lit_decorators_js`. */
export function sharedKey(id) {
  const name = id.startsWith('/') ? relative(root, id).split(sep).join('/') : id;
  return name.replace(/\.(js|ts)$/, '').replace(/[^A-Za-z0-9]/g, '_');
}

/** What the bundle imports to give a shared module: the TypeScript file behind a `.js` import. */
function hostSpecifier(id) {
  if (!id.startsWith('/')) return id;
  const typescript = id.replace(/\.js$/, '.ts');
  return existsSync(typescript) ? typescript : id;
}

let found;
/** The ids the part imports from the bundle, by one build of the part (once per build run). */
export function sharedImports(plugins) {
  found ??= (async () => {
    const ids = new Set();
    const external = (source, importer) => {
      if (!isShared(source, importer)) return false;
      ids.add(source.startsWith('.') ? resolve(dirname(importer), source) : source);
      return true;
    };
    const build = await rollup({ input: DETAIL_PARTS_ENTRY, external, plugins, onwarn: () => undefined });
    await build.close();
    return [...ids].sort();
  })();
  return found;
}

/**
 * The rollup plugin of the script-tag bundles: replaces detail-elements.ts (which imports the
 * elements) with a module that gives the part the shared modules and loads it from beside the
 * script, at once (the script's folder is known only while it runs).
 */
export function lazyDetailElements(partPlugins) {
  return {
    name: 'lazy-detail-elements',
    async load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/components/grappe-explorer/detail-elements.ts')) return null;
      const ids = await sharedImports(partPlugins);
      const imports = ids.map((shared, at) => `import * as m${at} from ${JSON.stringify(hostSpecifier(shared))};`);
      const entries = ids.map((shared, at) => `  ${sharedKey(shared)}: m${at},`);
      return [
        `import { assetBase } from ${JSON.stringify(resolve(root, 'src/load/asset-base.ts'))};`,
        ...imports,
        `const shared = {\n${entries.join('\n')}\n};`,
        `const url = new URL(${JSON.stringify(DETAIL_PARTS_FILE)}, assetBase()).href;`,
        'let loading;',
        '/** Loads the detail elements from beside the script (once). */',
        'export function loadDetailElements() {',
        '  loading ??= import(url).then((part) => part.install(shared)).catch((error) => {',
        // Said once, as the locales are: the list and the map work without the details.
        "    console.warn('Grappe: the detail elements could not be loaded from ' + url + '; the details stay empty.', error);",
        '  });',
        '  return loading;',
        '}',
        'loadDetailElements();',
        '',
      ].join('\n');
    },
  };
}
