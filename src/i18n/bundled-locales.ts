/**
 * The locales a build carries. npm modules carry all of them (the application's bundler decides
 * what ships); the script-tag bundles replace this module (rollup.config.js, `lazyLocales`) with
 * one that carries English (every language's fallback) and loads the others, French included,
 * from `locales/` beside the script the first time an element asks for them, which keeps the
 * bundles small.
 */
import type { Translation } from './translation.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { it } from './locales/it.js';

export const bundledTranslations: readonly Translation[] = [en, fr, de, es, it];

/** Locales fetched on first use, by code. None in this build. */
export const laterTranslations: Readonly<Record<string, () => Promise<Translation>>> = {};
