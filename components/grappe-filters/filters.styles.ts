import { css } from 'lit';

/** The filters's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const filtersStyles = css`
  .dimension {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
    min-height: 1.75rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 1.75rem;
    cursor: pointer;
  }
  input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }
  .count {
    color: var(--_text-muted);
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .depth-1 {
    padding-inline-start: 1.2rem;
  }
  .depth-2 {
    padding-inline-start: 2.4rem;
  }
  .depth-3 {
    padding-inline-start: 3.6rem;
  }
  .toggle-all {
    margin-top: 0.25rem;
  }
  .actions {
    margin-top: var(--_space);
  }
`;
