/**
 * The one gate every URL from a feed goes through before it reaches an `href` or `src`.
 *
 * Lit escapes text but not URL bindings: `href=${url}` with `javascript:` runs on click, and
 * zod's `url()` accepts `javascript:` and `data:`. So links are built only from what this
 * returns. Allowed: http and https (without credentials), mailto and tel. Anything else is
 * `null`, and the components show the value as text.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Publishers often write "www.example.org" or "example.org/path" (real data does: TechOnMap has 143),
// and accented hosts too (`aciéries-bourgogne.fr`): any label without white space or a delimiter,
// then a Latin top-level domain; the URL parser decides what a host may hold (and writes the
// punycode the browser visits). Labels hold no dot, so the pattern runs in linear time.
const BARE_DOMAIN = /^(?:[^\s./?#:@]{1,63}\.)+[a-z]{2,24}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** Longest address SMTP allows. */
const MAX_EMAIL = 254;
/** Characters an address may not hold here (white space, and what would make it a path or a scheme). */
const NOT_IN_ADDRESS = /[\s@/:?#]/;

/**
 * `local@domain.tld`, checked by hand in one pass (a regular expression with a quantified
 * domain backtracks for seconds on `a@....... x`).
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > MAX_EMAIL) return false;
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (NOT_IN_ADDRESS.test(local) || NOT_IN_ADDRESS.test(domain)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0);
}

/** `mailto:` + the address, or null when it cannot be encoded (a lone surrogate: `encodeURI` throws). */
function mailtoOf(address: string): SafeUrl | null {
  try {
    return { href: `mailto:${encodeURI(address)}`, kind: 'mailto' };
  } catch {
    return null;
  }
}

function decodeURIComponentSafe(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export type UrlKind = 'web' | 'mailto' | 'tel';

export interface SafeUrl {
  href: string;
  kind: UrlKind;
}

/** A file name, not a domain: `contact.html` beside the feed is no site called `contact.html`. */
const FILE_NAME = /^[^/?#]+\.(?:html?|php|aspx?|jsp|pdf|png|jpe?g|gif|svg|webp|json|csv|xml|txt)(?:[?#]\S*)?$/i;

/** A URL with a scheme (`https:`, `mailto:`…) or protocol-relative (`//host/…`). */
const HAS_SCHEME = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export interface SanitiseOptions {
  /**
   * The value names a file to fetch or show (a logo, a members file), never a home page: with a
   * web base, `logo.png` or `memo.json` is a file beside the feed, not the domain `logo.png`.
   */
  resource?: boolean;
}

/**
 * The absolute URL a feed was read from, against which its relative references resolve: a
 * relative `src` resolves against the page, as `fetch` did. Undefined when it is no web address
 * (a feed given as data, a file on the command line): relative references are then refused.
 */
export function feedBaseUrl(source: string | undefined): string | undefined {
  if (!source) return undefined;
  try {
    const url = new URL(source, globalThis.location?.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param raw the value from the feed
 * @param base the feed's own URL (see `feedBaseUrl`), against which relative references resolve;
 * validation and rendering pass the same, so a link the validator accepts is the link shown
 */
export function sanitiseUrl(raw: unknown, base?: string, options: SanitiseOptions = {}): SafeUrl | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 2048) return null;
  let candidate = trimmed;
  const relativeFile =
    base !== undefined && !HAS_SCHEME.test(candidate) && (options.resource === true || FILE_NAME.test(candidate));
  if (!relativeFile) {
    if (isEmailAddress(candidate)) candidate = `mailto:${candidate}`;
    else if (BARE_DOMAIN.test(candidate)) candidate = `https://${candidate}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    // A relative reference resolves against the feed's own URL, when that is a web address.
    try {
      if (!base || !/^https?:/i.test(base)) return null;
      url = new URL(candidate, base);
    } catch {
      return null;
    }
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (url.username || url.password || !url.hostname) return null;
    return { href: url.href, kind: 'web' };
  }
  if (url.protocol === 'mailto:') {
    // The address only: a feed must not add recipients (`?bcc=`), a subject or a body.
    const address = decodeURIComponentSafe(url.pathname);
    return address !== null && isEmailAddress(address) ? mailtoOf(address) : null;
  }
  return { href: url.href, kind: 'tel' };
}

/** An e-mail address from a contact field, as a `mailto:` link, or null. */
export function sanitiseEmail(raw: unknown): SafeUrl | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (isEmailAddress(trimmed)) return mailtoOf(trimmed);
  const url = sanitiseUrl(trimmed);
  return url?.kind === 'mailto' ? url : null;
}

/** A phone number from a contact field, as a `tel:` link (digits and a leading +), or null. */
export function sanitisePhone(raw: unknown): SafeUrl | null {
  if (typeof raw !== 'string') return null;
  const digits = raw.replace(/[\s.()\-/]/g, '');
  if (!/^\+?\d{3,20}$/.test(digits)) return null;
  return { href: `tel:${digits}`, kind: 'tel' };
}
