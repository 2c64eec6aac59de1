import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { sanitiseEmail, sanitisePhone, sanitiseUrl, type SafeUrl } from '../text/sanitise-url.js';
import { describeValue } from '../validate/describe-value.js';

/** Bidirectional controls, which can make a link's text read as another address. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * The letters an internationalised host may show as written: a-z, digits and the accented Latin
 * letters of Europe's languages (Latin-1 and Latin Extended-A), without the look-alikes among
 * them (dotless ı, kra ĸ, long ſ). Anything else (Cyrillic, Greek, IPA's ɑ…) can spell a
 * familiar name with other letters, and is shown as the punycode the browser really visits.
 */
const SHOWN_AS_WRITTEN = /^[-a-z0-9.:\u00e0-\u00f6\u00f8-\u00ff\u0100-\u0130\u0132-\u0137\u0139-\u017e]+$/;
/** Tabs and line breaks, which the URL parser drops from inside an address without a word. */
const DROPPED_BY_URL_PARSER = /[\t\n\r]/g;

/**
 * What a web link shows: its host, so that a long look-alike text cannot hide where it goes. An
 * internationalised host is shown as written when it is the very host the link goes to and its
 * letters are among `SHOWN_AS_WRITTEN` (`région.fr`), as punycode otherwise.
 */
export function hostText(href: string, raw: string): string {
  const ascii = new URL(href).host;
  if (!ascii.includes('xn--')) return ascii;
  const written = (
    /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(raw.trim().replace(DROPPED_BY_URL_PARSER, ''))?.[1] ?? ''
  ).toLowerCase();
  if (!SHOWN_AS_WRITTEN.test(written)) return ascii;
  // The written form, read again by the URL parser, must be the host the link goes to.
  return URL.canParse(`https://${written}/`) && new URL(`https://${written}/`).host === ascii ? written : ascii;
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
