import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeExplorer } from './explorer.component.js';

export { GrappeExplorer } from './explorer.component.js';

defineElement('grappe-explorer', GrappeExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-explorer': GrappeExplorer;
  }
}
