/**
 * WCAG contrast of what a visitor sees: every visible text in every shadow root under an
 * element, its colour against the background actually behind it (the first opaque backgrounds
 * up the flat tree, composited), 4.5:1, or 3:1 for large text.
 */

type Rgba = [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour (rgb(), color(srgb …), color-mix results) as bytes, through a canvas. */
function rgba(colour: string): Rgba {
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` over `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3];
  return [
    top[0] * alpha + bottom[0] * (1 - alpha),
    top[1] * alpha + bottom[1] * (1 - alpha),
    top[2] * alpha + bottom[2] * (1 - alpha),
    1,
  ];
}

/** The parent in the flat tree: a slot for slotted content, the host for a shadow root's top. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
  where: string;
}

/**
 * The background behind an element, or null when what is behind is a picture (the map's
 * canvases): text there must bring its own background, and such text is reported.
 */
function backgroundOf(element: Element): Rgba | null {
  const layers: Rgba[] = [];
  let current: Element | null = element;
  while (current) {
    const style = getComputedStyle(current);
    const colour = rgba(style.backgroundColor);
    const opacity = Number(style.opacity);
    if (colour[3] > 0) layers.push([colour[0], colour[1], colour[2], colour[3] * opacity]);
    if (layers.length > 0 && layers[layers.length - 1]![3] >= 1) break;
    if (current.classList.contains('leaflet-container')) return null;
    current = flatParent(current);
  }
  let result: Rgba = [255, 255, 255, 1];
  if (!current)
    result =
      rgba(getComputedStyle(document.body).backgroundColor)[3] > 0
        ? rgba(getComputedStyle(document.body).backgroundColor)
        : result;
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

function isShown(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false; // visually hidden (clipped to 1px) or collapsed
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
  return element.checkVisibility?.() ?? true;
}

function describe(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  return `${host ? host.localName + ' › ' : ''}${element.localName}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
}

/** Every visible text under `root` (shadow roots included) that misses its contrast. */
export function contrastFailures(root: Element): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const element = node.parentElement;
      if (!element || !isShown(element) || element.closest('svg, option, script, style, template')) continue;
      const style = getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const background = backgroundOf(element);
      const where = describe(element);
      if (!background) {
        failures.push({
          text: node.textContent.trim().slice(0, 40),
          ratio: 0,
          needed,
          where: `${where} (over the map, no background of its own)`,
        });
        continue;
      }
      const colour = rgba(style.color);
      const ratio = contrastRatio(over(colour, background), background);
      if (ratio < needed)
        failures.push({
          text: node.textContent.trim().slice(0, 40),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          where,
        });
    }
  };
  visit(root.shadowRoot ?? root);
  return failures;
}

/** The contrast of two colours as CSS gives them (for non-text marks: 3:1). */
export function cssContrast(first: string, second: string): number {
  return contrastRatio(rgba(first), rgba(second));
}
