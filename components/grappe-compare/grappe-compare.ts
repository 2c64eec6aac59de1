import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeCompare } from './compare.component.js';

export { GrappeCompare } from './compare.component.js';

defineElement('grappe-compare', GrappeCompare);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-compare': GrappeCompare;
  }
}
