import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeOrganisation } from './organisation.component.js';

export { GrappeOrganisation } from './organisation.component.js';

defineElement('grappe-organisation', GrappeOrganisation);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-organisation': GrappeOrganisation;
  }
}
