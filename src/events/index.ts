export type { GrappeLoadDetail } from './grappe-load.js';
export type { GrappeErrorDetail } from './grappe-error.js';
export type { GrappeSelectDetail } from './grappe-select.js';
export type { GrappeFilterChangeDetail } from './grappe-filter-change.js';
export type { GrappeImportDetail } from './grappe-import.js';

import type { GrappeLoadDetail } from './grappe-load.js';
import type { GrappeErrorDetail } from './grappe-error.js';
import type { GrappeSelectDetail } from './grappe-select.js';
import type { GrappeFilterChangeDetail } from './grappe-filter-change.js';
import type { GrappeImportDetail } from './grappe-import.js';

/** Every event Grappe dispatches, by name: all bubble and cross shadow roots. */
export interface GrappeEventMap {
  'grappe-load': GrappeLoadDetail;
  'grappe-error': GrappeErrorDetail;
  'grappe-select': GrappeSelectDetail;
  'grappe-filter-change': GrappeFilterChangeDetail;
  'grappe-import': GrappeImportDetail;
}
