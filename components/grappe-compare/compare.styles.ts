import { css } from 'lit';

export const compareStyles = css`
  :host {
    /* Series colours with 3:1 against the surface (WCAG 1.4.11), light then dark. */
    --_series-0: #0b5cad;
    --_series-1: #b34700;
    --_series-2: #00785a;
    --_series-3: #a3337a;
    --_series-4: #5a4fcf;
    --_series-5: #5f6368;
    --_series-6: #8a5a00;
    --_series-7: #0e7490;
  }
  :host([theme='dark']) {
    --_series-0: #8ab4f8;
    --_series-1: #f5a06a;
    --_series-2: #5fd3a8;
    --_series-3: #f29fd0;
    --_series-4: #b8b0ff;
    --_series-5: #c0c4c9;
    --_series-6: #f5cf7a;
    --_series-7: #67d4e8;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_series-0: #8ab4f8;
      --_series-1: #f5a06a;
      --_series-2: #5fd3a8;
      --_series-3: #f29fd0;
      --_series-4: #b8b0ff;
      --_series-5: #c0c4c9;
      --_series-6: #f5cf7a;
      --_series-7: #67d4e8;
    }
  }
  section {
    display: grid;
    /* minmax(0, …): a wide table scrolls in its own box instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  h2 {
    font-size: 1.15rem;
    margin: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .choices label {
    display: grid;
    gap: 0.2rem;
  }
  input[type='number'] {
    width: 7rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3rem 0.5rem;
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }
  thead th {
    vertical-align: bottom;
  }
  thead th button {
    border: 0;
    background: none;
    padding: 0.2rem 0.1rem;
    font-weight: 700;
    color: var(--_text);
    min-height: 1.5rem;
  }
  th.target,
  td.target {
    color: var(--_text-muted);
    font-style: italic;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_border);
  }
  .muted,
  small {
    color: var(--_text-muted);
  }
  .chart svg {
    width: 100%;
    max-width: 32rem;
    height: auto;
    display: block;
  }
  .chart text {
    fill: var(--_text);
    /* In the chart's own units: about 10px on a phone, 14px at its widest. */
    font-size: 13px;
  }
  .chart .axis {
    stroke: var(--_border);
  }
  .chart .line {
    fill: none;
    stroke-width: 2.5;
  }
  .chart .point {
    stroke-width: 2;
    fill: var(--_surface);
  }
  .chart .target-point {
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
    fill: none;
  }
  .chart-legend {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  /* A series' colour: its class sets --_swatch (below), for the line, the points and the legend. */
  .chart g[class^='series-'] {
    stroke: var(--_swatch);
  }
  .swatch {
    display: inline-block;
    width: 1.4rem;
    height: 0.25rem;
    vertical-align: middle;
    margin-inline-end: 0.3rem;
    background: var(--_swatch);
  }
  .series-0 {
    --_swatch: var(--_series-0);
  }
  .series-1 {
    --_swatch: var(--_series-1);
  }
  .series-2 {
    --_swatch: var(--_series-2);
  }
  .series-3 {
    --_swatch: var(--_series-3);
  }
  .series-4 {
    --_swatch: var(--_series-4);
  }
  .series-5 {
    --_swatch: var(--_series-5);
  }
  .series-6 {
    --_swatch: var(--_series-6);
  }
  .series-7 {
    --_swatch: var(--_series-7);
  }
`;
