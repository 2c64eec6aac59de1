import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { writeCsv } from '../../src/csv/csv.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { downloadText } from '../../src/internal/download.js';
import { termLabel } from '../../src/internal/labels.js';
import {
  compareClusters,
  hasFigures,
  metricsOf,
  sortComparisonRows,
  type Comparison,
  type ComparisonColumn,
  type ComparisonRow,
  type ComparisonSortKey,
} from '../../src/model/compare.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { LocalisedText } from '../../src/schema/feed-schema.js';
import { INDICATOR_METRIC } from '../../src/schema/vocabularies.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { renderComparisonChart } from './compare-chart.js';
import { compareStyles } from './compare.styles.js';

/**
 * @tagname grappe-compare
 * @summary The visible clusters side by side on one indicator: a table with one row per cluster
 * and one column per period (and its target, where one is given), totals, sortable by any
 * column, a chart of the same figures, and the table as CSV.
 *
 * Inside a `<grappe-data>` (or `<grappe-explorer view="compare">`): the filters apply. A cluster
 * without a `members` indicator is counted from its memberships' dates, and says so.
 *
 * @csspart base - The section.
 * @csspart table - The table.
 * @csspart chart - The chart.
 * @csspart download - The CSV download button.
 *
 * @cssproperty --grappe-color-accent - Links and the focus of sort buttons.
 */
export class GrappeCompare extends GrappeConsumerElement {
  static override styles = [tokenStyles, compareStyles];

  /** The indicator’s `metric` (`members`, `jobs`, `projects`, `budget`…); empty: the visitor chooses among those the visible clusters give. */
  @property({ reflect: true }) metric: string | null = '';

  /** First year shown (a period counts by its first year: `2006/07` is 2006). */
  @property({ type: Number }) from: number | null = null;

  /** Last year shown. Neither `from` nor `to`: the latest ten periods. */
  @property({ type: Number }) to: number | null = null;

  /** `light`, `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The column the rows are sorted by (`name`, or a column's position); null: the latest period, largest first. */
  @state() private sortKey: ComparisonSortKey | null = null;
  @state() private sortDirection: 'ascending' | 'descending' = 'descending';
  /** What the live region says after a sort. */
  @state() private announcement = '';
  /** Rows without any figure left out of the table (and so of its CSV) by the visitor. */
  @state() private hideEmpty = false;

  /** The comparison as shown (rows in the table's order), or null without a metric or data. */
  get comparison(): Comparison | null {
    const index = this.grappe?.snapshot.index;
    if (!index || !this.metric) return null;
    const comparison = compareClusters(index, this.grappe!.snapshot.filterResult.visible, this.metric, {
      from: this.from,
      to: this.to,
    });
    const { key, direction } = this.effectiveSort(comparison);
    // The totals stay as computed: the rows left out have no figures, so the sums are the same.
    const rows = this.hideEmpty ? comparison.rows.filter(hasFigures) : comparison.rows;
    return {
      ...comparison,
      rows: sortComparisonRows(rows, key, direction, (id) => this.nameOf(index, id), this.language),
    };
  }

  /** The table as CSV (`;`, UTF-8 with BOM): the same header, rows in the same order, and totals. */
  exportCsv(): string {
    const comparison = this.comparison;
    const index = this.grappe?.snapshot.index;
    if (!comparison || !index) return '';
    const plain = (value: number | null) =>
      value === null ? '' : this.language.startsWith('fr') ? String(value).replace('.', ',') : String(value);
    return writeCsv([
      [this.t.compare.cluster, ...comparison.columns.map((column) => this.columnTitle(column))],
      ...comparison.rows.map((row) => [this.nameOf(index, row.clusterId), ...row.cells.map(plain)]),
      [this.t.compare.total(comparison.rows.length), ...comparison.totals.map(plain)],
    ]);
  }

  private nameOf(index: FeedIndex, clusterId: string): string {
    const cluster = index.cluster(clusterId);
    return cluster ? this.text(cluster.shortName ?? cluster.name) : clusterId;
  }

  private metricTitle(metric: string, label: LocalisedText | undefined): string {
    return label ? this.text(label) : termLabel(INDICATOR_METRIC, metric, this.language);
  }

  private columnTitle(column: ComparisonColumn): string {
    return column.kind === 'target' ? this.t.compare.target(column.period) : column.period;
  }

  /** The sort in force: the visitor's, else the latest period's values, largest first. */
  private effectiveSort(comparison: Comparison): { key: ComparisonSortKey; direction: 'ascending' | 'descending' } {
    if (this.sortKey !== null && (this.sortKey === 'name' || this.sortKey < comparison.columns.length))
      return { key: this.sortKey, direction: this.sortDirection };
    let latest = -1;
    comparison.columns.forEach((column, position) => {
      if (column.kind === 'value') latest = position;
    });
    return latest < 0 ? { key: 'name', direction: 'ascending' } : { key: latest, direction: 'descending' };
  }

  private sortBy(key: ComparisonSortKey, title: string, comparison: Comparison): void {
    const current = this.effectiveSort(comparison);
    // A new column starts with the largest figures (names: A to Z); the same column again turns the order round.
    const direction =
      current.key === key
        ? current.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name'
          ? 'ascending'
          : 'descending';
    this.sortKey = key;
    this.sortDirection = direction;
    this.announcement = this.t.compare.sortedBy(title, direction === 'ascending');
  }

