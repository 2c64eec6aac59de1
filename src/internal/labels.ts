import type { Dimension, DimensionLabel, DimensionValue } from '../model/feed-index.js';
import type { FeedIndex } from '../model/feed-index.js';
import { resolveText } from '../text/localised-text.js';
import { BUILT_IN_LABELS } from '../schema/vocabularies.js';

/** A dimension's or value's label in the reader's language. */
export function labelText(label: DimensionLabel | undefined, lang: string, index: FeedIndex | null): string {
  // Built-in vocabularies speak French and English: other readers get English.
  const fallback = label && typeof label === 'object' && BUILT_IN_LABELS.has(label) ? 'en' : index?.defaultLanguage ?? 'fr';
  return resolveText(label as Record<string, string> | string | undefined, lang, fallback);
}

/** A value's label with its ancestors, for nested taxonomies: "Énergie › Géothermie". */
export function valuePath(dimension: Dimension, value: DimensionValue, lang: string, index: FeedIndex | null): string {
  const parts = [labelText(value.label, lang, index)];
  const seen = new Set([value.id]);
  let parent = value.parent ? dimension.valueById.get(value.parent) : undefined;
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    parts.unshift(labelText(parent.label, lang, index));
    parent = parent.parent ? dimension.valueById.get(parent.parent) : undefined;
  }
  return parts.join(' › ');
}

/** How deep a value sits in its taxonomy (0 for a root). */
export function valueDepth(dimension: Dimension, value: DimensionValue): number {
  let depth = 0;
  const seen = new Set([value.id]);
  let parent = value.parent ? dimension.valueById.get(value.parent) : undefined;
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    depth += 1;
    parent = parent.parent ? dimension.valueById.get(parent.parent) : undefined;
  }
  return depth;
}

/** Values ordered for display: vocabulary order for ordered dimensions, children under their parent. */
export function orderedValues(dimension: Dimension): DimensionValue[] {
  const children = new Map<string | undefined, DimensionValue[]>();
  for (const value of dimension.values) {
    const parent = value.parent && dimension.valueById.has(value.parent) ? value.parent : undefined;
    const list = children.get(parent) ?? [];
    list.push(value);
    children.set(parent, list);
  }
  const out: DimensionValue[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | undefined) => {
    for (const value of children.get(parent) ?? []) {
      if (seen.has(value.id)) continue;
      seen.add(value.id);
      out.push(value);
      walk(value.id);
    }
  };
  walk(undefined);
  // Values caught in a parent cycle are still listed.
  for (const value of dimension.values) if (!seen.has(value.id)) out.push(value);
  return out;
}

/** The label of a code of a built-in vocabulary (`member-role`, `cooperation-level`…), or the code itself. */
export function termLabel(vocabulary: { terms: ReadonlyArray<{ id: string; label: DimensionLabel }> } | undefined, code: string | undefined, lang: string): string {
  if (!code) return '';
  const term = vocabulary?.terms.find((entry) => entry.id === code);
  return term ? labelText(term.label, lang, null) : code;
}
