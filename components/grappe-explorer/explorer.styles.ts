import { css } from 'lit';

export const explorerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--_surface);
    color: var(--_text);
    padding: var(--grappe-explorer-padding, 0);
  }
  /* Dark on a light page, the explorer is a block of its own: its texts keep off its edges. */
  :host([theme='dark']) {
    padding: var(--grappe-explorer-padding, var(--_space));
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      padding: var(--grappe-explorer-padding, var(--_space));
    }
  }
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: 1fr;
    grid-template-areas:
      'toolbar'
      'main'
      'detail';
  }
  .toolbar {
    grid-area: toolbar;
    display: flex;
    gap: 0.25rem;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  .list-pane,
  .map-pane {
    grid-area: main;
    min-width: 0;
  }
  .list-pane,
  .detail-pane {
    /* Visually hidden texts are positioned: they stay inside the pane's scroll area. */
    position: relative;
  }
  .layout.paired.narrow-list .map-pane,
  .layout.paired.narrow-map .list-pane {
    display: none;
  }
  .map-pane grappe-legend {
    margin-top: var(--_space);
  }
  .detail-pane {
    grid-area: detail;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    min-width: 0;
  }
  .detail-pane[hidden] {
    display: none;
  }
  grappe-members {
    margin-top: var(--_space);
  }
  /* Until the detail elements arrive from beside the script (detail-elements.ts), their light DOM
     (the cluster-actions slot) stays out of sight. */
  grappe-cluster:not(:defined),
  grappe-organisation:not(:defined),
  grappe-members:not(:defined) {
    display: none;
  }

  @container (min-width: 48rem) {
    .layout.paired {
      grid-template-columns: minmax(18rem, 2fr) 3fr;
      grid-template-areas:
        'list map'
        'list detail';
      align-items: start;
    }
    .layout.paired .toolbar {
      display: none;
    }
    .layout.paired .list-pane {
      grid-area: list;
      display: block;
      max-height: var(--grappe-explorer-height, 36rem);
      overflow: auto;
      padding-inline-end: 0.25rem;
    }
    .layout.paired .map-pane {
      grid-area: map;
      display: block;
    }
    .layout.paired.narrow-list .map-pane,
    .layout.paired.narrow-map .list-pane {
      display: block;
    }
    .layout.paired.has-selection {
      grid-template-areas:
        'list map'
        'list detail';
    }
  }

  @container (min-width: 72rem) {
    .layout.paired.has-selection {
      grid-template-columns: minmax(18rem, 2fr) 3fr minmax(18rem, 2fr);
      grid-template-areas: 'list map detail';
    }
    .layout.paired.has-selection .detail-pane {
      max-height: var(--grappe-explorer-height, 36rem);
      overflow: auto;
    }
  }

  @media print {
    .toolbar {
      display: none;
    }
    .layout.paired.narrow-list .map-pane,
    .layout.paired.narrow-map .list-pane {
      display: block;
    }
    .list-pane {
      max-height: none !important;
      overflow: visible !important;
    }
  }
`;
