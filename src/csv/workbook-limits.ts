/**
 * What a workbook (`.xlsx`, `.ods`) may hold, checked before and while it is read: its XML parts
 * unpacked, its sheets, and the cells each sheet spans.
 */
export const WORKBOOK_LIMITS = { unpackedBytes: 100 * 1024 * 1024, sheets: 100, cellsPerSheet: 2_000_000 } as const;

/** A workbook over `WORKBOOK_LIMITS`: refused before it is read, instead of filling the memory. */
export class WorkbookTooLargeError extends Error {
  override readonly name = 'WorkbookTooLargeError';
  constructor(readonly limit: keyof typeof WORKBOOK_LIMITS) {
    super(`workbook over its ${limit} limit`);
  }
}
