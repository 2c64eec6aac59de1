/**
 * The publishers' catalogue: what the spreadsheet import, the command line and the publishing
 * page say, in French and English (other languages read English; publishing-fr.ts and
 * publishing-en.ts). Apart from the visitors' catalogue so that the embeds, which never import a
 * spreadsheet, do not carry it.
 */
import { cutList } from './index.js';
import { en } from './publishing-en.js';
import { fr } from './publishing-fr.js';
import type { PublishingMessages } from './publishing-messages.js';
export { LINES_PER_KIND, firstOfEachKind } from './problem-lines.js';
export type { PublishingMessages } from './publishing-messages.js';

/** The publishers' messages in a language (French or English; others read English). */
export function publishingMessages(lang: string | null | undefined): PublishingMessages {
  return (lang ?? '').toLowerCase().startsWith('fr') ? fr : en;
}

/** A long list cut with a count of the rest (`cutList`), in the publishers' words. */
export function shortList(items: readonly string[], messages: PublishingMessages): string {
  return cutList(items, messages.andOthers, messages.list);
}
