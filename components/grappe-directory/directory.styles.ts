import { css } from 'lit';

/** The directory's own styles; the shared tokens come from src/styles/shared-styles.ts. */
export const directoryStyles = css`
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
  /* Items out of sight are not laid out or painted until scrolled to (they stay in the
     accessibility tree and in find-in-page): a facet click's layout and paint at a page of 100
     items fell by half. The height kept for one is about an item of two lines. Such an item
     clips what its content paints past its padding: the padding holds the focus ring (3 px and
     a 2 px offset). */
  li.item {
    border-bottom: 1px solid var(--_border);
    padding: 0.4rem;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 4rem;
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
  /* « Clermont-Ferrand · 1 membre »: the place and the count apart, in one run of text that wraps
     as text does (never a line that starts with the dot), the dot silent for screen readers. */
  .facts > * + *::before {
    content: ' · ';
    content: ' · ' / '';
  }
  .via {
    font-style: italic;
  }
  .distance {
    font-weight: 600;
    color: var(--_text);
  }
  .nearby {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.75rem;
    margin: 0 0 var(--_space);
  }
  .nearby .hint {
    color: var(--_text-muted);
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  /* Wide: the list first, the facets beside it (inline-end, so that reading and tab order agree). */
  .layout.with-side-panel {
    grid-template-columns: minmax(0, 1fr) minmax(14rem, 18rem);
    align-items: start;
  }
  .results {
    /* Visually hidden texts are positioned: keep them inside the list, not at the page's end. */
    position: relative;
    min-width: 0;
  }
  .filters-panel[hidden] {
    display: none;
  }
  .filter-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
    margin-bottom: var(--_space);
  }
  .filters-toggle[aria-expanded='true'] {
    background: var(--_selected);
  }
  .chips {
    display: contents;
    list-style: none;
  }
  .chips li {
    display: inline;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    border-radius: 999px;
    padding: 0.2rem 0.65rem;
    min-height: 2rem;
    background: var(--_selected);
  }
  .chip-x {
    font-weight: 700;
  }
  .filters-sheet {
    /* A phone: a sheet from the bottom, most of the screen. */
    position: fixed;
    inset: auto 0 0 0;
    margin: 0;
    width: 100%;
    max-width: none;
    max-height: 90vh;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
  }
  .filters-sheet::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media (min-width: 40rem) {
    /* A larger screen: a drawer from the inline start, full height. */
    .filters-sheet {
      inset: 0 auto 0 0;
      width: min(24rem, 90vw);
      height: 100%;
      max-height: none;
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
  }
  .sheet-content {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  .sheet-header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    position: sticky;
    top: 0;
    background: var(--_surface);
    padding-block: var(--_space);
  }
  .sheet-title {
    margin: 0;
    font-size: 1.2em;
  }
  .sheet-done {
    position: sticky;
    bottom: 0;
    width: 100%;
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
  .problems .severity,
  .problems .record {
    font-weight: 600;
  }
  .problems .error .severity {
    color: var(--_error);
  }
  .problems .warning .severity {
    color: var(--_warning);
  }
`;
