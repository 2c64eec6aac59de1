import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeMembers } from './members.component.js';

export { GrappeMembers } from './members.component.js';

defineElement('grappe-members', GrappeMembers);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-members': GrappeMembers;
  }
}
