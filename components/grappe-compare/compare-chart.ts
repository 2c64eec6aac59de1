import { html, nothing, svg, type TemplateResult } from 'lit';
import { hasFigures, type Comparison, type ComparisonRow } from '../../src/model/compare.js';
import type { Translation } from '../../src/i18n/index.js';

/** Series drawn at most: past eight lines a chart no longer reads; the table holds every row. */
export const MAX_SERIES = 8;

/**
 * The table's figures as lines, one per cluster (the first rows in the table's order), targets
 * as dashed rings. The chart is for the eye: its name says the table below is its text.
 */
export function renderComparisonChart(
  comparison: Comparison,
  rows: readonly ComparisonRow[],
  title: string,
  nameOf: (clusterId: string) => string,
  t: Translation,
  lang: string,
): TemplateResult | typeof nothing {
  const valueColumns: number[] = [];
  comparison.columns.forEach((column, position) => {
    if (column.kind === 'value') valueColumns.push(position);
  });
  const withFigures = rows.filter(hasFigures);
  const drawn = withFigures.slice(0, MAX_SERIES);
  if (valueColumns.length === 0 || drawn.length === 0) return nothing;
  // Loops, not Math.max(...cells): a table may hold thousands of cells.
  let max = 0;
  for (const row of drawn) for (const cell of row.cells) if (cell !== null && cell > max) max = cell;
  max ||= 1;
  const width = 480;
  const height = 200;
  const left = 44;
  // Room for half of the last period's label (`2009/2010`) to the right of its point.
  const right = 36;
  const top = 12;
  const bottom = height - 24;
  const step = valueColumns.length > 1 ? (width - left - right) / (valueColumns.length - 1) : 0;
  const xOf = (slot: number) => (valueColumns.length > 1 ? left + slot * step : (left + width - right) / 2);
  const yOf = (value: number) => bottom - (value / max) * (bottom - top);
  const format = (value: number) => value.toLocaleString(lang, { maximumFractionDigits: 1 });
  const targetOf = (row: ComparisonRow, position: number) =>
    comparison.columns[position + 1]?.kind === 'target' ? (row.cells[position + 1] ?? null) : null;
  return html`<figure class="chart" part="chart">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${t.compare.chart(title)}>
      <line class="axis" x1=${left} x2=${width - right} y1=${bottom} y2=${bottom}></line>
      <text x=${left - 6} y=${top + 4} text-anchor="end">${format(max)}</text>
      <text x=${left - 6} y=${bottom} text-anchor="end">0</text>
      ${valueColumns.map(
        (position, slot) =>
          svg`<text x=${xOf(slot)} y=${height - 6} text-anchor="middle">${comparison.columns[position]!.period}</text>`,
      )}
      ${drawn.map((row, series) => {
        const points: string[] = [];
        const marks: TemplateResult[] = [];
        valueColumns.forEach((position, slot) => {
          const value = row.cells[position];
          const target = targetOf(row, position);
          if (value !== null && value !== undefined) {
            points.push(`${xOf(slot)},${yOf(value)}`);
            marks.push(svg`<circle class="point" cx=${xOf(slot)} cy=${yOf(value)} r="3.5"></circle>`);
          }
          if (target !== null)
            marks.push(svg`<circle class="target-point" cx=${xOf(slot)} cy=${yOf(target)} r="6"></circle>`);
        });
        return svg`<g class=${`series-${series}`}>
          ${points.length > 1 ? svg`<polyline class="line" points=${points.join(' ')}></polyline>` : nothing}
          ${marks}
        </g>`;
      })}
    </svg>
    <figcaption>
      <ul class="chart-legend">
        ${drawn.map(
          (row, series) =>
            html`<li><span class=${`swatch series-${series}`} aria-hidden="true"></span>${nameOf(row.clusterId)}</li>`,
        )}
      </ul>
      ${withFigures.length > drawn.length ? html`<small>${t.compare.chartTop(drawn.length, withFigures.length)}</small>` : nothing}
    </figcaption>
  </figure>`;
}
