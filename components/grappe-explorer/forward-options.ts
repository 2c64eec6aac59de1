import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { EXPLORER_OPTIONS, type ExplorerOptionValues, type OptionTarget } from './explorer-options.js';

/**
 * Sets, on the element it is placed on, the attributes of every explorer option meant for
 * `target` (`<grappe-map ${forwardOptions(this, 'map')}>`): a string or number as text, a
 * boolean as a present or absent attribute, `null` as absent.
 */
class ForwardOptionsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('forwardOptions goes on an element');
  }

  render(_values: ExplorerOptionValues, _target: OptionTarget) {
    return nothing;
  }

  override update(part: ElementPart, [values, target]: [ExplorerOptionValues, OptionTarget]) {
    const element = part.element;
    for (const option of EXPLORER_OPTIONS) {
      if (!(option.targets as readonly OptionTarget[]).includes(target)) continue;
      const value = values[option.property as keyof ExplorerOptionValues];
      if (value === null || value === false) element.removeAttribute(option.attribute);
      else if (value === true) element.setAttribute(option.attribute, '');
      else if (element.getAttribute(option.attribute) !== String(value))
        element.setAttribute(option.attribute, String(value));
    }
    return nothing;
  }
}

export const forwardOptions = directive(ForwardOptionsDirective);
