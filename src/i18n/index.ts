/**
 * The locale catalogue: which translations exist, how a language tag picks one, and how a feed
 * problem becomes a sentence.
 */
import { describeValue } from '../validate/describe-value.js';
import { formatJsonPath, type FeedProblem } from '../validate/problems.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { it } from './locales/it.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';

const translations = new Map<string, Translation>([
  ['en', en],
  ['fr', fr],
  ['de', de],
  ['es', es],
  ['it', it],
]);

/** Adds or replaces a locale at run time (a site can bring its own language). */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.$code.toLowerCase(), translation);
}

export function availableLanguages(): string[] {
  return [...translations.keys()];
}

/** `fr-BE` → French, `pt` → English (the fallback). */
export function getTranslation(lang: string | null | undefined): Translation {
  const tag = (lang ?? '').toLowerCase();
  return translations.get(tag) ?? translations.get(tag.split('-')[0] ?? '') ?? en;
}

/** The sentence a publisher reads for one problem, with its path. */
export function describeProblem(problem: FeedProblem, lang: string | null | undefined): string {
  const translation = getTranslation(lang);
  const params: Record<string, string | number> = { ...problem.params };
  const kind = params['kind'];
  if (typeof kind === 'string' && kind in translation.recordKinds) {
    params['kind'] = translation.recordKinds[kind as keyof Translation['recordKinds']];
  }
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') params[key] = describeValue(value);
  }
  return translation.problems[problem.code](params);
}

export function describeProblemWithPath(problem: FeedProblem, lang: string | null | undefined): string {
  return `${formatJsonPath(problem.path)}: ${describeProblem(problem, lang)}`;
}
