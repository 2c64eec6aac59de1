import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { deepQuery, sampleFeed, settle, waitFor } from '../support/helpers.js';

async function mount(width?: string): Promise<GrappeExplorer> {
  const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
  explorer.setAttribute('lang', 'en');
  if (width) explorer.style.setProperty('width', width);
  document.body.appendChild(explorer);
  explorer.data = sampleFeed();
  await waitFor(() => explorer.index !== null, 5000, 'loaded');
  await settle(explorer.shadowRoot!);
  return explorer;
}

// Media emulation and real mouse clicks go through the Chrome DevTools Protocol, which
// Firefox does not speak: those two tests run in Chromium only.
const cdp = !navigator.userAgent.includes('Firefox');

describe('a map that behaves inside a page', () => {
  let explorer: GrappeExplorer | undefined;
  afterEach(async () => {
    explorer?.remove();
    explorer = undefined;
    if (cdp) await emulateMedia({ media: 'screen' });
  });

  it('one finger scrolls the page (with a hint), two fingers move the map', async () => {
    explorer = await mount('1000px');
    const map = explorer.shadowRoot!.querySelector('grappe-map')!;
    await waitFor(() => map.leafletMap);
    const container = deepQuery<HTMLElement>(map, '.map')!;
    const pointer = (type: string, id: number) =>
      container.dispatchEvent(
        new PointerEvent(type, {
          pointerType: 'touch',
          pointerId: id,
          bubbles: true,
          composed: true,
          clientX: 200 + id,
          clientY: 200,
          isPrimary: id === 1,
        }),
      );
    pointer('pointerdown', 1);
    expect(map.leafletMap!.dragging.enabled()).to.equal(false);
    pointer('pointermove', 1);
    await settle(map.shadowRoot!);
    expect(deepQuery(map, '[part~=hint]')!.textContent).to.equal('Use two fingers to move the map');
    pointer('pointerdown', 2);
    expect(map.leafletMap!.dragging.enabled()).to.equal(true);
    pointer('pointerup', 2);
    pointer('pointerup', 1);
    expect(map.leafletMap!.dragging.enabled()).to.equal(true);
  });

  it('on a phone, map and list are one at a time, with a switch', async () => {
    explorer = await mount('320px');
    const root = explorer.shadowRoot!;
    const listPane = root.querySelector<HTMLElement>('.list-pane')!;
    const mapPane = root.querySelector<HTMLElement>('.map-pane')!;
    expect(getComputedStyle(root.querySelector('.toolbar')!).display).to.not.equal('none');
    expect(getComputedStyle(listPane).display).to.equal('block');
    expect(getComputedStyle(mapPane).display).to.equal('none');
    [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')]
      .find((button) => button.textContent!.trim() === 'Map')!
      .click();
    await settle(root);
    expect(getComputedStyle(mapPane).display).to.equal('block');
    expect(getComputedStyle(listPane).display).to.equal('none');
    const map = root.querySelector('grappe-map')!;
    await waitFor(() => map.leafletMap && map.leafletMap.getSize().x > 200, 3000, 'the map sized to the phone');
    expect(listPane.scrollWidth).to.be.at.most(320);
  });

  it('prints the current view and the list together', async function () {
    if (!cdp) this.skip();
    explorer = await mount('320px');
    await emulateMedia({ media: 'print' });
    const root = explorer.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.map-pane')!).display).to.equal('block');
    expect(getComputedStyle(root.querySelector('.list-pane')!).display).to.equal('block');
    expect(getComputedStyle(root.querySelector('.toolbar')!).display).to.equal('none');
  });

  it('goes full screen and back, keeping the selection and the view', async function () {
    if (!cdp || !document.fullscreenEnabled) this.skip();
    await setViewport({ width: 1200, height: 900 });
    explorer = await mount('1100px');
    explorer.select('viameca');
    await settle(explorer.shadowRoot!);
    const map = explorer.shadowRoot!.querySelector('grappe-map')!;
    const button = deepQuery<HTMLButtonElement>(map, 'button.fullscreen')!;
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitFor(() => document.fullscreenElement !== null, 3000, 'full screen');
    await settle(map.shadowRoot!);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(explorer.selected).to.equal('viameca');
    await document.exitFullscreen();
    await waitFor(() => document.fullscreenElement === null, 3000, 'back');
    expect(explorer.selected).to.equal('viameca');
    expect(deepQuery(map, '.cluster-marker.selected')).to.exist;
  });
});
