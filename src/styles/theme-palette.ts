import { css } from 'lit';

/**
 * The themes' palettes (`theme="light|dark|auto"`), apart from the tokens so that
 * `<grappe-data theme="dark">`, which draws nothing of its own, can give its palette to the
 * elements inside it without taking the tokens' font and colours onto the page's own content.
 * The map's base map and lines are in it too: a map laid out by hand inside `<grappe-data>`
 * takes its theme as the other parts do.
 */
export const themeStyles = css`
  :host([theme='light']) {
    --_theme-text: #1b1f24;
    --_theme-text-muted: #4f5863;
    --_theme-surface: #ffffff;
    --_theme-surface-alt: #f3f5f7;
    --_theme-border: #767f8a;
    --_theme-accent: #0b5cad;
    --_theme-accent-text: #ffffff;
    --_theme-selected: #e8f0fb;
    --_theme-error: #b3261e;
    --_theme-warning: #8a5a00;
    --_theme-focus: 3px solid #1a73e8;
    --_theme-map-sea: #a8c8e0;
    --_theme-map-land: #f4f1e8;
    --_theme-map-border: #8f8a80;
    --_theme-map-coast: #6f90a8;
    --_theme-map-region: #a39c8f;
    --_theme-map-group: #4b5563;
    --_theme-map-link: #7b3294;
    --_theme-map-candidate: #b35806;
    /* The browser's own parts (scroll bars, date and number fields) follow the theme, not the page. */
    color-scheme: light;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='dark']) {
    color-scheme: dark;
    --_theme-text: #e8eaed;
    --_theme-text-muted: #b4bcc6;
    --_theme-surface: #1b1f24;
    --_theme-surface-alt: #262b31;
    --_theme-border: #8a939e;
    --_theme-accent: #8ab4f8;
    --_theme-accent-text: #0b1a2e;
    --_theme-selected: #23395b;
    --_theme-error: #f2b8b5;
    --_theme-warning: #f5cf7a;
    --_theme-focus: 3px solid #8ab4f8;
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
      --_theme-text: #e8eaed;
      --_theme-text-muted: #b4bcc6;
      --_theme-surface: #1b1f24;
      --_theme-surface-alt: #262b31;
      --_theme-border: #8a939e;
      --_theme-accent: #8ab4f8;
      --_theme-accent-text: #0b1a2e;
      --_theme-selected: #23395b;
      --_theme-error: #f2b8b5;
      --_theme-warning: #f5cf7a;
      --_theme-focus: 3px solid #8ab4f8;
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
