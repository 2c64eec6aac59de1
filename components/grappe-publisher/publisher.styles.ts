import { css } from 'lit';

export const publisherStyles = css`
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .page {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .scroll {
    overflow-x: auto;
  }
  h2,
  h3 {
    margin: 0;
  }
  .privacy {
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .drop {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 3);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .drop.dragging {
    border-color: var(--_accent);
    background: var(--_selected);
  }
  input[type='file'] {
    font: inherit;
    color: var(--_text);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.2rem 0.45rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  button.remove {
    margin-inline-start: 0.4rem;
    padding: 0 0.4rem;
  }
  .problems ul,
  .downloads ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3rem;
  }
  .problem {
    display: grid;
    grid-template-columns: 8.5rem 1fr auto;
    gap: 0.2rem 0.6rem;
    align-items: baseline;
  }
  .severity {
    font-weight: 600;
  }
  .read th[scope='row'] {
    white-space: nowrap;
  }
  @media (max-width: 40rem) {
    .problem {
      grid-template-columns: 1fr;
    }
  }
  .problem.error .severity {
    color: var(--_error);
  }
  .problem.warning .severity {
    color: var(--_warning);
  }
  .problem.notice .severity {
    color: var(--_text-muted);
  }
  .source .scroll {
    overflow-y: auto;
    max-height: 20rem;
  }
  .source tr.current {
    background: var(--_selected);
    outline: 2px solid var(--_accent);
  }
  progress {
    vertical-align: middle;
    margin-inline: 0.5rem;
  }
  grappe-explorer {
    height: var(--grappe-publisher-preview-height, 36rem);
  }
`;
