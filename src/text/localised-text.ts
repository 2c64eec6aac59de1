import type { LocalisedText } from '../schema/feed-schema.js';

/**
 * A feed's text field in the reader's language: the exact tag, then its base language, then
 * the feed's default language, then English, then whatever the map holds.
 */
export function resolveText(text: LocalisedText | undefined | null, lang: string, defaultLang = 'fr'): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const own = Object.prototype.hasOwnProperty;
  const pick = (tag: string) => (own.call(text, tag) ? text[tag] : undefined);
  const lower = lang.toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  return (
    pick(lang) ??
    pick(lower) ??
    pick(base) ??
    pick(defaultLang) ??
    pick('en') ??
    pick('fr') ??
    Object.values(text).find((value) => typeof value === 'string') ??
    ''
  );
}

/** Every language variant of a text, for search. */
export function allVariants(text: LocalisedText | undefined | null): string[] {
  if (text === undefined || text === null) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
