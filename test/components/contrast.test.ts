import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { richFeed } from '../../stories/fixtures.js';
import { contrastFailures, cssContrast } from '../support/contrast.js';
import { deepQuery, settle, shadowAll, waitFor } from '../support/helpers.js';

const PAGES = { light: { background: '#ffffff', color: '#1b1f24' }, dark: { background: '#1b1f24', color: '#e8eaed' } };

async function mount(theme: 'light' | 'dark'): Promise<GrappeExplorer> {
  document.body.style.background = PAGES[theme].background;
  document.body.style.color = PAGES[theme].color;
  const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
  explorer.setAttribute('lang', 'fr');
  explorer.setAttribute('theme', theme);
  explorer.style.width = '1100px';
  document.body.appendChild(explorer);
  explorer.data = richFeed();
  await waitFor(() => explorer.index !== null, 5000, 'loaded');
  const map = explorer.shadowRoot!.querySelector('grappe-map')!;
  await waitFor(() => shadowAll(map, '.cluster-marker, .seat-group').length > 0, 5000, 'marks');
  await waitFor(() => deepQuery(map, '[part~=attribution]')?.textContent?.includes('Natural Earth'), 8000, 'base map');
  explorer.select('cluster-1');
  await waitFor(() => deepQuery(explorer.shadowRoot!.querySelector('grappe-cluster')!, '.name'), 5000, 'details');
  await settle(explorer.shadowRoot!);
  return explorer;
}

describe('the contrast walk itself', () => {
  it('finds pale text in a shadow root, and text over the map without a background', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '.pale { color: #aaaaaa; background: #ffffff } .fine { color: #1b1f24; background: #ffffff } .over { color: #000 }',
    );
    shadow.adoptedStyleSheets = [sheet];
    const pale = document.createElement('p');
    pale.className = 'pale';
    pale.textContent = 'Pale';
    const fine = document.createElement('p');
    fine.className = 'fine';
    fine.textContent = 'Fine';
    const map = document.createElement('div');
    map.className = 'leaflet-container';
    const over = document.createElement('span');
    over.className = 'over';
    over.textContent = 'Over';
    map.append(over);
    shadow.append(pale, fine, map);
    document.body.append(host);
    const failures = contrastFailures(host);
    host.remove();
    expect(failures.map((failure) => failure.text)).to.deep.equal(['Pale', 'Over']);
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`contrast, ${theme} theme, on a ${theme} page`, () => {
    let explorer: GrappeExplorer | undefined;
    afterEach(() => {
      explorer?.remove();
      explorer = undefined;
      document.body.style.background = '';
      document.body.style.color = '';
    });

    it('every visible text in every shadow root reaches 4.5:1 (3:1 when large)', async () => {
      explorer = await mount(theme);
      const failures = contrastFailures(explorer);
      expect(
        failures.map((failure) => `${failure.where} «${failure.text}» ${failure.ratio} < ${failure.needed}`),
      ).to.deep.equal([]);
      // The walk did read the parts: list, filters' button, details, members, legend.
      const directory = explorer.shadowRoot!.querySelector('grappe-directory')!;
      expect(shadowAll(directory, 'li.item').length).to.be.greaterThan(10);
    });

    it('the filters drawer reads in the theme too', async () => {
      explorer = await mount(theme);
      const directory = explorer.shadowRoot!.querySelector('grappe-directory')!;
      (deepQuery(directory, 'button.filters-toggle') as HTMLButtonElement).click();
      await settle(explorer.shadowRoot!);
      const sheet = deepQuery(directory, 'dialog.filters-sheet, aside.filters-panel')!;
      await waitFor(() => sheet.matches('[open]') || !sheet.hasAttribute('hidden'), 3000, 'the filters');
      await settle(directory.shadowRoot!);
      expect(
        contrastFailures(directory).map((failure) => `${failure.where} «${failure.text}» ${failure.ratio}`),
      ).to.deep.equal([]);
    });

    it('the marks that carry meaning stand out from land and sea (3:1)', async () => {
      explorer = await mount(theme);
      const map = explorer.shadowRoot!.querySelector('grappe-map')!;
      const style = getComputedStyle(map);
      const grounds = [style.getPropertyValue('--_map-land'), style.getPropertyValue('--_map-sea')];
      const marks = [
        ...shadowAll(map, '.cluster-marker .dot'),
        ...shadowAll(map, '.seat-group'),
        ...shadowAll(map, '.organisation-group'),
      ];
      expect(marks.length).to.be.greaterThan(0);
      for (const mark of marks) {
        const markStyle = getComputedStyle(mark);
        // A mark is told apart by its ring: its border or the outline drawn around it.
        const edges = [
          markStyle.borderTopColor,
          ...[...markStyle.boxShadow.matchAll(/rgba?\([^)]*\)/g)].map((match) => match[0]),
        ];
        for (const ground of grounds) {
          const best = Math.max(...edges.map((edge) => cssContrast(edge, ground)));
          expect(best, `${mark.className} on ${ground}`).to.be.at.least(3);
        }
      }
      // Cooperation lines too: the light theme's purple was 1.8:1 on dark land.
      const links = shadowAll(map, 'path.cooperation-link');
      expect(links.length).to.be.greaterThan(0);
      for (const link of links)
        for (const ground of grounds)
          expect(cssContrast(getComputedStyle(link).stroke, ground), `cooperation line on ${ground}`).to.be.at.least(3);
    });
  });
}

describe('forced colours (Windows high contrast)', () => {
  it('marks, buttons and chips keep system-coloured edges', async function () {
    const emulated = await executeServerCommand<boolean, { features: Array<{ name: string; value: string }> }>(
      'grappe-media',
      {
        features: [{ name: 'forced-colors', value: 'active' }],
      },
    );
    if (!emulated) this.skip(); // Firefox: no emulation from the test runner
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const explorer = await mount('light');
      const map = explorer.shadowRoot!.querySelector('grappe-map')!;
      const dot = shadowAll(map, '.cluster-marker .dot')[0];
      if (dot) expect(getComputedStyle(dot).borderTopStyle).to.not.equal('none');
      const directory = explorer.shadowRoot!.querySelector('grappe-directory')!;
      const toggle = deepQuery(directory, 'button.filters-toggle')!;
      expect(getComputedStyle(toggle).borderTopStyle).to.equal('solid');
      // Text is still drawn in a system colour that contrasts with the system background.
      expect(contrastFailures(directory)).to.deep.equal([]);
      explorer.remove();
    } finally {
      await executeServerCommand('grappe-media', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });
});
