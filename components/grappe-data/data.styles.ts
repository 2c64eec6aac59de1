import { css } from 'lit';
// The palettes alone (not the tokens' stylesheet): grappe-data comes first in the bundles, and
// the tokens stay beside the other stylesheets, where they compress with them.
import { themeStyles } from '../../src/styles/theme-palette.js';
import { mapPaletteStyles } from '../../src/styles/map-palette.js';

/**
 * `<grappe-data>` draws nothing of its own: it lays out what the page puts inside it. With a
 * `theme`, it gives that theme's palette to the Grappe elements inside it (custom properties
 * inherit into their shadow roots), a map's colours included, and paints its surface, so that
 * their texts keep their contrast on any page; the page's own texts inside it take the theme's
 * text colour.
 */
export const dataStyles = [
  themeStyles,
  mapPaletteStyles,
  css`
    :host {
      display: block;
    }
    :host([theme]) {
      background: var(--grappe-color-surface, var(--_theme-surface));
      color: var(--grappe-color-text, var(--_theme-text));
    }
  `,
];
