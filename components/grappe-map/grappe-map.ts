import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeMap } from './map.component.js';

export { GrappeMap } from './map.component.js';

defineElement('grappe-map', GrappeMap);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-map': GrappeMap;
  }
}
