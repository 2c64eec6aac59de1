/**
 * Clusters side by side on one indicator: what funders do with the "indicateurs de suivi"
 * (seeds 002, 003). One row per cluster, one column per period, a target column after a period
 * where any cluster has a target, totals. `<grappe-compare>` renders it; its CSV is the same
 * matrix, so the download is exactly the table.
 */
import type { Indicator, LocalisedText } from '../schema/feed-schema.js';
import type { FeedIndex } from './feed-index.js';
import { membersOverTime } from './memberships.js';

/** Periods shown when neither `from` nor `to` is given: the latest ones (a series may span fifty years). */
export const DEFAULT_PERIOD_COUNT = 10;

export interface ComparisonColumn {
  /** The period as written (`2009`, `2006/07`). */
  period: string;
  /** Its first year, for `from` and `to`; null for a period without one (`phase 2`). */
  year: number | null;
  /** `value` (achieved) or `target` (aimed at, for the period before it). */
  kind: 'value' | 'target';
}

export interface ComparisonRow {
  clusterId: string;
  /** One cell per column; null where the cluster gives nothing. */
  cells: Array<number | null>;
  /** The `members` figures were counted from the memberships' dates (the feed gives no `members` indicator). */
  fromMemberships: boolean;
}

export interface Comparison {
  metric: string;
  /** The feed's own label of the metric, when it gives one. */
  label: LocalisedText | undefined;
  unit: string | undefined;
  columns: ComparisonColumn[];
  /** One per visible cluster, in the order given (feed order); see sortComparisonRows. */
  rows: ComparisonRow[];
  /** The sum of each column over the rows that have a value; null where none has. */
  totals: Array<number | null>;
  /** Periods left out because of the default range (neither `from` nor `to` given). */
  periodsLeftOut: number;
}

export interface MetricChoice {
  metric: string;
  label: LocalisedText | undefined;
  /** How many of the clusters have figures for it. */
  clusters: number;
}

export interface ComparisonRange {
  from?: number | null | undefined;
  to?: number | null | undefined;
}

const periodOf = (indicator: Indicator) =>
  indicator.period ?? (indicator.year !== undefined ? String(indicator.year) : '');

/** The first year written in a period (`2006/07` → 2006), without a regular expression on feed text. */
export function yearOfPeriod(period: string, year?: number): number | null {
  if (year !== undefined) return year;
  let digits = 0;
  for (let at = 0; at < period.length; at += 1) {
    const code = period.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      digits += 1;
      if (digits === 4 && (at + 1 === period.length || !isDigit(period.charCodeAt(at + 1))))
        return Number(period.slice(at - 3, at + 1));
    } else digits = 0;
  }
  return null;
}
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * A cluster's figures for one metric, by period (the last value given for a period counts).
 * `countMembers`: with no `members` indicator, count the members each year from the memberships.
 */
function seriesOf(
  index: FeedIndex,
  clusterIndex: number,
  metric: string,
  countMembers = true,
): {
  values: Map<string, { year: number | null; value: number; target?: number | undefined }>;
  fromMemberships: boolean;
  sample?: Indicator;
} {
  const values = new Map<string, { year: number | null; value: number; target?: number | undefined }>();
  let sample: Indicator | undefined;
  for (const indicator of index.clusters[clusterIndex]!.indicators ?? []) {
    if (indicator.metric !== metric) continue;
    sample ??= indicator;
    const period = periodOf(indicator);
    if (period === '') continue;
    values.set(period, {
      year: yearOfPeriod(period, indicator.year),
      value: indicator.value,
      target: indicator.target,
    });
  }
  if (values.size > 0 || metric !== 'members' || !countMembers)
    return { values, fromMemberships: false, ...(sample ? { sample } : {}) };
  // No `members` indicator: the members each year, from the memberships' since and until (as the details do).
  const memberships = (index.membershipsOfCluster[clusterIndex] ?? []).map((at) => index.feed.memberships![at]!);
  for (const { period, value } of membersOverTime(memberships, index.now))
    values.set(period, { year: Number(period), value });
  return { values, fromMemberships: values.size > 0 };
}

/**
 * The metrics the clusters have figures for, most shared first (then by code). Only dated figures
 * count: an undated one is left out of comparisons (the validator says so), and « Entreprises
 * (4 clusters) » over a table with one figure would promise what the table does not show.
 */
