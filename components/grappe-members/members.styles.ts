import { css } from 'lit';

/** The members's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const membersStyles = css`
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li {
    border-bottom: 1px solid var(--_border);
    padding: 0.3rem 0.25rem;
  }
  li.selected {
    background: var(--_selected);
  }
  .organisation {
    font: inherit;
    font-weight: 600;
    border: 0;
    background: none;
    padding: 0.2rem 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .members-heading {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
`;
