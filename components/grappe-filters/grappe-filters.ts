import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeFilters } from './filters.component.js';

export { GrappeFilters } from './filters.component.js';

defineElement('grappe-filters', GrappeFilters);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-filters': GrappeFilters;
  }
}
