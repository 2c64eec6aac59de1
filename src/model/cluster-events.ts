/**
 * A cluster's events in time: upcoming ones (soonest first) and past ones (latest first), for
 * the details and the map's events layer. Dates are partial (`2026`, `2026-05`, `2026-05-12`):
 * an event is past once its last possible day is.
 */
import type { Cluster } from '../schema/feed-schema.js';
import { partialDateText } from '../text/partial-date.js';

export type ClusterEvent = NonNullable<Cluster['events']>[number];

/** A partial date as written. */
export const dateText = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** An event's dates as a reader of `lang` writes them: the start, or `period(start, end)` (« 12 mai 2026 – 14 mai 2026 »). */
export const eventDates = (event: ClusterEvent, period: (from: string, to: string) => string, lang: string): string =>
  event.end
    ? period(partialDateText(event.start, lang), partialDateText(event.end, lang))
    : partialDateText(event.start, lang);

/** The first day an event may start, as `YYYY-MM-DD` (`2026-05` → `2026-05-01`). */
export const eventStart = (event: ClusterEvent): string => dateText(event.start).padEnd(10, '-01').slice(0, 10);

/** Whether the event is over on `today` (`YYYY-MM-DD`): `2026-05` ends with May. */
function ended(event: ClusterEvent, today: string): boolean {
  const last = event.end ? dateText(event.end) : dateText(event.start);
  // `2026` and `2026-05` run to their last day: compared on their own length, they are not over while they last.
  return last < today.slice(0, last.length);
}

export function splitEvents(
  events: readonly ClusterEvent[],
  now: Date,
): { upcoming: ClusterEvent[]; past: ClusterEvent[] } {
  const today = now.toISOString().slice(0, 10);
  const upcoming = events
    .filter((event) => !ended(event, today))
    .sort((a, b) => eventStart(a).localeCompare(eventStart(b)));
  const past = events.filter((event) => ended(event, today)).sort((a, b) => eventStart(b).localeCompare(eventStart(a)));
  return { upcoming, past };
}
