import { html, type TemplateResult } from 'lit';

/**
 * A heading at the level the page's outline needs (`heading-level` attributes): Lit templates
 * cannot make a tag name from a value, so one template per level. Levels outside 2–6 become 2.
 */
export function heading(level: number, content: TemplateResult | string, className: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className}>${content}</h6>`;
    default:
      return html`<h2 class=${className}>${content}</h2>`;
  }
}

/** A `heading-level` attribute's value kept where it and the headings below it fit (2 to 5). */
export function clampHeadingLevel(value: number, fallback: number): number {
  return Math.min(5, Math.max(2, Math.round(value) || fallback));
}
