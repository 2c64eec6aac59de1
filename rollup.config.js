// The build: ES modules per entry for npm users (dependencies external, so that an application
// shares one Lit and one Leaflet), two single-file bundles for a script tag (everything inside,
// minified), and the command-line tool.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';
import { frenchVocabularyLabels, vocabulariesWithoutFrench } from './scripts/vocabulary-labels.mjs';
import { lazyParts, partBuilds } from './scripts/lazy-parts.mjs';
import { sharedDecoratorHelper } from './scripts/shared-decorator-helper.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const externals = [...dependencies, ...Object.keys(pkg.peerDependencies ?? {})];
const isDependency = (id) => externals.some((name) => id === name || id.startsWith(`${name}/`));

/** Leaflet's `main` is UMD; its ES module build is what a bundler wants. */
const leafletEsm = {
  name: 'leaflet-esm',
  resolveId(source) {
    return source === 'leaflet' ? this.resolve('leaflet/dist/leaflet-src.esm.js', undefined, { skipSelf: true }) : null;
  },
};

/**
 * Leaflet defines each class with a call (`var Popup = DivOverlay.extend({…})`), which a bundler
 * must keep in case it has effects: it has none, so each is marked pure, and a class that nothing
 * left reaches is dropped with it. The pieces Grappe never uses are cut out beforehand
 * (scripts/leaflet-unused.mjs); this takes what their cutting left unreferenced.
 */
const leafletPureClasses = {
  name: 'leaflet-pure-classes',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('leaflet/dist/leaflet-src.esm.js')) return null;
    return {
      code: code.replace(/^(var [A-Za-z$_][\w$]* = )(?=[A-Za-z$_][\w$.]*\.extend\(\{)/gm, '$1/*#__PURE__*/ '),
      map: null,
    };
  },
};

/**
 * Collapses the white space of Lit's css`…` stylesheets in the embed bundles (terser leaves
 * template literals alone). Only static stylesheets exist in the code: none has an expression.
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  transform(code, id) {
    if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
    const out = code.replace(
      /\bcss`([^`$]*)`/g,
      (_, body) =>
        `css\`${body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // `stroke: red` → `stroke:red` (no stylesheet has a colon and a space inside a string).
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim()}\``,
    );
    return out === code ? null : { code: out, map: null };
  },
};

/**
 * The explorer's options carry their documentation (`doc`), which the manifest and
 * docs/REFERENCE.md read from the source: the script-tag bundles leave it out (about 1 KB gzip).
 */
const dropOptionDocs = {
  name: 'drop-option-docs',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/components/grappe-explorer/explorer-options.ts')) return null;
    const out = code.replace(/\bdoc:\s*('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`)/g, "doc: ''");
    return out === code ? null : { code: out, map: null };
  },
};

/**
 * The script-tag bundles in ASCII. A classic script is decoded in the page's encoding unless its
 * server names one, and a page without `<meta charset="utf-8">` (windows-1252, then) would read
 * the texts' accents and typographic quotes as other characters, or fail to parse the bundle.
 * Terser's `ascii_only` escapes strings and regular expressions; this escapes what it leaves,
 * the template literals of Lit's templates (`\u00d7` reads as `×` there too: Lit uses the cooked
 * strings). The source map keeps its columns, a few characters off after an escape on a line.
 */
const asciiOnly = {
  name: 'ascii-only',
  renderChunk(code) {
    const out = code.replace(/[\u0080-\uffff]/g, (character, at) => {
      if (code[at - 1] === '\\') throw new Error(`ascii-only: a backslash before "${character}" at ${at}`);
      return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return out === code ? null : { code: out, map: null };
  },
};

/**
 * The files that ship beside the script (the base map's data, the on-demand locales) stay out of
 * the bundles: src/load/asset-base.ts is replaced by a module that finds the folder of the
 * built file (rollup resolves `ROLLUP_FILE_URL` per output: `import.meta.url` in ES modules, the
 * script element's URL in the IIFE embeds). The base map's folder is written by
 * scripts/build-basemap.mjs; one of its files is emitted here to anchor the folder.
 */
const assetLocation = {
  name: 'asset-location',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/load/asset-base.ts')) return null;
    const anchor = this.emitFile({
      type: 'asset',
      fileName: 'basemap/france.json',
      source: readFileSync('assets/basemap/france.json'),
    });
    // Resolved when the script runs: in the IIFE, only then does document.currentScript name it.
    // A bundler that rebundles these modules into a script without import.meta.url (esbuild's
    // IIFE) makes the URL throw: the page's own folder is the fallback, and \`basemap="<URL>"\` the cure.
    return `let base;\ntry { base = new URL('..', import.meta.ROLLUP_FILE_URL_${anchor}).href; } catch { base = document.baseURI; }\nexport function assetBase() { return base; }`;
  },
};

/** Locales the script-tag bundles load on demand from `locales/` beside the script. */
const onDemandLocales = ['fr', 'de', 'es', 'it'];

/**
 * In the script-tag bundles, English inside (the fallback of every language); the others in
 * `locales/<code>.js`, French included: elements wait for their language's file before they
 * render (GrappeElement.waitsForTexts), a request made while the worker starts.
 */
const lazyLocales = {
  name: 'lazy-locales',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/i18n/bundled-locales.ts')) return null;
    const loaders = onDemandLocales
      .map(
        (code) =>
          `  ${code}: () => import(new URL('locales/${code}.js', assetBase()).href).then(withVocabularyLabels('${code}')),`,
      )
      .join('\n');
    // A locale file may carry the built-in vocabularies' labels in its language (French does:
    // scripts/vocabulary-labels.mjs), given to the vocabularies as the file arrives.
    const withLabels = `const withVocabularyLabels = (code) => (module) => {\n  if (module.vocabularyLabels) addVocabularyLabels(code, module.vocabularyLabels);\n  return module[code];\n};\n`;
    return `import { en } from './locales/en.js';\nimport { assetBase } from '../load/asset-base.js';\nimport { addVocabularyLabels } from '../schema/vocabularies.js';\n${withLabels}export const bundledTranslations = [en];\nexport const laterTranslations = {\n${loaders}\n};\n`;
  },
};

/** In the script-tag bundles, the table writer of the CSV download loads from `export/` beside the script. */
const lazyTableExport = {
  name: 'lazy-table-export',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/export/table-export-loader.ts')) return null;
    return `import { assetBase } from '../load/asset-base.js';\nexport const loadTableExport = () => import(new URL('export/table-export.js', assetBase()).href);\n`;
  },
};

