// Storybook 10 for web components: stories are Lit templates; the docs tables come from the
// custom-elements manifest that `npm run analyze` generates from the elements' JSDoc.
import { fileURLToPath } from 'node:url';

const leafletEsm = fileURLToPath(new URL('../node_modules/leaflet/dist/leaflet-src.esm.js', import.meta.url));

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../examples', to: '/examples' }],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.resolve ??= {};
    config.resolve.alias = [...(Array.isArray(config.resolve.alias) ? config.resolve.alias : []), { find: /^leaflet$/, replacement: leafletEsm }];
    return config;
  },
};
