import { css } from 'lit';

/** The legend's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const legendStyles = css`
  h3 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  /* Two columns or more where there is room (read down each, so a taxonomy's levels stay in
     order): eight kinds under a map of 1280×800 fitted in half the height, their last lines,
     the most common kind's among them, no longer below the fold. */
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    columns: 17rem;
    column-gap: 1.5rem;
  }
  li {
    break-inside: avoid;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.1rem 0;
  }
  .swatch {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    border: 2px solid #ffffff;
    box-shadow: 0 0 0 1px #1b1f24;
    background: var(--swatch-color, #6b7280);
    flex: none;
    forced-color-adjust: none;
  }
  .count {
    margin-inline-start: auto;
    white-space: nowrap;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  /* The key to the map's numbered marks, drawn as the map draws them (map.styles.ts). Each key
     goes to the next line whole: « zoomer » alone on a line read as a third key. */
  .shapes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .shape {
    display: inline-grid;
    place-items: center;
    width: 1.4rem;
    height: 1.4rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .members {
    border-radius: 5px;
    background: #4b5563;
    color: #ffffff;
  }
  .off-map {
    margin-top: 0.5rem;
  }
  .off-map p {
    margin: 0.25rem 0;
    color: var(--_text-muted);
  }
  .depth-1 {
    padding-inline-start: 1rem;
  }
  .depth-2 {
    padding-inline-start: 2rem;
  }
`;
