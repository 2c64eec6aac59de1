/**
 * Loads the table writer (table-export.ts) when a list is first downloaded. npm modules load it
 * as a chunk; the script-tag bundles replace this module (rollup.config.js, `lazyTableExport`)
 * with one that loads `export/table-export.js` from beside the script, as the on-demand locales.
 */
import type * as TableExport from './table-export.js';

export const loadTableExport = (): Promise<typeof TableExport> => import('./table-export.js');
