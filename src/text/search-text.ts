/**
 * Search that ignores case, accents and punctuation: "ecoenergies" finds "Éco-énergies",
 * "saint etienne" finds "Saint-Étienne". Text is folded once, when it is indexed.
 */

import type { Organisation } from '../schema/feed-schema.js';
import { allVariants } from './localised-text.js';

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
// Letters NFD does not decompose.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_PATTERN = /[œæßøłđı]/g;

/** Lower case, no accents, ligatures spelled out; word separators kept as single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter)
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
}

/** An organisation's search text: its names in every language, its short name and its town, folded and compacted. */
export function organisationSearchText(organisation: Pick<Organisation, 'name' | 'shortName' | 'address'>): string {
  return foldCompact(
    [...allVariants(organisation.name), ...allVariants(organisation.shortName), organisation.address?.city ?? ''].join(
      ' ',
    ),
  );
}

/** Characters below this are folded by a table (Latin letters, accents included); others the long way. */
const TABLE_END = 0x250;
let foldTable: string[] | undefined;

/**
 * `compactFolded(foldText(text))`, several times faster for text in Latin letters: each character
 * below U+0250 folds on its own (its decomposition, case and ligature do not depend on its
 * neighbours), so a table made once by `foldText` itself answers for it. Text with any other
 * character (a combining mark, Greek, CJK) goes the long way. 100,000 organisations' names are
 * folded after each load, while the visitor may already click.
 */
export function foldCompact(text: string): string {
  const table = (foldTable ??= Array.from({ length: TABLE_END }, (_, code) =>
    compactFolded(foldText(String.fromCharCode(code))),
  ));
  let folded = '';
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= TABLE_END) return compactFolded(foldText(text));
    folded += table[code]!;
  }
  return folded;
}

/**
 * Search texts folded ahead of need, by the worker as it sends back a large feed a page gave as
 * an object (load/worker-messages.ts): the page's first search by member then finds them instead
 * of folding 100,000 names itself. Keyed by the record itself, so a copied record (merged feeds)
 * simply has none and is folded on the page.
 */
const foldedAhead = new WeakMap<object, string>();

export function rememberSearchText(record: object, text: string): void {
  foldedAhead.set(record, text);
}

export function searchTextFoldedAhead(record: object): string | undefined {
  return foldedAhead.get(record);
}

/** The folded text with separators removed, so "eco energies" and "éco-énergies" meet. */
export function compactFolded(folded: string): string {
  return folded.replace(/ /g, '');
}

/** A search query as compact tokens: every token must occur in the record's compact text. */
export function queryTokens(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((token) => token.length > 0);
}

export function matchesTokens(compactHaystack: string, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!compactHaystack.includes(token)) return false;
  return true;
}
