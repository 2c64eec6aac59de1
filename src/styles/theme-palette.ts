import { css } from 'lit';

/**
 * The themes' palettes (`theme="light|dark|auto"`), apart from the tokens so that
 * `<grappe-data theme="dark">`, which draws nothing of its own, can give its palette to the
 * elements inside it without taking the tokens' font and colours onto the page's own content.
 */
export const themeStyles = css`
  :host([theme='light']),
  :host([theme='auto']) {
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
    /* The browser's own parts (scroll bars, date and number fields) follow the theme, not the page. */
    color-scheme: light;
  }

  /* Light above, as on a light system, whatever an ancestor's theme; dark below when the system is. */
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
    }
  }
`;
