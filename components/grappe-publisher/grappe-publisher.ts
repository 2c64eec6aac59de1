import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappePublisher } from './publisher.component.js';

export { GrappePublisher } from './publisher.component.js';

defineElement('grappe-publisher', GrappePublisher);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-publisher': GrappePublisher;
  }
}
