import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-explorer/grappe-explorer.js';
import { sampleFeed } from './fixtures.js';

interface ThemeArgs {
  accent: string;
  accentText: string;
  text: string;
  surface: string;
  border: string;
  radius: string;
  font: string;
  mapHeight: string;
  theme: 'light' | 'dark' | 'auto';
}

/**
 * The theming playground: every control is a design token, applied to the wrapper through the
 * CSSOM (as a site's stylesheet would), so the same values work under a strict CSP.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming playground',
  args: {
    accent: '#8a1538',
    accentText: '#ffffff',
    text: '#1b1f24',
    surface: '#ffffff',
    border: '#c5ccd3',
    radius: '6px',
    font: 'Georgia, serif',
    mapHeight: '24rem',
    theme: 'light',
  },
  argTypes: {
    accent: { control: 'color', description: '--grappe-color-accent' },
    accentText: { control: 'color', description: '--grappe-color-accent-text' },
    text: { control: 'color', description: '--grappe-color-text' },
    surface: { control: 'color', description: '--grappe-color-surface' },
    border: { control: 'color', description: '--grappe-color-border' },
    radius: { control: 'text', description: '--grappe-radius' },
    font: { control: 'text', description: '--grappe-font-family' },
    mapHeight: { control: 'text', description: '--grappe-map-height' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => {
    const apply = (element: Element | undefined) => {
      if (!(element instanceof HTMLElement)) return;
      const tokens: Record<string, string> = {
        '--grappe-color-accent': args.accent,
        '--grappe-color-accent-text': args.accentText,
        '--grappe-color-text': args.text,
        '--grappe-color-surface': args.surface,
        '--grappe-color-border': args.border,
        '--grappe-radius': args.radius,
        '--grappe-font-family': args.font,
        '--grappe-map-height': args.mapHeight,
      };
      for (const [name, value] of Object.entries(tokens)) element.style.setProperty(name, value);
    };
    return html`<div class="theming-playground" ${refCallback(apply)}>
      <grappe-explorer lang="en" theme=${args.theme} .data=${sampleFeed()} selected="eco-energies"></grappe-explorer>
    </div>`;
  },
};
export default meta;

import { ref } from 'lit/directives/ref.js';
const refCallback = (callback: (element: Element | undefined) => void) => ref(callback);

export const Playground: StoryObj<ThemeArgs> = {};
export const HighContrastBrand: StoryObj<ThemeArgs> = {
  args: { accent: '#000000', border: '#000000', radius: '0', font: 'Arial, sans-serif' },
};
