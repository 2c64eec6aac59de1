import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** @type {import('@storybook/web-components-vite').Preview} */
export default {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};
