import type { DimensionLabel } from '../model/feed-index.js';
import type { FeedIndex } from '../model/feed-index.js';
import { resolveText } from '../text/localised-text.js';
import { BUILT_IN_LABELS } from '../schema/vocabularies.js';

/** A dimension's or value's label in the reader's language. */
export function labelText(label: DimensionLabel | undefined, lang: string, index: FeedIndex | null): string {
  // Built-in vocabularies speak French and English: other readers get English.
  const fallback =
    label && typeof label === 'object' && BUILT_IN_LABELS.has(label) ? 'en' : (index?.defaultLanguage ?? 'fr');
  return resolveText(label as Record<string, string> | string | undefined, lang, fallback);
}

/** The label of a code of a built-in vocabulary (`member-role`, `cooperation-level`…), or the code itself. */
export function termLabel(
  vocabulary: { terms: ReadonlyArray<{ id: string; label: DimensionLabel }> } | undefined,
  code: string | undefined,
  lang: string,
): string {
  if (!code) return '';
  const term = vocabulary?.terms.find((entry) => entry.id === code);
  return term ? labelText(term.label, lang, null) : code;
}
