import { css } from 'lit';

/** The directory's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const directoryStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.9em;
    gap: 0.15rem;
  }
  .search {
    flex: 1 1 12rem;
  }
  .search input {
    width: 100%;
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
  }
  .note {
    margin: 0 0 var(--_space);
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  ul.list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.item {
    border-bottom: 1px solid var(--_border);
    padding: 0.4rem 0.25rem;
  }
  li.item.selected {
    background: var(--_selected);
  }
  .name {
    font: inherit;
    font-weight: 600;
    background: none;
    border: 0;
    padding: 0.25rem 0;
    text-align: start;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 1.5rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  :host([facets='side']) .layout {
    grid-template-columns: minmax(12rem, 16rem) 1fr;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-top: var(--_space);
  }
  .problems {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  .problems li {
    margin-bottom: 0.25rem;
  }
  .problems .severity {
    font-weight: 600;
  }
  .problems .error .severity {
    color: var(--_error);
  }
  .problems .warning .severity {
    color: var(--_warning);
  }
`;
