// Elements the script-tag bundles load from files beside them, `parts/<name>.js`, instead of
// carrying them: the detail elements (a cluster's page, its members, an organisation's card),
// started as the bundle runs so that the first paint does not compile them, and the comparison
// (`<grappe-compare>`), loaded when the explorer first shows it. The bundles weigh some 9 KB gzip
// less (issue 17's budgets).
//
// A part shares the bundle's Lit and Grappe's own modules (the shared state, the texts, the
// styles) instead of carrying copies: it is built as a function, `install(shared)`, whose every
// import outside the part's own files is a property of `shared`, and the bundle gives it those
// modules. Which modules these are is found by building the part once (`sharedImports`), so an
// import added to an element needs no list kept by hand.
//
// npm modules and the tests import the elements as usual, through each part's loader module.
import { rollup } from 'rollup';
import { dirname, relative, resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';

const root = dirname(dirname(new URL(import.meta.url).pathname));

/**
 * Each part: its entry (which registers its elements), its own files (folders end with `/`),
 * the loader module the bundles replace, the function that loader exports, and whether the
 * bundle starts loading it as it runs (else on the loader's first call).
 */
export const PARTS = [
  {
    name: 'details',
    entry: 'src/embed-details.ts',
    // With the modules only the details read in a bundle without a map (the directory embed):
    // pure functions, so a second copy where the map has its own is harmless.
    own: [
      'components/grappe-cluster/',
      'components/grappe-members/',
      'components/grappe-organisation/',
      'src/text/country-name.ts',
      'src/geo/cluster-places.ts',
    ],
    loader: 'components/grappe-explorer/detail-elements.ts',
    load: 'loadDetailElements',
    atOnce: true,
  },
  {
    name: 'compare',
    entry: 'src/embed-compare.ts',
    // The CSV writer only the comparison's download uses: the part's own, not the bundle's.
    own: ['components/grappe-compare/', 'src/model/compare.ts', 'src/csv/csv.ts'],
    loader: 'components/grappe-explorer/compare-element.ts',
    load: 'loadCompareElement',
    atOnce: false,
  },
];

/** Whether an import of `part` is the bundle's (shared) rather than the part's own. */
export function isShared(part, source, importer) {
  if (!importer) return false;
  if (!source.startsWith('.') && !source.startsWith('/')) return true; // lit, @lit/…
  const file = relative(root, source.startsWith('/') ? source : resolve(dirname(importer), source))
    .split(sep)
    .join('/');
  const owned = (path) => (path.endsWith('/') ? file.startsWith(path) : file.replace(/\.js$/, '.ts') === path);
  return file !== part.entry && !part.own.some(owned);
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

const found = new Map();
/** The ids a part imports from the bundle, by one build of the part (once per build run). */
function sharedImports(part, plugins) {
  if (!found.has(part.name)) {
    found.set(
      part.name,
      (async () => {
        const ids = new Set();
        const external = (source, importer) => {
          if (!isShared(part, source, importer)) return false;
          ids.add(source.startsWith('.') ? resolve(dirname(importer), source) : source);
          return true;
        };
        const build = await rollup({ input: part.entry, external, plugins, onwarn: () => undefined });
        await build.close();
        return [...ids].sort();
      })(),
    );
  }
  return found.get(part.name);
}

/**
 * The rollup plugin of the script-tag bundles: replaces each part's loader module (which imports
 * the elements) with one that gives the part the shared modules and loads it from beside the
 * script. A part that fails to load is said in the console, and the explorer says so where its
 * elements would have been (`partFailed`): the rest of the page works.
 */
export function lazyParts(partPlugins) {
  return {
    name: 'lazy-parts',
    async load(id) {
      const path = relative(root, id).split(sep).join('/');
      const part = PARTS.find(({ loader }) => loader === path);
      if (!part) return null;
      const ids = await sharedImports(part, partPlugins);
      return [
        `import { assetBase } from ${JSON.stringify(resolve(root, 'src/load/asset-base.ts'))};`,
        ...ids.map((shared, at) => `import * as m${at} from ${JSON.stringify(hostSpecifier(shared))};`),
        `const shared = {\n${ids.map((shared, at) => `  ${sharedKey(shared)}: m${at},`).join('\n')}\n};`,
        'let loading;',
        `export function ${part.load}() {`,
        `  const url = new URL('parts/${part.name}.js', assetBase()).href;`,
        '  loading ??= import(url).then((part) => part.install(shared)).catch((error) => {',
        `    console.warn('Grappe: ' + url + ' could not be loaded.', error);`,
        '    throw error;',
        '  });',
        '  return loading;',
        '}',
        // Started at once; a failure is shown where the elements would be (the explorer's panes).
        part.atOnce ? `${part.load}().catch(() => undefined);` : '',
      ].join('\n');
    },
  };
}

/** The rollup builds of the parts: each an ES module whose `install(shared)` runs its elements. */
export function partBuilds({ plugins, outputPlugins }) {
  return PARTS.map((part) => ({
    input: part.entry,
    external: (source, importer) => isShared(part, source, importer),
    plugins,
    output: {
      file: `dist/parts/${part.name}.js`,
      format: 'iife',
      globals: (id) => `shared.${sharedKey(id)}`,
      banner: 'export function install(shared) {',
      footer: '}',
      sourcemap: true,
      plugins: outputPlugins,
    },
  }));
}
