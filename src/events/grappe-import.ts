/**
 * Detail of `grappe-import` (`<grappe-publisher>`): the files read, the records of the feed
 * built from them, and how many problems each severity has. Sent after every change (files
 * added or removed, places found).
 */
export interface GrappeImportDetail {
  files: string[];
  counts: { clusters: number; organisations: number; memberships: number };
  problems: { error: number; warning: number; notice: number };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grappe-import': CustomEvent<GrappeImportDetail>;
  }
}
