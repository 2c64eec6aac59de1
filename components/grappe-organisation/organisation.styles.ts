import { css } from 'lit';

/** The organisation card's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const organisationStyles = css`
  :host {
    display: block;
  }
  .organisation {
    background: var(--_surface);
    padding: var(--_space);
  }
  header {
    position: relative;
    padding-inline-end: 2.75rem;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.3em;
  }
  .name:focus-visible {
    outline: var(--_focus);
  }
  .short-name {
    margin: 0 0 0.25rem;
    color: var(--_text-muted);
  }
  .badges {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    padding: 0;
    margin: 0.25rem 0;
  }
  .close {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
  }
  .facts {
    display: grid;
    gap: 0.35rem;
    margin: var(--_space) 0 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(6rem, 9rem) 1fr;
    gap: 0.5rem;
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  section {
    margin-top: calc(var(--_space) * 2);
  }
  .section-title {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  section ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .clusters li {
    margin-bottom: 0.25rem;
  }
  .membership {
    display: block;
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  .former button {
    color: var(--_text-muted);
  }
`;
