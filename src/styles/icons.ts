import { svg } from 'lit';

/**
 * The controls' icons, drawn in SVG (a font glyph such as ⛶ is missing from many systems).
 * Decorative: the buttons carry the accessible name.
 */
const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;

export const plusIcon = icon(svg`<path d="M12 5v14M5 12h14" />`);
export const minusIcon = icon(svg`<path d="M5 12h14" />`);
export const fitIcon = icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /><circle cx="12" cy="12" r="2.5" />`);
export const fullscreenIcon = icon(svg`<path d="M8 3H3v5M16 3h5v5M8 21H3v-5M16 21h5v-5" />`);
export const exitFullscreenIcon = icon(svg`<path d="M3 8h5V3M21 8h-5V3M3 16h5v5M21 16h-5v5" />`);
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6L6 18" />`);
