import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-map/grappe-map.js';
import '../../components/grappe-directory/grappe-directory.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import type { GrappeMap } from '../../components/grappe-map/map.component.js';
import type { GrappeDirectory } from '../../components/grappe-directory/directory.component.js';
import { activityMapFeed } from '../../stories/fixtures.js';
import { cleanup, deepQuery, expectAccessible, fixture, settle, shadowAll, waitFor } from '../support/helpers.js';

async function mount(lang = 'fr', mapAttributes = '') {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang=${lang} .data=${activityMapFeed()}>
      <grappe-directory facets="none"></grappe-directory>
      <grappe-map></grappe-map>
    </grappe-data>`,
  );
  const map = data.querySelector('grappe-map') as GrappeMap;
  const directory = data.querySelector('grappe-directory') as GrappeDirectory;
  for (const name of mapAttributes.split(' ').filter(Boolean)) map.setAttribute(name, '');
  await waitFor(() => data.snapshot.status === 'ready');
  await settle(data);
  await waitFor(() => map.leafletMap, 3000, 'the Leaflet map');
  return { data, map, directory };
}

const names = (directory: GrappeDirectory) =>
  shadowAll(directory, 'li.item .name').map((name) => name.textContent!.trim());
const distances = (directory: GrappeDirectory) =>
  shadowAll(directory, 'li.item .distance').map((distance) => distance.textContent!.trim());

describe('format 1.1 on the map and in the list', () => {
  afterEach(cleanup);

  it('show-candidates draws the selected cluster’s possible partners as named links, apart from cooperations', async () => {
    const { data, map } = await mount('en', 'show-candidates');
    expect(shadowAll(map, 'path.candidate-link').length).to.equal(0);
    data.select('viameca');
    await waitFor(() => shadowAll(map, 'path.candidate-link').length > 0, 3000, 'candidate links');
    const links = shadowAll(map, 'path.candidate-link');
    // Néopolia (shared market aeronautics, other technologies) and Mecaloire (automotive, machining); the
    // cooperation partner Éco-énergies is not a candidate; Mecaloire has no seat, so only Néopolia is drawn.
    expect(links.map((link) => link.getAttribute('aria-label'))).to.deep.equal([
      'Possible partner: ViaMeca – Néopolia Aerospace',
    ]);
    expect(shadowAll(map, 'path.cooperation-link').length).to.equal(1);
    expect(getComputedStyle(links[0]!).stroke).to.not.equal(
      getComputedStyle(shadowAll(map, 'path.cooperation-link')[0]!).stroke,
    );
    // The link leads to the candidate.
    links[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(data);
    expect(data.snapshot.selectedClusterId).to.equal('neopolia');
    map.removeAttribute('show-candidates');
    await settle(map);
    expect(shadowAll(map, 'path.candidate-link').length).to.equal(0);
  });

  it('show-events marks the upcoming events that have a place, named, focusable, opening their cluster', async () => {
    const { data, map } = await mount('fr', 'show-events');
    await waitFor(() => shadowAll(map, '.event-mark').length === 2, 3000, 'two event marks');
    const labels = shadowAll(map, '.event-mark').map((mark) => mark.getAttribute('aria-label'));
    expect(labels).to.have.members([
      'Événement : Forum ViaMeca, 14 mars 2099',
      'Événement : Journées Néopolia, 20 mai 2099',
    ]);
    const mark = shadowAll(map, '.event-mark').find((element) =>
      element.getAttribute('aria-label')!.includes('Néopolia'),
    )!;
    expect(mark.getAttribute('tabindex')).to.equal('0');
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(data);
    expect(data.snapshot.selectedClusterId).to.equal('neopolia');
    // A calendar page, not a round cluster mark.
    const glyph = mark.querySelector('.event-glyph')!;
    expect(getComputedStyle(glyph).borderTopWidth).to.equal('6px');
    map.removeAttribute('show-events');
    await settle(map);
    expect(shadowAll(map, '.event-mark').length).to.equal(0);
  });

  it('sort="distance": a click on the map sets the point, the list goes nearest first and shows each distance', async () => {
    const { data, map, directory } = await mount('fr');
    directory.sort = 'distance';
    await settle(data);
    expect(data.snapshot.choosingPoint).to.equal(true);
    expect(deepQuery(directory, '[part="nearby"]')!.textContent).to.contain('ou cliquez sur la carte');
    expect(distances(directory)).to.deep.equal([]);
    // A click on Nantes, as a visitor makes it.
    const leaflet = map.leafletMap!;
    const at = leaflet.latLngToContainerPoint([47.218, -1.553]);
    const box = leaflet.getContainer().getBoundingClientRect();
    const target = leaflet.getContainer().querySelector('.leaflet-map-pane') ?? leaflet.getContainer();
    target.dispatchEvent(
      new MouseEvent('click', { clientX: box.left + at.x, clientY: box.top + at.y, bubbles: true, composed: true }),
    );
    await settle(data);
    const point = data.snapshot.referencePoint!;
    expect(point.source).to.equal('map');
    expect(point.longitude).to.be.closeTo(-1.553, 0.05);
    expect(point.latitude).to.be.closeTo(47.218, 0.05);
    expect(names(directory)).to.deep.equal(['Néopolia Aerospace', 'ViaMeca', 'Cluster Éco-énergies', 'Mecaloire']);
    const shown = distances(directory);
    expect(shown[0]).to.match(/^à \d+(,\d)? km$/);
    expect(shown[3]).to.equal('sans lieu connu');
    expect(deepQuery(directory, '[part="nearby"]')!.textContent).to.contain(
      'Distances depuis : le point choisi sur la carte',
    );
    expect(shadowAll(map, 'path.reference-point').length).to.equal(1);
    await expectAccessible(directory);
    // Another order: the map no longer takes clicks as a point.
    directory.sort = 'name';
    await settle(data);
    expect(data.snapshot.choosingPoint).to.equal(false);
  });

  it('"Use my position" asks the browser only when pressed, and says when the position is unavailable', async () => {
    const calls: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    let answer: 'grant' | 'deny' = 'grant';
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition(success: PositionCallback, failure: PositionErrorCallback) {
          calls.push('asked');
          if (answer === 'grant') success({ coords: { longitude: 4.83, latitude: 45.76 } } as GeolocationPosition);
          else failure({ code: 1, message: 'denied' } as GeolocationPositionError);
        },
      },
    });
    try {
      const { data, directory } = await mount('en');
      directory.sort = 'distance';
      await settle(data);
      expect(calls).to.deep.equal([]);
      const button = () =>
        shadowAll<HTMLButtonElement>(directory, '[part="nearby"] button').find((element) =>
          element.textContent!.includes('Use my position'),
        )!;
      button().click();
      await settle(data);
      expect(calls).to.deep.equal(['asked']);
      expect(names(directory)[0]).to.equal('Eco-energies Cluster');
      expect(deepQuery(directory, '[part="nearby"]')!.textContent).to.contain('Distances from: my position');
      answer = 'deny';
      button().click();
      await settle(data);
      expect(deepQuery(directory, '[part="nearby"] [role="status"]')!.textContent).to.equal(
        'Your position is not available.',
      );
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
      if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });
});
