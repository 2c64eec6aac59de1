import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { GrappeElement } from './grappe-element.js';
import { grappeContext, type GrappeContextValue } from './context.js';

/** A Grappe element that renders the state shared by the `<grappe-data>` around it. */
export class GrappeConsumerElement extends GrappeElement {
  /** The shared state, or undefined outside a `<grappe-data>`. */
  @consume({ context: grappeContext, subscribe: true })
  @state()
  protected grappe?: GrappeContextValue;
}
