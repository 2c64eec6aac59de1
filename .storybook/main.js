// Storybook 10 for web components: stories are Lit templates; the docs tables come from the
// custom-elements manifest that `npm run analyze` generates from the elements' JSDoc.
import { fileURLToPath } from 'node:url';

const leafletEsm = fileURLToPath(new URL('../node_modules/leaflet/dist/leaflet-src.esm.js', import.meta.url));

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo pages and the built bundles, for the embed builder story (`npm run build` first).
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../dist', to: '/dist' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.resolve ??= {};
    config.resolve.alias = [
      ...(Array.isArray(config.resolve.alias) ? config.resolve.alias : []),
      { find: /^leaflet$/, replacement: leafletEsm },
    ];
    return config;
  },
};
