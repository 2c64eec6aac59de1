import { expect } from '@esm-bundle/chai';
import { waitFor } from '../support/helpers.js';

type ExplorerLike = HTMLElement & {
  index: { clusters: unknown[] } | null;
  visibleClusters: string[];
  selected: string;
};

async function frame(src: string, width = '1300'): Promise<HTMLIFrameElement> {
  const element = document.createElement('iframe');
  element.width = width;
  element.height = '900';
  element.src = src;
  document.body.appendChild(element);
  await new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
  return element;
}

describe('the embed builder', () => {
  it('fits a phone and a desktop: one column on a phone, and no field runs under the snippet beside it', async function () {
    this.timeout(30_000);
    for (const width of ['390', '1280']) {
      const builder = await frame('/examples/builder.html', width);
      const doc = builder.contentDocument!;
      const form = doc.getElementById('options')!.getBoundingClientRect();
      const output = doc.querySelector('.output')!.getBoundingClientRect();
      // Nothing wider than the page (no sideways scrolling), the snippet's column readable.
      expect(doc.documentElement.scrollWidth, `${width}: page width`).to.be.at.most(Number(width));
      expect(output.width, `${width}: the snippet's column`).to.be.above(300);
      if (width === '390') expect(output.top, 'the snippet below the form').to.be.at.least(form.bottom);
      for (const field of doc.querySelectorAll('#options input:not([type=checkbox]), #options select')) {
        const box = field.getBoundingClientRect();
        expect(box.right, `${width}: ${field.getAttribute('name')} inside its column`).to.be.at.most(
          Math.min(form.right, output.left > form.left ? output.left : Infinity) + 0.5,
        );
      }
      builder.remove();
    }
  });

  it('speaks the page’s language: French by default, English with ?lang=en, and the preview and the snippet start in it', async function () {
    this.timeout(30_000);
    for (const [query, heading, label, lang] of [
      ['', 'Configurer une intégration', 'Adresse du flux', 'fr'],
      ['?lang=en', 'Embed builder', 'Feed URL', 'en'],
    ] as const) {
      const builder = await frame(`/examples/builder.html${query}`);
      const doc = builder.contentDocument!;
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.querySelector('h1')!.textContent!.trim()).to.equal(heading);
      const field = doc.querySelector<HTMLInputElement>('input[name=src]')!;
      // The label's text is translated, and the field is still inside it (its accessible name).
      expect(field.labels![0]!.textContent!.trim()).to.equal(label);
      expect((doc.querySelector('select[name=lang]') as HTMLSelectElement).value).to.equal(lang);
      expect((doc.getElementById('snippet') as HTMLTextAreaElement).value).to.contain(`lang="${lang}"`);
      builder.remove();
    }
  });

  it('copies a snippet that, pasted into a blank page, reproduces the preview', async function () {
    this.timeout(30_000);
    const builder = await frame('/examples/builder.html');
    const doc = builder.contentDocument!;
    const preview = () => doc.querySelector('#preview grappe-explorer') as ExplorerLike | null;
    await waitFor(() => preview()?.index, 10_000, 'the preview to load');
    const form = doc.getElementById('options') as HTMLFormElement;
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('lang', 'en');
    set('dimension', 'kind');
    await waitFor(() => (form.elements.namedItem('value') as HTMLSelectElement).options.length > 1, 3000, 'the values');
    set('value', 'pole-de-competitivite');
    set('selected', 'viameca');
    set('view', 'both');
    await waitFor(
      () => preview()!.visibleClusters.length === 10 && preview()!.selected === 'viameca',
      5000,
      'the preview to follow',
    );
    const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(snippet).to.contain('filter-kind="pole-de-competitivite"');
    const policy = doc.getElementById('csp')!.textContent!;
    expect(policy).to.contain("default-src 'self'");
    expect(policy).to.contain("script-src 'self'");
    // The map's height is a stylesheet rule of its own, not a comment in the HTML a CMS may drop.
    expect(snippet).not.to.contain('<!--');
    expect(doc.getElementById('stylesheet')!.textContent).to.contain('--grappe-map-height: 448px;');

    // Pasted under the policy the builder printed, with the probe that records its violations.
    const probe = '<script src="/test/support/csp-probe.js"></script>';
    const pasted = await frame(
      `/__grappe/page?csp=${encodeURIComponent(policy)}&html=${encodeURIComponent(probe + snippet)}`,
    );
    const copy = () => pasted.contentDocument!.querySelector('grappe-explorer') as ExplorerLike | null;
    await waitFor(() => copy()?.index && copy()!.selected === 'viameca', 10_000, 'the pasted snippet to load');
    expect(copy()!.visibleClusters).to.deep.equal(preview()!.visibleClusters);
    // Same configuration: the attributes the snippet sets, and the state they lead to.
    const state = (element: ExplorerLike) => ({
      src: element.getAttribute('src'),
      lang: element.getAttribute('lang'),
      filter: element.getAttribute('filter-kind'),
      selected: element.selected,
      view: (element as unknown as { view: string }).view,
      theme: (element as unknown as { theme: string }).theme,
    });
    expect(state(copy()!)).to.deep.equal(state(preview()!));
    const violations = (pasted.contentWindow as unknown as { __probe: { violations: string[] } }).__probe.violations;
    expect(violations, 'violations of the printed policy').to.deep.equal([]);
    builder.remove();
    pasted.remove();
  });
});
