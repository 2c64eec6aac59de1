import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeData } from './data.component.js';

export { GrappeData } from './data.component.js';

defineElement('grappe-data', GrappeData);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-data': GrappeData;
  }
}