/**
 * In the script-tag bundles, the feed worker's code, when it must run on the page (no worker could
 * start), is imported from `worker/feed-worker.js` beside the script: the worker's own file.
 */
const lazyFeedWorker = {
  name: 'lazy-feed-worker',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/load/feed-worker-loader.ts')) return null;
    return `import { assetBase } from './asset-base.js';\nexport const loadFeedWorkerCode = () => import(new URL('worker/feed-worker.js', assetBase()).href);\n`;
  },
};

/** TypeScript through esbuild, its decorator helper shared by the modules instead of copied into each. */
const typescript = () => [
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
  sharedDecoratorHelper,
];

const elements = [
  'data',
  'explorer',
  'map',
  'directory',
  'cluster',
  'members',
  'organisation',
  'filters',
  'legend',
  'compare',
  'publisher',
];

const npmBuild = {
  input: {
    index: 'src/index.ts',
    react: 'src/react.ts',
    ...Object.fromEntries(elements.map((name) => [`grappe-${name}`, `components/grappe-${name}/grappe-${name}.ts`])),
  },
  external: isDependency,
  plugins: [assetLocation, nodeResolve(), typescript(), minifyLitCss],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
};

/** The directory's bundle has no map: the map's palette (src/styles/map-palette.ts) is empty in it. */
const withoutMapPalette = {
  name: 'without-map-palette',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/styles/map-palette.ts')) return null;
    return "import { css } from 'lit';\nexport const mapPaletteStyles = css``;\n";
  },
};

const embed = (input, file, { french = false, map = true } = {}) => ({
  input,
  plugins: [
    ...(map ? [] : [withoutMapPalette]),
    // The publisher's bundle reads French spreadsheets: it keeps the vocabularies' French labels.
    ...(french ? [] : [vocabulariesWithoutFrench()]),
    assetLocation,
    lazyLocales,
    lazyTableExport,
    lazyFeedWorker,
    lazyParts([typescript()]),
    leafletEsm,
    leafletTrustedTypes(),
    leafletPureClasses,
    nodeResolve({ browser: true }),
    typescript(),
    minifyLitCss,
    dropOptionDocs,
  ],
  output: {
    file,
    format: 'iife',
    sourcemap: true,
    plugins: [
      terser({ ecma: 2020, module: false, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
      asciiOnly,
    ],
  },
});

const cli = {
  input: 'src/cli/grappe.ts',
  external: (id) => isDependency(id) || id.startsWith('node:'),
  plugins: [nodeResolve({ preferBuiltins: true }), typescript()],
  output: { file: 'dist/cli.js', format: 'es', sourcemap: true },
};

/** A small ES module built whole into `dist/<folder>/`, that the embeds load from beside them. */
const besideTheScript = (folder, input, { resolve = false, sourcemap = false, passes = 1, plugins = [] } = {}) => ({
  input,
  plugins: [...plugins, ...(resolve ? [nodeResolve({ browser: true })] : []), typescript()],
  output: {
    dir: `dist/${folder}`,
    format: 'es',
    entryFileNames: '[name].js',
    sourcemap,
    plugins: [terser({ ecma: 2020, module: true, compress: { passes }, format: { comments: false } })],
  },
});

/** The on-demand locales. */
const locales = besideTheScript(
  'locales',
  Object.fromEntries(onDemandLocales.map((code) => [code, `src/i18n/locales/${code}.ts`])),
  { plugins: [frenchVocabularyLabels('src/schema/vocabularies.ts')] },
);

/** The CSV download's table writer, imported on first use. */
const tableExport = besideTheScript('export', { 'table-export': 'src/export/table-export.ts' }, { resolve: true });

/**
 * The feed worker (fetch, parse, validate off the page's thread), whole in one ES module: a
 * worker cannot resolve the bare imports (zod) that npm modules leave to the application.
 */
const feedWorker = besideTheScript(
  'worker',
  { 'feed-worker': 'src/worker.ts' },
  { resolve: true, sourcemap: true, passes: 2, plugins: [vocabulariesWithoutFrench()] },
);

/**
 * The parts the embeds load from beside them (scripts/lazy-parts.mjs): the detail elements, the
 * comparison. Each an ES module whose `install(shared)` runs its elements with the bundle's own
 * Lit and modules.
 */
const parts = partBuilds({
  plugins: [typescript(), minifyLitCss],
  outputPlugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
});

export default [
  npmBuild,
  ...parts,
  feedWorker,
  locales,
  tableExport,
  embed('src/embed.ts', 'dist/grappe.embed.js'),
  embed('src/embed-directory.ts', 'dist/grappe-directory.embed.js', { map: false }),
  embed('src/embed-publisher.ts', 'dist/grappe-publisher.embed.js', { french: true }),
  cli,
];
