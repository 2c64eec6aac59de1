/**
 * Words the publishers' catalogues in both languages use: the tables' file names, a term's label.
 */
import { TABLE_FILE_NAMES } from '../csv/headings.js';
import { getVocabulary } from '../schema/vocabularies.js';

/** The tables' file names in a language, as a list (`clusters.csv, organisations.csv…`). */
export const tableNames = (lang: 'fr' | 'en') =>
  Object.values(TABLE_FILE_NAMES)
    .map((names) => `${names[lang]}.csv`)
    .join(', ');

/** The label of the term a problem names (`params.term` in `params.vocabulary`). */
export const termLabel = (p: Readonly<Record<string, unknown>>, lang: 'fr' | 'en') =>
  getVocabulary(String(p['vocabulary']))?.terms.find((term) => term.id === p['term'])?.label[lang] ?? String(p['term']);
