import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { sanitiseEmail, sanitisePhone, sanitiseUrl, type SafeUrl } from '../text/sanitise-url.js';
import { describeValue } from '../validate/describe-value.js';

/**
 * A link from feed data. Every `href` in Grappe is built here, from what the sanitiser returns;
 * a value it refuses is shown as text, never as a link.
 */
export function renderLink(raw: string, kind: 'web' | 'email' | 'phone', t: Translation): TemplateResult {
  const safe: SafeUrl | null =
    kind === 'email' ? sanitiseEmail(raw) : kind === 'phone' ? sanitisePhone(raw) : sanitiseUrl(raw);
  if (!safe) return html`<span class="unsafe-link">${describeValue(raw)} <small>(${t.unsafeLink})</small></span>`;
  const text = kind === 'web' ? describeValue(raw.replace(/^https?:\/\//i, '').replace(/\/$/, '')) : describeValue(raw);
  if (safe.kind !== 'web') return html`<a href=${safe.href}>${text}</a>`;
  return html`<a href=${safe.href} target="_blank" rel="noopener noreferrer">${text}</a>`;
}
