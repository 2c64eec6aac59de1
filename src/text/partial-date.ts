/**
 * Partial dates (`2005`, `2005-09`, `2005-09-01`, or the year as a number) as a reader of the
 * page's language writes them: `2005`, `septembre 2005`, `1 septembre 2005`. Anything else is
 * shown as written. Read in UTC, so that no time zone moves a date to the day before.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day' | 'other';

export function datePrecision(value: string | number | undefined): DatePrecision {
  if (value === undefined) return 'other';
  const match = PARTIAL_DATE.exec(String(value));
  if (!match) return 'other';
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

export function partialDateText(value: string | number | undefined, lang: string): string {
  if (value === undefined) return '';
  const written = String(value);
  const match = PARTIAL_DATE.exec(written);
  if (!match || !match[2]) return written;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  // A month or day out of range (`2005-13`) would roll over: shown as written instead.
  if (date.getUTCMonth() !== Number(month) - 1 || (day && date.getUTCDate() !== Number(day))) return written;
  try {
    return new Intl.DateTimeFormat(lang || 'en', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(day ? { day: 'numeric' } : {}),
    }).format(date);
  } catch {
    return written;
  }
}
