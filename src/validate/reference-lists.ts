/**
 * Lists of references in records, made sound: a repeat kept once (`firstOccurrences`), an
 * unknown reference left out with a warning (`keepKnown`), and the references of format 1.1
 * (project partners, target zones). Used by semantic-checks.ts.
 */
import { CLUSTER_DIMENSION_IDS } from '../schema/vocabularies.js';
import type { ProblemCollector } from './problem-collector.js';
import { checkPeriod } from './record-checks.js';
import type { JsonPath } from './problems.js';

type AnyRecord = Record<string, unknown>;

/** The references of a list that `isKnown` accepts; each other one is reported once (a warning) and left out. */
export function keepKnown(
  list: readonly string[],
  isKnown: (reference: string) => boolean,
  path: JsonPath,
  kind: string,
  collector: ProblemCollector,
): string[] {
  return list.filter((reference, at) => {
    if (isKnown(reference)) return true;
    collector.add({
      severity: 'warning',
      code: 'dangling-reference',
      path: [...path, at],
      params: { id: reference, kind },
    });
    return false;
  });
}

/**
 * A cluster's projects and target zones (format 1.1): a project partner must be a cluster or an
 * organisation (of this feed, or another publisher's as `publisher:id`), a target zone a
 * territory of the feed or an ISO country code; others are left out with a warning. An indicator
 * with neither `year` nor `period`, and a project or an event that ends before it starts, are
 * kept, with a warning.
 */
export function checkClusterActivity(
  cluster: AnyRecord,
  path: JsonPath,
  collector: ProblemCollector,
  accepts: { known: (reference: string) => boolean; zone: (reference: string) => boolean },
): void {
  if (Array.isArray(cluster['targetZones']))
    cluster['targetZones'] = keepKnown(
      cluster['targetZones'] as string[],
      accepts.zone,
      [...path, 'targetZones'],
      'territories',
      collector,
    );
  // A figure with neither a year nor a period cannot stand on a time axis: kept, and said, since
  // the comparison leaves it out.
  if (Array.isArray(cluster['indicators']))
    (cluster['indicators'] as AnyRecord[]).forEach((indicator, indicatorIndex) => {
      if (indicator['year'] === undefined && indicator['period'] === undefined)
        collector.add({
          severity: 'warning',
          code: 'indicator-without-period',
          path: [...path, 'indicators', indicatorIndex],
          params: { metric: String(indicator['metric']) },
        });
    });
  if (Array.isArray(cluster['events']))
    (cluster['events'] as AnyRecord[]).forEach((event, at) =>
      checkPeriod(event, 'start', 'end', () => [...path, 'events', at], collector),
    );
  if (!Array.isArray(cluster['projects'])) return;
  (cluster['projects'] as AnyRecord[]).forEach((project, projectIndex) => {
    checkPeriod(project, 'start', 'end', () => [...path, 'projects', projectIndex], collector);
    if (Array.isArray(project['partners']))
      project['partners'] = keepKnown(
        project['partners'] as string[],
        accepts.known,
        [...path, 'projects', projectIndex, 'partners'],
        'organisations',
        collector,
      );
  });
}

/** A cluster's lists that hold codes or references, where a repeat means nothing. */
export const REPEATABLE_CLUSTER_LISTS = [
  'territories',
  'markets',
  'technologies',
  'targetZones',
  ...CLUSTER_DIMENSION_IDS,
] as const;

/**
 * Which entries of a list are the first of their value; each repeat is reported (the collector
 * folds many of one kind into one message), so that a list of 100,000 times the same reference
 * costs one set and one line, not 100,000 map lines or buttons.
 */
export function firstOccurrences(list: readonly string[], path: JsonPath, collector: ProblemCollector): boolean[] {
  const seen = new Set<string>();
  return list.map((value, at) => {
    if (!seen.has(value)) {
      seen.add(value);
      return true;
    }
    collector.add({ severity: 'warning', code: 'duplicate-reference', path: [...path, at], params: { id: value } });
    return false;
  });
}
