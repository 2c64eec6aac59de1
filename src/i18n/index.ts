/**
 * The locale catalogue: which translations exist, how a language tag picks one, and how a feed
 * problem becomes a sentence.
 */
import { INDICATOR_METRIC } from '../schema/vocabularies.js';
import { resolveText } from '../text/localised-text.js';
import { describeValue } from '../validate/describe-value.js';
import { formatJsonPath, type FeedProblem } from '../validate/problems.js';
import { bundledTranslations, laterTranslations } from './bundled-locales.js';
import { en } from './locales/en.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';

const translations = new Map<string, Translation>(
  bundledTranslations.map((translation) => [translation.$code, translation]),
);
const loading = new Set<string>();
/** How long elements wait for a language's file before they show English. */
const LOCALE_WAIT_MS = 3000;
/** Locales whose file could not be loaded: English stands in for good. */
const unavailable = new Set<string>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever a locale arrives or is registered, so that elements re-render. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(): void {
  for (const listener of listeners) listener();
}

/** Adds or replaces a locale at run time (a site can bring its own language). */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.$code.toLowerCase(), translation);
  announce();
}

/** Every language Grappe can speak here, loaded or loadable. */
export function availableLanguages(): string[] {
  return [...new Set([...translations.keys(), ...Object.keys(laterTranslations)])];
}

/**
 * Starts loading a locale the build left beside the script (once); English serves meanwhile,
 * and for good if the file cannot be loaded.
 */
function loadLater(code: string): void {
  const load = Object.hasOwn(laterTranslations, code) ? laterTranslations[code] : undefined;
  if (!load || loading.has(code)) return;
  loading.add(code);
  load().then(
    (translation) => {
      if (!translations.has(code)) translations.set(code, translation);
      unavailable.delete(code); // it may arrive after the wait: used from then on
      announce();
    },
    (error: unknown) => {
      unavailable.add(code);
      console.warn(`Grappe: the "${code}" texts could not be loaded; English is shown.`, error);
      announce();
    },
  );
  // A file that does not answer must not keep the elements hidden: English after a few seconds.
  setTimeout(() => {
    if (translations.has(code) || unavailable.has(code)) return;
    unavailable.add(code);
    announce();
  }, LOCALE_WAIT_MS);
}

/**
 * Whether `lang`'s texts are on their way (a locale the script-tag bundles load from beside the
 * script): elements wait for them rather than show English for a moment. Starts the load.
 */
export function textsPending(lang: string | null | undefined): boolean {
  const tag = (lang ?? '').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  if (translations.has(tag) || translations.has(base) || unavailable.has(base)) return false;
  if (!Object.hasOwn(laterTranslations, base)) return false;
  loadLater(base);
  return true;
}

/** `fr-BE` → French, `pt` → English (the fallback). */
export function getTranslation(lang: string | null | undefined): Translation {
  const tag = (lang ?? '').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  const found = translations.get(tag) ?? translations.get(base);
  if (found) return found;
  loadLater(base);
  return en;
}

/** Codes listed in full up to this many; past it, the first ones and "… and N others". */
const LISTED_CODES = 12;

/** A long list cut with a count of the rest, never in the middle of a word; `whole` writes a short one. */
export function cutList(
  items: readonly string[],
  andOthers: (count: number) => string,
  whole: (items: readonly string[]) => string = (all) => all.join(', '),
): string {
  if (items.length <= LISTED_CODES) return whole(items);
  return `${items.slice(0, LISTED_CODES).join(', ')} ${andOthers(items.length - LISTED_CODES)}`;
}

/** The sentence a publisher reads for one problem, with its path. */
export function describeProblem(problem: FeedProblem, lang: string | null | undefined): string {
  const translation = getTranslation(lang);
  const params: Record<string, string | number> = { ...problem.params };
  const kind = params['kind'];
  if (typeof kind === 'string' && kind in translation.recordKinds) {
    params['kind'] = translation.recordKinds[kind as keyof Translation['recordKinds']];
  }
  // A built-in metric by its label in the reader's language (« Partenaires », not `partners`).
  const metric = params['metric'];
  const metricTerm = INDICATOR_METRIC.terms.find((term) => term.id === metric);
  if (metricTerm) params['metric'] = resolveText(metricTerm.label, translation.$code, 'en');
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && key !== 'expected') params[key] = describeValue(value);
  }
  const expected = params['expected'];
  if (typeof expected === 'string') {
    if (problem.code === 'invalid-format')
      params['expected'] = translation.formatNames[expected] ?? describeValue(expected);
    else if (problem.code === 'unknown-code') {
      // The allowed codes in full, or the first ones and a count: never cut in the middle of a code.
      params['expected'] = cutList(expected.split(', '), translation.andOthers);
    } else params['expected'] = describeValue(expected);
  }
  return translation.problems[problem.code](params);
}

/** The sentence with where it is: the JSON path, then the record's name when known. */
export function describeProblemWithPath(problem: FeedProblem, lang: string | null | undefined): string {
  const record = problem.record ? ` (${problem.record})` : '';
  return `${formatJsonPath(problem.path)}${record}: ${describeProblem(problem, lang)}`;
}
