import { render, type TemplateResult } from 'lit';
import type { LitElement } from 'lit';

const containers: HTMLElement[] = [];

/** Renders a template into the page and waits until every Lit element in it has rendered. */
export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild as T;
  await settle(container);
  return element;
}

/** Waits for pending Lit updates in a subtree, shadow roots included. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending: Array<Promise<unknown>> = [];
    const visit = (node: ParentNode) => {
      for (const element of Array.from(node.querySelectorAll('*'))) {
        const lit = element as Partial<LitElement>;
        if (lit.updateComplete) pending.push(lit.updateComplete);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    // A page in the background gets no animation frames: do not wait for one forever.
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
}

export function cleanup(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** Polls until the check passes (returns truthy) or the time runs out; returns the value. */
export async function waitFor<T>(
  check: () => T | null | undefined | false,
  timeoutMs = 5000,
  message = 'condition',
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function oneEvent<T = unknown>(target: EventTarget, name: string, timeoutMs = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Finds an element through nested shadow roots: deepQuery(host, 'grappe-data', 'grappe-directory', 'input'). */
export function deepQuery<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  ...selectors: string[]
): T | null {
  let scope: Element | ShadowRoot | Document | null = root;
  for (const selector of selectors) {
    if (!scope) return null;
    const base: ParentNode = scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope;
    scope = base.querySelector(selector) ?? (scope instanceof Element ? scope.querySelector(selector) : null);
  }
  return scope as T | null;
}

/** All elements matching a selector in a shadow root. */
export function shadowAll<T extends Element = HTMLElement>(host: Element | null, selector: string): T[] {
  return host?.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll<T>(selector)) : [];
}

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>;
}

/** axe-core on an element (shadow roots included); throws with the violations' ids and targets. */
export async function expectAccessible(element: Element, options: { disable?: string[] } = {}): Promise<void> {
  const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResult> } }).axe;
  const rules = Object.fromEntries((options.disable ?? []).map((id) => [id, { enabled: false }]));
  const result = await axe.run(element, { rules, resultTypes: ['violations'] });
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

export { organisationFeed, sampleFeed } from '../../stories/fixtures.js';

/** A feed as a data: URL is refused by our own CSP tests; tests serve feeds as blob URLs instead. */
export function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/** An http URL on the test server that serves this JSON. */
export function servedUrl(value: unknown): string {
  return `/__grappe/echo?json=${encodeURIComponent(JSON.stringify(value))}`;
}

/**
 * Lit's development build warns about real mistakes (an update scheduled after an update, a
 * missing `static properties`…): any warning other than the dev-mode notice fails the test.
 */
const litWarnings: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text)) litWarnings.push(text);
  originalWarn(...args);
};
afterEach(() => {
  const warnings = litWarnings.splice(0);
  if (warnings.length > 0) throw new Error(`Lit warned:\n${warnings.join('\n')}`);
});
