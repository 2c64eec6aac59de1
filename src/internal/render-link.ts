import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { sanitiseEmail, sanitisePhone, sanitiseUrl, type SafeUrl } from '../text/sanitise-url.js';
import { describeValue } from '../validate/describe-value.js';

/** Bidirectional controls, which can make a link's text read as another address. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const LATIN = /\p{Script=Latin}/u;
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/**
 * What a web link shows: its host, so that a long look-alike text cannot hide where it goes. An
 * internationalised host is shown as written when its letters are of one script (`région.fr`),
 * as punycode when it mixes scripts (a Cyrillic `а` among Latin letters).
 */
export function hostText(href: string, raw: string): string {
  const ascii = new URL(href).host;
  if (!ascii.includes('xn--')) return ascii;
  const written = /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(raw.trim())?.[1] ?? '';
  const mixes = written.split('.').some((label) => LATIN.test(label) && OTHER_LETTER.test(label));
  return mixes || written === '' ? ascii : written.toLowerCase();
}

/**
 * A link from feed data. Every `href` in Grappe is built here, from what the sanitiser returns;
 * a value it refuses is shown as text, never as a link.
 * @param base the record's feed URL (`FeedIndex.baseUrlOf`): relative links resolve as validation resolved them
 */
export function renderLink(
  raw: string,
  kind: 'web' | 'email' | 'phone',
  t: Translation,
  base?: string,
): TemplateResult {
  const safe: SafeUrl | null =
    kind === 'email' ? sanitiseEmail(raw) : kind === 'phone' ? sanitisePhone(raw) : sanitiseUrl(raw, base);
  if (!safe)
    return html`<span class="unsafe-link">${stripBidi(describeValue(raw))} <small>(${t.unsafeLink})</small></span>`;
  const text = stripBidi(kind === 'web' ? hostText(safe.href, raw) : describeValue(raw));
  if (safe.kind !== 'web') return html`<a href=${safe.href}>${text}</a>`;
  return html`<a href=${safe.href} target="_blank" rel="noopener noreferrer">${text}</a>`;
}