export function metricsOf(index: FeedIndex, clusterIndices: Iterable<number>): MetricChoice[] {
  const found = new Map<string, MetricChoice>();
  const clusters = [...clusterIndices];
  for (const clusterIndex of clusters) {
    const seen = new Set<string>();
    for (const indicator of index.clusters[clusterIndex]!.indicators ?? []) {
      if (seen.has(indicator.metric) || periodOf(indicator) === '') continue;
      seen.add(indicator.metric);
      const choice = found.get(indicator.metric) ?? { metric: indicator.metric, label: indicator.label, clusters: 0 };
      choice.clusters += 1;
      found.set(indicator.metric, choice);
    }
  }
  // As in compareClusters: counted members stand in only where no cluster declares the figure
  // (so the memberships are read only then).
  if (!found.has('members')) {
    let withDatedMembers = 0;
    for (const clusterIndex of clusters)
      if (seriesOf(index, clusterIndex, 'members').fromMemberships) withDatedMembers += 1;
    if (withDatedMembers > 0) found.set('members', { metric: 'members', label: undefined, clusters: withDatedMembers });
  }
  return [...found.values()].sort((a, b) => b.clusters - a.clusters || a.metric.localeCompare(b.metric));
}

/** Whether a row has at least one figure (a cluster that gives nothing for the metric has none). */
export const hasFigures = (row: ComparisonRow): boolean => row.cells.some((cell) => cell !== null);

/**
 * The comparison of the given clusters (in that order) on one metric, over the years `from`–`to`.
 * Members counted from memberships stand in only when no cluster compared gives a `members`
 * indicator: a feed's partial member lists set beside declared figures would mislead.
 */
export function compareClusters(
  index: FeedIndex,
  clusterIndices: Iterable<number>,
  metric: string,
  range: ComparisonRange = {},
): Comparison {
  const from = range.from ?? null;
  const to = range.to ?? null;
  const inRange = (year: number | null) =>
    (from === null && to === null) || (year !== null && (from === null || year >= from) && (to === null || year <= to));
  const series: Array<{ clusterId: string; values: ReturnType<typeof seriesOf>['values']; fromMemberships: boolean }> =
    [];
  const periods = new Map<string, { year: number | null; hasTarget: boolean }>();
  let label: LocalisedText | undefined;
  let unit: string | undefined;
  const compared = [...clusterIndices];
  const declared =
    metric === 'members' &&
    compared.some((clusterIndex) =>
      (index.clusters[clusterIndex]!.indicators ?? []).some((indicator) => indicator.metric === 'members'),
    );
  for (const clusterIndex of compared) {
    const { values, fromMemberships, sample } = seriesOf(index, clusterIndex, metric, !declared);
    label ??= sample?.label;
    unit ??= sample?.unit;
    series.push({ clusterId: index.clusters[clusterIndex]!.id, values, fromMemberships });
    for (const [period, entry] of values) {
      if (!inRange(entry.year)) continue;
      const known = periods.get(period) ?? { year: entry.year, hasTarget: false };
      if (entry.target !== undefined) known.hasTarget = true;
      periods.set(period, known);
    }
  }
  let ordered = [...periods.entries()].sort(
    ([a, first], [b, second]) =>
      (first.year ?? Infinity) - (second.year ?? Infinity) || a.localeCompare(b, undefined, { numeric: true }),
  );
  let periodsLeftOut = 0;
  if (from === null && to === null && ordered.length > DEFAULT_PERIOD_COUNT) {
    periodsLeftOut = ordered.length - DEFAULT_PERIOD_COUNT;
    ordered = ordered.slice(periodsLeftOut);
  }
  const columns: ComparisonColumn[] = [];
  for (const [period, { year, hasTarget }] of ordered) {
    columns.push({ period, year, kind: 'value' });
    if (hasTarget) columns.push({ period, year, kind: 'target' });
  }
  const rows = series.map(({ clusterId, values, fromMemberships }) => ({
    clusterId,
    fromMemberships,
    cells: columns.map((column) => {
      const entry = values.get(column.period);
      return (column.kind === 'value' ? entry?.value : entry?.target) ?? null;
    }),
  }));
  const totals = columns.map((_, column) => {
    let total: number | null = null;
    for (const row of rows) if (row.cells[column] !== null) total = (total ?? 0) + row.cells[column]!;
    return total;
  });
  return { metric, label, unit, columns, rows, totals, periodsLeftOut };
}

/** Which column the rows are sorted by: `name` or a column's position. */
export type ComparisonSortKey = 'name' | number;

/**
 * The rows sorted by a column, rows without a value last whatever the direction (an empty cell
 * is not a zero); ties by name.
 */
export function sortComparisonRows(
  rows: readonly ComparisonRow[],
  key: ComparisonSortKey,
  direction: 'ascending' | 'descending',
  nameOf: (clusterId: string) => string,
  lang: string,
): ComparisonRow[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const names = new Map(rows.map((row) => [row.clusterId, nameOf(row.clusterId)]));
  const byName = (a: ComparisonRow, b: ComparisonRow) =>
    collator.compare(names.get(a.clusterId)!, names.get(b.clusterId)!);
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const first = a.cells[key] ?? null;
    const second = b.cells[key] ?? null;
    if (first === null || second === null) return first === second ? byName(a, b) : first === null ? 1 : -1;
    return sign * (first - second) || byName(a, b);
  });
}
