import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { deepQuery, sampleFeed, settle, waitFor } from '../support/helpers.js';

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The chain of hosts from the focused element up to the document. */
function focusPath(): string {
  const parts: string[] = [];
  let node: Node | null = deepActiveElement();
  while (node) {
    if (node instanceof Element)
      parts.push(node.localName + (node.classList.length ? `.${[...node.classList].join('.')}` : ''));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return parts.reverse().join(' > ');
}

async function tabUntil(check: (element: Element) => boolean, limit = 120): Promise<Element> {
  for (let step = 0; step < limit; step += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && check(active)) return active;
  }
  throw new Error(`focus never reached the target; it is on ${focusPath()}`);
}

async function mount(lang = 'en'): Promise<GrappeExplorer> {
  const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
  explorer.setAttribute('lang', lang);
  document.body.appendChild(explorer);
  explorer.data = sampleFeed();
  await waitFor(() => explorer.visibleClusters.length === 3, 5000, 'loaded');
  await settle(explorer.shadowRoot!);
  return explorer;
}

describe('keyboard only', () => {
  it('finds a cluster, opens it, reaches its members and returns, without a mouse', async () => {
    const explorer = await mount();
    try {
      const start = document.createElement('button');
      start.textContent = 'start';
      document.body.prepend(start);
      start.focus();
      const search = await tabUntil((element) => element.matches('input[type=search]'));
      await sendKeys({ type: 'viameca' });
      await settle(explorer.shadowRoot!);
      const item = await tabUntil(
        (element) => element.matches('button.name') && element.textContent!.trim() === 'ViaMeca',
      );
      expect(search).to.exist;
      await sendKeys({ press: 'Enter' });
      await settle(explorer.shadowRoot!);
      // The details opened and took the focus, on the cluster's name.
      await waitFor(
        () => deepActiveElement()?.classList.contains('name') && deepActiveElement()?.textContent === 'ViaMeca',
        5000,
        'focus on the details',
      );
      expect(explorer.selected).to.equal('viameca');
      const member = await tabUntil((element) => element.matches('button.organisation'));
      expect(member.textContent!.trim()).to.equal('CETIM');
      await sendKeys({ press: 'Enter' });
      await settle(explorer.shadowRoot!);
      const data = explorer.shadowRoot!.querySelector('grappe-data')!;
      expect(data.snapshot.selectedOrganisationId).to.equal('cetim');
      // The organisation's card opened and took the focus; Escape closes it, back to the member.
      await waitFor(
        () => deepActiveElement()?.textContent === 'CETIM' && deepActiveElement()?.classList.contains('name'),
        3000,
        'focus on the card',
      );
      await sendKeys({ press: 'Escape' });
      await waitFor(() => deepActiveElement() === member, 3000, `focus back on the member (now ${focusPath()})`);
      expect(data.snapshot.selectedOrganisationId).to.equal(null);
      expect(explorer.selected).to.equal('viameca');
      // A second Escape closes the cluster.
      await sendKeys({ press: 'Escape' });
      await settle(explorer.shadowRoot!);
      expect(explorer.selected).to.equal('');
      // Focus went back to where the visitor opened the cluster.
      await waitFor(() => deepActiveElement() === item, 3000, `focus back on the list item (now ${focusPath()})`);
      start.remove();
    } finally {
      explorer.remove();
    }
  });

  it('reaches the map’s clusters by Tab and selects one with Enter; the map is no focus trap', async () => {
    const explorer = await mount();
    try {
      const map = explorer.shadowRoot!.querySelector('grappe-map')!;
      await waitFor(() => map.shadowRoot!.querySelectorAll('.cluster-marker').length === 3);
      deepQuery<HTMLElement>(map, '.map')!.focus();
      const marker = await tabUntil((element) => element.classList.contains('cluster-marker'), 10);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => explorer.selected !== '', 3000, 'a selection');
      expect(marker.getAttribute('aria-label')).to.equal(explorer.index!.cluster(explorer.selected)!.name);
      // Tab goes on, out of the map.
      await tabUntil((element) => !map.shadowRoot!.contains(element), 20);
    } finally {
      explorer.remove();
    }
  });
});

describe('theme and language at run time', () => {
  it('switches theme and language without reloading, in computed styles and strings', async () => {
    const explorer = await mount('en');
    try {
      const directory = explorer.shadowRoot!.querySelector('grappe-directory')!;
      const label = () => deepQuery(directory, '.search span')!.textContent;
      const background = () => getComputedStyle(directory).backgroundColor;
      expect(label()).to.equal('Search clusters');
      const light = background();
      explorer.setAttribute('theme', 'dark');
      explorer.setAttribute('lang', 'fr');
      await settle(explorer.shadowRoot!);
      expect(label()).to.equal('Rechercher un cluster');
      expect(background()).to.equal('rgb(27, 31, 36)');
      expect(background()).to.not.equal(light);
      explorer.setAttribute('lang', 'de');
      await settle(explorer.shadowRoot!);
      expect(label()).to.equal('Cluster suchen');
      // Built-in vocabulary labels fall back to English for German readers; numbers follow the language.
      const filters = deepQuery(directory, 'grappe-filters')!;
      expect(filters.shadowRoot!.textContent).to.contain('Competitiveness cluster');
      // One rule on the page themes every element.
      document.body.style.setProperty('--grappe-color-accent', '#8a1538');
      await settle(explorer.shadowRoot!);
      const name = deepQuery(directory, 'button.name')!;
      expect(getComputedStyle(name).color).to.equal('rgb(138, 21, 56)');
    } finally {
      document.body.style.removeProperty('--grappe-color-accent');
      explorer.remove();
    }
  });

  it('follows the page’s language when the element has none', async () => {
    document.documentElement.lang = 'it';
    const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
    document.body.appendChild(explorer);
    explorer.data = sampleFeed();
    try {
      await waitFor(() => explorer.visibleClusters.length === 3);
      await settle(explorer.shadowRoot!);
      const directory = explorer.shadowRoot!.querySelector('grappe-directory')!;
      expect(deepQuery(directory, '.search span')!.textContent).to.equal('Cerca un cluster');
      document.documentElement.lang = 'es';
      await settle(explorer.shadowRoot!);
      expect(deepQuery(directory, '.search span')!.textContent).to.equal('Buscar clústeres');
    } finally {
      document.documentElement.lang = 'en';
      explorer.remove();
    }
  });
});
