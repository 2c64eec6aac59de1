import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeDirectory } from './directory.component.js';

export { GrappeDirectory } from './directory.component.js';

defineElement('grappe-directory', GrappeDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-directory': GrappeDirectory;
  }
}
