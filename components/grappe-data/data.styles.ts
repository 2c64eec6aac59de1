import { css } from 'lit';

/** `<grappe-data>` draws nothing of its own: it lays out what the page puts inside it. */
export const dataStyles = css`
  :host {
    display: block;
  }
`;
