import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { resolveText } from '../text/localised-text.js';
import { GrappeElement } from './grappe-element.js';
import { grappeContext, type GrappeContextValue } from './context.js';

/** A Grappe element that renders the state shared by the `<grappe-data>` around it. */
export class GrappeConsumerElement extends GrappeElement {
  /** The shared state, or undefined outside a `<grappe-data>`. */
  @consume({ context: grappeContext, subscribe: true })
  @state()
  protected grappe?: GrappeContextValue;

  /**
   * A feed text (a string or a `{ fr, en }` map) in the reader's language, falling back to the
   * feed's default language, then to any language it has.
   */
  protected text(value: Parameters<typeof resolveText>[0]): string {
    return resolveText(value, this.language, this.grappe?.snapshot.index?.defaultLanguage ?? 'fr');
  }
}
