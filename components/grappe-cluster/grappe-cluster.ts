import { defineElement } from '../../src/internal/grappe-element.js';
import { GrappeCluster } from './cluster.component.js';

export { GrappeCluster } from './cluster.component.js';

defineElement('grappe-cluster', GrappeCluster);

declare global {
  interface HTMLElementTagNameMap {
    'grappe-cluster': GrappeCluster;
  }
}
