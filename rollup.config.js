// The build: ES modules per entry for npm users (dependencies external, so that an application
// shares one Lit and one Leaflet), two single-file bundles for a script tag (everything inside,
// minified), and the command-line tool.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

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
 * Collapses the white space of Lit's css`…` stylesheets in the embed bundles (terser leaves
 * template literals alone). Only static stylesheets exist in the code: none has an expression.
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  transform(code, id) {
    if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
    const out = code.replace(/\bcss`([^`$]*)`/g, (_, body) =>
      `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim()}\``,
    );
    return out === code ? null : { code: out, map: null };
  },
};

/**
 * The base map's data stays out of the bundles: src/geo/asset-base.ts is replaced by a module
 * that finds `basemap/` relative to the built file (rollup resolves `ROLLUP_FILE_URL` per output:
 * `import.meta.url` in ES modules, the script element's URL in the IIFE embeds). The folder
 * itself is written by scripts/build-basemap.mjs; one of its files is emitted here to anchor it.
 */
const basemapLocation = {
  name: 'basemap-location',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/geo/asset-base.ts')) return null;
    const anchor = this.emitFile({ type: 'asset', fileName: 'basemap/france.json', source: readFileSync('assets/basemap/france.json') });
    // Resolved when the script runs: in the IIFE, only then does document.currentScript name it.
    // A bundler that rebundles these modules into a script without import.meta.url (esbuild's
    // IIFE) makes the URL throw: the page's own folder is the fallback, and \`basemap="<URL>"\` the cure.
    return `let base;\ntry { base = new URL('.', import.meta.ROLLUP_FILE_URL_${anchor}).href; } catch { base = new URL('basemap/', document.baseURI).href; }\nexport function basemapBase() { return base; }`;
  },
};

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

const elements = ['data', 'explorer', 'map', 'directory', 'cluster', 'members', 'filters', 'legend'];

const npmBuild = {
  input: {
    index: 'src/index.ts',
    react: 'src/react.ts',
    ...Object.fromEntries(elements.map((name) => [`grappe-${name}`, `components/grappe-${name}/grappe-${name}.ts`])),
  },
  external: isDependency,
  plugins: [basemapLocation, nodeResolve(), typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
};

const embed = (input, file) => ({
  input,
  plugins: [basemapLocation, leafletEsm, nodeResolve({ browser: true }), typescript(), minifyLitCss],
  output: {
    file,
    format: 'iife',
    sourcemap: true,
    plugins: [terser({ ecma: 2020, module: false, compress: { passes: 2 }, format: { comments: false } })],
  },
});

const cli = {
  input: 'src/cli/grappe.ts',
  external: (id) => isDependency(id) || id.startsWith('node:'),
  plugins: [nodeResolve({ preferBuiltins: true }), typescript()],
  output: { file: 'dist/cli.js', format: 'es', sourcemap: true },
};

export default [npmBuild, embed('src/embed.ts', 'dist/grappe.embed.js'), embed('src/embed-directory.ts', 'dist/grappe-directory.embed.js'), cli];
