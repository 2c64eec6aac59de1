import type { LoadSummary } from '../state/grappe-store.js';

/** Detail of `grappe-load`: what was loaded, how many records of each kind, and every problem found. */
export type GrappeLoadDetail = LoadSummary;

declare global {
  interface GlobalEventHandlersEventMap {
    /** A feed (or several) loaded; some records may have been left out, see `detail.problems`. */
    'grappe-load': CustomEvent<GrappeLoadDetail>;
  }
}
