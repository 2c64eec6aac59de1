/**
 * Partial dates (`2005`, `2005-09`, `2005-09-01`, or the year as a number) as a reader of the
 * page's language writes them: `2005`, `septembre 2005`, `1 septembre 2005`. Anything else (a
 * month 13, a 30 February, `vers 2005`) is shown as written. Read in UTC, so that no time zone
 * moves a date to the day before.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'other';

export function datePrecision(value: string | number | undefined): DatePrecision {
  const written = String(value);
  return /^\d{4}$/.test(written)
    ? 'year'
    : /^\d{4}-\d\d$/.test(written)
      ? 'month'
      : /^\d{4}-\d\d-\d\d$/.test(written)
        ? 'day'
        : 'other';
}

export function partialDateText(value: string | number | undefined, lang: string): string {
  if (value === undefined) return '';
  const written = String(value);
  const precision = datePrecision(written);
  if (precision !== 'month' && precision !== 'day') return written;
  const date = new Date(`${written.padEnd(10, '-01')}T00:00:00Z`);
  // A date that does not exist is invalid, or rolls over to another day: as written.
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(written)) return written;
  try {
    return date.toLocaleDateString(lang || 'en', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
  } catch {
    return written;
  }
}
