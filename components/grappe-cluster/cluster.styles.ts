import { css } from 'lit';

export const clusterStyles = css`
  .stage {
    list-style: none;
    display: grid;
    /* minmax(0, …): a long stage name ("Rassemblement") wraps instead of widening a narrow pane. */
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.25rem;
    padding: 0;
    margin: 0;
    font-size: 0.8em;
    text-align: center;
  }
  .stage li {
    overflow-wrap: anywhere;
    hyphens: auto;
    border-top: 6px solid var(--_border);
    padding-top: 0.25rem;
    color: var(--_text-muted);
  }
  .stage li.done {
    border-top-color: var(--_accent);
  }
  .stage li.current {
    border-top-color: var(--_accent);
    color: var(--_text);
    font-weight: 700;
  }
  .step-number {
    display: block;
    font-weight: 700;
  }
  /* The stages' track needs room for its names side by side ("Rassemblement", "Collaboration"):
     in a narrower pane (the explorer's details, a phone) the stages are listed one under another,
     instead of names broken in the middle of a word. */
  .stage-section {
    container-type: inline-size;
  }
  @container (max-width: 34rem) {
    .stage {
      grid-template-columns: 1fr;
      text-align: start;
      gap: 0.125rem;
    }
    .stage li {
      overflow-wrap: normal;
      border-top: none;
      border-inline-start: 6px solid var(--_border);
      padding: 0.125rem 0.5rem;
    }
    .stage li.done,
    .stage li.current {
      border-inline-start-color: var(--_accent);
    }
    .step-number {
      display: inline;
      margin-inline-end: 0.5em;
    }
  }
  .chart {
    margin: 0 0 var(--_space);
  }
  .chart figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .chart svg {
    width: 100%;
    max-width: 32rem;
    height: auto;
    display: block;
  }
  .chart .bar {
    fill: var(--_accent);
  }
  .chart text {
    fill: var(--_text);
    font-size: 11px;
  }
  .chart .axis {
    stroke: var(--_border);
  }
  .chart-data table {
    border-collapse: collapse;
    margin-top: 0.25rem;
  }
  .chart-data th,
  .chart-data td {
    border: 1px solid var(--_border);
    padding: 0.15rem 0.5rem;
    text-align: start;
  }
  .partners {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    align-items: center;
    margin-top: 0.25rem;
  }
  .declared-by {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    font-style: italic;
    color: var(--_text-muted);
  }
  .partner {
    color: var(--_accent);
    text-decoration: underline;
  }
  .unsafe-link small {
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .stage li.current,
    .stage li.done {
      border-top-color: Highlight;
      border-inline-start-color: Highlight;
    }
    .chart .bar {
      fill: CanvasText;
    }
  }
  .logo {
    display: block;
    max-height: 3rem;
    max-width: 10rem;
    margin: 0.25rem 0;
    object-fit: contain;
  }
  .cooperation-facts {
    margin: 0.25rem 0;
    font-size: 0.9em;
  }
  .cooperation-facts div {
    display: grid;
    grid-template-columns: minmax(6rem, 8rem) 1fr;
    gap: 0.5rem;
  }
  .cooperation-facts dt {
    color: var(--_text-muted);
  }
  .cooperation-facts dd {
    margin: 0;
  }
`;
