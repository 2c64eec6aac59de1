/**
 * Country codes as names, for what the details show of an address or a zone. Apart from
 * localised-text.ts, which every bundle carries: only the details part (loaded beside the
 * script) needs this.
 */
const countryNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name in the reader's language from its ISO 3166-1 alpha-2 code (`DE` → « Allemagne »),
 * by the browser's own data; the code itself when it is no such code or the browser has no names.
 */
export function countryName(code: string, lang: string): string {
  // ZZ is CLDR's « unknown region », which a feed means as no country.
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return code;
  if (!countryNames.has(lang)) {
    try {
      countryNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      countryNames.set(lang, null);
    }
  }
  return countryNames.get(lang)?.of(code) ?? code;
}
