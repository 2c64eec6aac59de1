import { css } from 'lit';

/**
 * The map's colours in each theme (base map, groups, links), apart from the other palettes
 * (theme-palette.ts) because only two elements need them: `<grappe-map>`, for its own `theme`,
 * and `<grappe-data>`, which gives them to a map laid out inside it. The directory's script-tag
 * bundle, which has no map, is built with this module empty (rollup.config.js).
 */
export const mapPaletteStyles = css`
  :host([theme='light']),
  :host([theme='auto']) {
    --_theme-map-sea: #a8c8e0;
    --_theme-map-land: #f4f1e8;
    --_theme-map-border: #8f8a80;
    --_theme-map-coast: #6f90a8;
    --_theme-map-region: #a39c8f;
    --_theme-map-group: #4b5563;
    --_theme-map-link: #7b3294;
    --_theme-map-candidate: #b35806;
  }

  :host([theme='dark']) {
    --_theme-map-sea: #0a1a2a;
    --_theme-map-land: #3e454f;
    --_theme-map-border: #9aa3ad;
    --_theme-map-coast: #58738a;
    --_theme-map-region: #7d8590;
    --_theme-map-group: #6b7684;
    /* Lighter lines on dark land: the light theme's purple and brown read at 1.8:1 there. */
    --_theme-map-link: #d7a6f0;
    --_theme-map-candidate: #f1a340;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_theme-map-sea: #0a1a2a;
      --_theme-map-land: #3e454f;
      --_theme-map-border: #9aa3ad;
      --_theme-map-coast: #58738a;
      --_theme-map-region: #7d8590;
      --_theme-map-group: #6b7684;
      --_theme-map-link: #d7a6f0;
      --_theme-map-candidate: #f1a340;
    }
  }
`;
