import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { GrappeEventMap } from '../events/index.js';
import { getTranslation, onTranslationsChanged, textsPending, type Translation } from '../i18n/index.js';

/**
 * A new task: `scheduler.yield()` where it exists (it comes before the page's other tasks), a
 * timer otherwise (in a background tab, a second later: nobody is looking). Not
 * validate/yield-to-page.ts: its slices' machinery would weigh on every element's bundle.
 */
const nextTask = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.().catch(() => 0) ??
  new Promise((resolve) => setTimeout(resolve));

/** Grappe elements on the page, told to re-render when a language they inherit changes. */
const connectedElements = new Set<GrappeElement>();
let documentLangObserver: MutationObserver | undefined;

// A locale loaded on demand (script-tag bundles) arrives after the first render.
onTranslationsChanged(() => {
  for (const element of connectedElements) element.requestUpdate();
});

function watchDocumentLanguage(): void {
  if (documentLangObserver || typeof MutationObserver === 'undefined') return;
  documentLangObserver = new MutationObserver(() => {
    for (const element of connectedElements) element.requestUpdate();
  });
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** The node above `node`, crossing out of a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** The nearest `lang` attribute above a node, crossing shadow roots; the document's otherwise. */
export function inheritedLanguage(node: Node): string {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current instanceof Element && current.hasAttribute('lang') && current.getAttribute('lang') !== '') {
      return current.getAttribute('lang')!;
    }
  }
  return document.documentElement.lang || 'en';
}

/**
 * The base of every Grappe element: typed events that bubble out of shadow roots, and the
 * language, from the element's own `lang` or the nearest one above it.
 */
export class GrappeElement extends LitElement {
  /** The language of the element's texts; inherited from the page when not set. */
  @property({ reflect: true }) override lang = '';

  /** The language in force: own `lang`, else the nearest above (through shadow roots), else the page's. */
  get language(): string {
    return this.lang || inheritedLanguage(this.parentNode ?? this);
  }

  /**
   * Whether the element stays hidden until its language's texts arrive, where they load on
   * demand (the script-tag bundles carry English only): a French page never flashes English. The
   * element renders and updates as usual meanwhile (its API, queries and children work); only
   * the `data-texts-pending` attribute hides it (shared styles). `<grappe-data>` shows nothing
   * and does not wait.
   */
  protected waitsForTexts = true;

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The first render in a task of its own, later ones in Lit's microtask: on a page with a
    // script-tag bundle, its evaluation and every element's first render made one task of
    // 120–180 ms at 100,000 organisations, the page's longest (`npm run bench`). Not an element
    // with content of its own (a header, the elements inside a <grappe-data>): shown until now,
    // its shadow root would hide it for a frame. `updateComplete` resolves once it has rendered.
    if (this.hasUpdated || this.childElementCount > 0 || this.textContent!.trim() !== '') return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.toggleAttribute('data-texts-pending', this.waitsForTexts && textsPending(this.language));
  }

  /** The locale catalogue for `language`. */
  get t(): Translation {
    return getTranslation(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedElements.add(this);
    watchDocumentLanguage();
    // Texts that arrived while it was out of the page: show it now.
    if (this.hasAttribute('data-texts-pending')) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedElements.delete(this);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Elements inside inherit this element's language: let them re-render.
    if (changed.has('lang') && changed.get('lang') !== undefined) {
      for (const element of connectedElements) if (element !== this) element.requestUpdate();
    }
  }

  /** Dispatches a Grappe event that bubbles and crosses shadow roots. */
  emit<K extends keyof GrappeEventMap>(
    name: K,
    detail: GrappeEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}

/** Registers a tag once: a second bundle of Grappe on the same page does not throw. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