  override render() {
    const snapshot = this.grappe?.snapshot;
    const index = snapshot?.index;
    if (!snapshot || !index) return nothing;
    const t = this.t;
    const choices = metricsOf(index, snapshot.filterResult.visible);
    const comparison = this.comparison;
    return html`<section part="base" aria-labelledby="compare-title">
      <h2 id="compare-title">${t.compare.title}</h2>
      <div class="choices">
        <label>
          ${t.compare.metric}
          <select @change=${(event: Event) => (this.metric = (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.metric}>${t.compare.chooseMetric}</option>
            ${choices.map(
              (choice) =>
                html`<option value=${choice.metric} ?selected=${choice.metric === this.metric}>
                  ${t.compare.metricOption(this.metricTitle(choice.metric, choice.label), choice.clusters)}
                </option>`,
            )}
            ${
              this.metric && !choices.some((choice) => choice.metric === this.metric)
                ? html`<option value=${this.metric} selected>${this.metricTitle(this.metric, undefined)}</option>`
                : nothing
            }
          </select>
        </label>
        ${this.renderYear('from', t.compare.fromYear)} ${this.renderYear('to', t.compare.toYear)}
        ${
          comparison
            ? html`<button type="button" part="download" @click=${() => downloadText(this.exportCsv(), t.compare.fileName(this.metric ?? ''), 'text/csv;charset=utf-8')}>
              ${t.compare.download}
            </button>`
            : nothing
        }
      </div>
      ${choices.length === 0 ? html`<p class="muted">${t.compare.noMetric}</p>` : nothing}
      ${comparison ? this.renderComparison(index, comparison) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderYear(which: 'from' | 'to', label: string): TemplateResult {
    return html`<label>
      ${label}
      <input
        type="number"
        inputmode="numeric"
        min="1800"
        max="2200"
        .value=${this[which] === null ? '' : String(this[which])}
        @change=${(event: Event) => {
          const value = (event.target as HTMLInputElement).valueAsNumber;
          this[which] = Number.isFinite(value) ? Math.trunc(value) : null;
        }}
      />
    </label>`;
  }

  private renderComparison(index: FeedIndex, comparison: Comparison): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const title = this.metricTitle(comparison.metric, comparison.label);
    const caption = comparison.unit ? `${title} (${comparison.unit})` : title;
    const { key, direction } = this.effectiveSort(comparison);
    const format = (value: number) => value.toLocaleString(lang, { maximumFractionDigits: 2 });
    const nameOf = (id: string) => this.nameOf(index, id);
    const sortHeader = (columnKey: ComparisonSortKey, label: string, className = '') => {
      const sorted = key === columnKey;
      return html`<th scope="col" class=${className} aria-sort=${sorted ? direction : 'none'}>
        <button type="button" title=${t.compare.sortBy(label)} @click=${() => this.sortBy(columnKey, label, comparison)}>
          ${label}<span aria-hidden="true">${sorted ? (direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>`;
    };
    const cell = (value: number | null, column: ComparisonColumn) =>
      html`<td class=${column.kind === 'target' ? 'target' : ''}>
        ${value === null ? html`<span aria-hidden="true">—</span><span class="visually-hidden">${t.compare.noValue}</span>` : format(value)}
      </td>`;
    const nameCell = (row: ComparisonRow) => html`<th scope="row">
      <button type="button" class="link" @click=${() => this.grappe?.store.select(row.clusterId)}>${nameOf(row.clusterId)}</button>
      ${row.fromMemberships ? html`<small>(${t.compare.fromMemberships})</small>` : nothing}
    </th>`;
    return html`${renderComparisonChart(comparison, comparison.rows, caption, nameOf, t, lang)}
      ${this.renderEmptyToggle(comparison)}
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              ${sortHeader('name', t.compare.cluster)}
              ${comparison.columns.map((column, position) => sortHeader(position, this.columnTitle(column), column.kind === 'target' ? 'target' : ''))}
            </tr>
          </thead>
          <tbody>
            ${comparison.rows.map(
              (row) => html`<tr>
                ${nameCell(row)} ${row.cells.map((value, position) => cell(value, comparison.columns[position]!))}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.compare.total(comparison.rows.length)}</th>
              ${comparison.totals.map((value, position) => cell(value, comparison.columns[position]!))}
            </tr>
          </tfoot>
        </table>
      </div>
      ${comparison.periodsLeftOut > 0 ? html`<p class="muted">${t.compare.periodsLeftOut(comparison.periodsLeftOut)}</p>` : nothing}
`;
  }

  /** Clusters without a figure for the metric: kept in the table (one row per visible cluster) unless the visitor hides them. */
  private renderEmptyToggle(comparison: Comparison): TemplateResult | typeof nothing {
    const visible = this.grappe?.snapshot.filterResult.visible.length ?? 0;
    const withFigures = comparison.rows.filter(hasFigures).length;
    const empty = this.hideEmpty ? visible - comparison.rows.length : comparison.rows.length - withFigures;
    if (empty <= 0) return nothing;
    return html`<p>
      <button type="button" class="link" @click=${() => (this.hideEmpty = !this.hideEmpty)}>
        ${this.hideEmpty ? this.t.compare.showEmpty(empty) : this.t.compare.hideEmpty(empty)}
      </button>
    </p>`;
  }
}
