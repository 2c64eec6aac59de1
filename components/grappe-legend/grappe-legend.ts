import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeLegend } from './legend.component.js';

export { GrappeLegend } from './legend.component.js';

defineElement('grappe-legend', GrappeLegend);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-legend': GrappeLegend;
  }
}
