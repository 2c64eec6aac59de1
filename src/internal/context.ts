import { createContext } from '@lit/context';
import type { GrappeSnapshot, GrappeStore } from '../state/grappe-store.js';

/**
 * What `<grappe-data>` provides to every Grappe element inside it: the current snapshot (data,
 * filters, selection) and the store whose methods change them. A new object on every change,
 * so that consumers update.
 */
export interface GrappeContextValue {
  readonly snapshot: GrappeSnapshot;
  readonly store: GrappeStore;
}

export const grappeContext = createContext<GrappeContextValue | undefined>(Symbol.for('grappe-context'));
