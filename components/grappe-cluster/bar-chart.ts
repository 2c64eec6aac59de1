import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Translation } from '../../src/i18n/index.js';

/** Past this many bars, the chart's name is its title alone: the table below holds the figures. */
const MAX_SPOKEN_ROWS = 12;
/** Bars drawn at most (the latest periods): more would not read in 320 pixels; the table holds all. */
const MAX_BARS = 40;

export interface BarRow {
  /** The bar's label under it, and the row header of the table. */
  label: string;
  value: number;
  unit?: string | undefined;
}

/**
 * A bar chart in SVG with its data as a table: the chart is for the eye, the table (and the
 * chart's accessible name) for everyone. `rows` are drawn in the order given.
 */
export function renderBarChart(
  title: string,
  rows: readonly BarRow[],
  t: Translation,
  lang: string,
  firstColumn: string = t.period,
): TemplateResult {
  const bars = rows.length > MAX_BARS ? rows.slice(rows.length - MAX_BARS) : rows;
  // A loop, not Math.max(...values): a feed may give thousands of values.
  let max = 0;
  for (const row of bars) if (row.value > max) max = row.value;
  max ||= 1;
  const width = 320;
  const height = 140;
  const chartTop = 18;
  const chartBottom = height - 22;
  const band = width / Math.max(1, bars.length);
  const barWidth = Math.max(4, band * 0.6);
  const format = (value: number) => value.toLocaleString(lang);
  return html`<figure class="chart" part="chart">
    <figcaption>${title}${bars.length < rows.length ? html` <small>(${t.latestBars(bars.length, rows.length)})</small>` : nothing}</figcaption>
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${rows.length <= MAX_SPOKEN_ROWS ? `${title}${t.colon}${rows.map((row) => `${row.label} ${format(row.value)}${row.unit ? ` ${row.unit}` : ''}`).join(', ')}` : title}>
      ${bars.map((row, position) => {
        const barHeight = Math.max(0, (row.value / max) * (chartBottom - chartTop));
        const x = position * band + (band - barWidth) / 2;
        const y = chartBottom - barHeight;
        return svg`<g>
          <rect class="bar" x=${x} y=${y} width=${barWidth} height=${barHeight}></rect>
          <text class="value" x=${x + barWidth / 2} y=${y - 4} text-anchor="middle">${format(row.value)}</text>
          <text class="period" x=${x + barWidth / 2} y=${height - 6} text-anchor="middle">${row.label}</text>
        </g>`;
      })}
      <line class="axis" x1="0" x2=${width} y1=${chartBottom} y2=${chartBottom}></line>
    </svg>
    <details class="chart-data">
      <summary>${t.indicatorTable(title)}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${firstColumn}</th>
            <th scope="col">${t.value}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              <td>${format(row.value)}${row.unit ? ` ${row.unit}` : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}
