import { css } from 'lit';
import { themeStyles } from './theme-palette.js';

/**
 * Design tokens. A page themes every Grappe element with one rule on any ancestor
 * (`body { --grappe-color-accent: #8a1538 }`): custom properties inherit into shadow roots.
 * Components read the private `--_…` copies below, never a literal colour.
 *
 * Themes: an element with `theme` sets the `--_theme-…` palette; an element without one (the
 * filters inside a dark directory, a members list in a dark page's `<grappe-data theme="dark">`)
 * inherits the palette of its nearest themed ancestor, because custom properties inherit and
 * the `--_…` tokens fall back to it. So one `theme` on the outermost element themes them all.
 */
const tokens = css`
  /* Hidden until the texts of its language arrive (GrappeElement.waitsForTexts). */
  :host([data-texts-pending]) {
    visibility: hidden;
  }

  :host {
    display: block;
    --_font: var(--grappe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--grappe-font-size, 1rem);
    --_text: var(--grappe-color-text, var(--_theme-text, #1b1f24));
    --_text-muted: var(--grappe-color-text-muted, var(--_theme-text-muted, #4f5863));
    --_surface: var(--grappe-color-surface, var(--_theme-surface, #ffffff));
    --_surface-alt: var(--grappe-color-surface-alt, var(--_theme-surface-alt, #f3f5f7));
    --_border: var(--grappe-color-border, var(--_theme-border, #767f8a));
    --_accent: var(--grappe-color-accent, var(--_theme-accent, #0b5cad));
    --_accent-text: var(--grappe-color-accent-text, var(--_theme-accent-text, #ffffff));
    --_selected: var(--grappe-color-selected, var(--_theme-selected, #e8f0fb));
    --_error: var(--grappe-color-error, var(--_theme-error, #b3261e));
    --_warning: var(--grappe-color-warning, var(--_theme-warning, #8a5a00));
    --_focus: var(--grappe-focus-ring, var(--_theme-focus, 3px solid #1a73e8));
    --_radius: var(--grappe-radius, 6px);
    --_space: var(--grappe-space, 0.5rem);
    --_shadow: var(--grappe-shadow, 0 1px 3px rgb(0 0 0 / 0.2));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.4;
    /* Visually hidden texts are positioned: each element contains its own, so that none escapes a
       scrolling pane and adds height at the page's end. */
    position: relative;
  }

  /* A themed element paints its own surface, so its text keeps its contrast on any page. */
  :host([theme]) {
    background: var(--_surface);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button,
  .button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.75rem;
    min-height: 2.25rem;
    min-width: 2.25rem;
    cursor: pointer;
  }

  button:hover {
    background: var(--_surface-alt);
  }

  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }

  input[type='search'],
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.5rem;
    min-height: 2.25rem;
  }

  a {
    color: var(--_accent);
  }

  /* A button that reads as a link (an action inside a sentence or a list). */
  button.link {
    border: 0;
    background: none;
    padding: 0.1rem 0;
    /* WCAG 2.5.8: a 24px target. */
    min-height: 1.5rem;
    min-width: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
  }

  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.85em;
  }

  .status {
    padding: var(--_space);
    color: var(--_text-muted);
  }

  .status.error {
    color: var(--_error);
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    .badge,
    button {
      border: 1px solid ButtonText;
    }
  }
`;

/** The tokens and the themes' palettes: what every element's styles start with. */
export const tokenStyles = [themeStyles, tokens];

/** A row of labelled controls (search field, menus): the directory's and the members list's. */
export const controlRowStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.9em;
    gap: 0.15rem;
  }
`;

/**
 * A details card (a cluster's, an organisation's): a header with the name, badges and a close
 * button, then sections with headings one level below.
 */
export const detailCardStyles = css`
  .card {
    background: var(--_surface);
    padding: var(--_space);
  }
  header {
    position: relative;
    padding-inline-end: 2.75rem;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.3em;
  }
  .name:focus-visible {
    outline: var(--_focus);
  }
  .short-name {
    margin: 0 0 0.25rem;
    color: var(--_text-muted);
  }
  .badges {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    padding: 0;
    margin: 0.25rem 0;
  }
  .close {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
  }
  section {
    margin-top: calc(var(--_space) * 2);
  }
  .section-title {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  section ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
`;
