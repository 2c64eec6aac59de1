import { css } from 'lit';

/** The organisation card's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const organisationStyles = css`
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
