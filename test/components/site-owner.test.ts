import { expect } from '@esm-bundle/chai';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { deepQuery, sampleFeed, settle, shadowAll, waitFor } from '../support/helpers.js';

async function mount(
  attributes: Record<string, string> = {},
  feed: unknown = sampleFeed(),
  inner = '',
): Promise<GrappeExplorer> {
  const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
  explorer.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attributes)) explorer.setAttribute(name, value);
  explorer.innerHTML = inner; // the site's own markup (trusted), never feed text
  document.body.appendChild(explorer);
  explorer.data = feed;
  await waitFor(() => explorer.index !== null, 5000, 'loaded');
  await settle(explorer.shadowRoot!);
  return explorer;
}

function part<K extends keyof HTMLElementTagNameMap>(explorer: GrappeExplorer, name: K): HTMLElementTagNameMap[K] {
  return explorer.shadowRoot!.querySelector(name)!;
}

describe('what site owners ask for', () => {
  let explorer: GrappeExplorer | undefined;
  afterEach(() => {
    explorer?.remove();
    explorer = undefined;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a link to an organisation opens it: its cluster’s details, the member highlighted, the map on it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#organisation=acme`);
    explorer = await mount({ routing: '' });
    await waitFor(() => explorer!.selected === 'viameca', 3000, 'the cluster of the organisation');
    const data = part(explorer, 'grappe-data');
    expect(data.snapshot.selectedOrganisationId).to.equal('acme');
    await settle(explorer.shadowRoot!);
    const members = part(explorer, 'grappe-members');
    expect(deepQuery(members, 'li.selected .organisation')!.textContent!.trim()).to.equal('Acmé Mécanique');
    const map = part(explorer, 'grappe-map');
    await waitFor(() => map.leafletMap!.getZoom() >= 10, 3000, 'the map to zoom on it (10 without tiles)');
    expect(map.leafletMap!.getBounds().contains([45.45, 4.4])).to.equal(true);
    // And the attribute does the same.
    explorer.remove();
    history.replaceState(null, '', location.pathname + location.search);
    explorer = await mount({ 'selected-organisation': 'lumen' });
    await waitFor(() => explorer!.selected === 'eco-energies', 3000, 'from the attribute');
  });

  it('controls, view, center and zoom shape the embed', async () => {
    explorer = await mount({ controls: 'search legend zoom', view: 'both', center: '45.5,4.5', zoom: '9' });
    const directory = part(explorer, 'grappe-directory');
    expect(deepQuery(directory, 'input[type=search]')).to.exist;
    expect(deepQuery(directory, 'select')).to.equal(null);
    expect(deepQuery(directory, 'grappe-filters')).to.equal(null);
    expect(deepQuery(directory, '[part~=export]')).to.equal(null);
    const map = part(explorer, 'grappe-map');
    await waitFor(() => map.leafletMap, 3000);
    expect(shadowAll(map, '.controls button').map((button) => button.className)).to.deep.equal(['zoom-in', 'zoom-out']);
    // The site's view is set when the map first draws the data (made a frame after its size is
    // known, the map may show France until then: Firefox, fresh clone).
    await waitFor(() => map.leafletMap!.getZoom() === 9, 3000, 'the view from center and zoom');
    expect(map.leafletMap!.getCenter().lat).to.be.closeTo(45.5, 0.01);
    explorer.setAttribute('view', 'list');
    await settle(explorer.shadowRoot!);
    expect(explorer.shadowRoot!.querySelector('grappe-map')).to.equal(null);
  });

  it('exports the filtered list as CSV for French Excel and as a Grappe feed, from a control', async () => {
    explorer = await mount();
    explorer.filters = { query: '', facets: { kind: ['pole-de-competitivite', 'regional-cluster'] } };
    await waitFor(() => explorer!.visibleClusters.length === 2);
    await settle(explorer.shadowRoot!);
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob as Blob);
    };
    try {
      const directory = part(explorer, 'grappe-directory');
      deepQuery<HTMLButtonElement>(directory, '.export-csv')!.click();
      deepQuery<HTMLButtonElement>(directory, '.export-json')!.click();
      // The CSV's table writer loads on first use: wait for both files.
      await waitFor(() => blobs.length === 2, 5000);
    } finally {
      URL.createObjectURL = original;
    }
    const csvBlob = blobs.find((blob) => blob.type.startsWith('text/csv'))!;
    const jsonBlob = blobs.find((blob) => blob.type === 'application/json')!;
    // A UTF-8 byte-order mark first (Blob.text() would hide it: read the bytes).
    expect([...new Uint8Array(await csvBlob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = await csvBlob.text();
    const lines = csv.trim().split('\r\n');
    // The layout `grappe import` reads back, in the element's language (English here), sorted by name.
    expect(lines[0]).to.match(/^id;name;(name@\w+;)?shortName;/);
    expect(lines[0]).to.contain(';kind;sector;stage;reach;');
    expect(lines.length).to.equal(3);
    expect(lines[2]).to.match(/^viameca;ViaMeca;/);
    expect(lines[2]).to.contain(';Competitiveness cluster (pôle de compétitivité);');
    expect(lines[2]).to.contain(';4,387;45,434;');
    const feed = JSON.parse(await jsonBlob.text());
    expect(feed.format).to.equal('grappe-feed');
    expect(feed.clusters.map((cluster: { id: string }) => cluster.id)).to.deep.equal(['viameca', 'eco-energies']);
    expect(feed.memberships.length).to.equal(3);
    // The same from the API.
    expect(await explorer.exportCsv()).to.equal(`\uFEFF${csv}`);
  });

  it('clusters with the same seat are set in a ring, each reachable', async () => {
    const feed = sampleFeed();
    for (const cluster of feed['clusters'] as Array<Record<string, unknown>>)
      cluster['location'] = { type: 'Point', coordinates: [3.087, 45.778] };
    explorer = await mount({}, feed);
    const map = part(explorer, 'grappe-map');
    const markers = await waitFor(() => {
      const found = shadowAll(map, '.cluster-marker');
      return found.length === 3 ? found : null;
    });
    const positions = markers.map((marker) => {
      const box = marker.getBoundingClientRect();
      return `${Math.round(box.x)},${Math.round(box.y)}`;
    });
    expect(new Set(positions).size).to.equal(3);
  });

  it('organisations at the same place are listed in one marker; an organisation’s sites all show', async () => {
    const feed = sampleFeed();
    const organisations = feed['organisations'] as Array<Record<string, unknown>>;
    organisations[1]!['location'] = { type: 'Point', coordinates: [4.84, 45.76] }; // Acmé where Lumen is
    organisations[0]!['sites'] = [{ name: 'Usine', location: { type: 'Point', coordinates: [6.1, 48.7] } }];
    explorer = await mount({ center: '45.76,4.84', zoom: '16' }, feed);
    const map = part(explorer, 'grappe-map');
    const shared = await waitFor(() => shadowAll(map, '.shared-place')[0], 5000, 'the shared place');
    expect(shared.getAttribute('aria-label')).to.equal('2 organisations here');
    // A click opens the list, and it stays open.
    shared.click();
    await waitFor(() => shadowAll(map, '.shared-place-list button').length === 2, 3000, 'the list, clicked');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(shadowAll(map, '.shared-place-list button').length).to.equal(2);
    map.leafletMap!.closePopup();
    await waitFor(() => shadowAll(map, '.shared-place-list button').length === 0, 3000, 'the list closed');
    shared.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const buttons = await waitFor(() => {
      const found = shadowAll<HTMLButtonElement>(map, '.shared-place-list button');
      return found.length === 2 ? found : null;
    });
    expect(buttons.map((button) => button.textContent).sort()).to.deep.equal(['Acmé Mécanique', 'Lumen']);
    buttons.find((button) => button.textContent === 'Lumen')!.click();
    expect(part(explorer, 'grappe-data').snapshot.selectedOrganisationId).to.equal('lumen');
    // CETIM's second site, far away, is drawn too: fit shows both places.
    map.fitAll(false);
    expect(map.leafletMap!.getBounds().contains([48.7, 6.1])).to.equal(true);
  });

  it('a site template adds its own content to list items and details, with the cluster id', async () => {
    explorer = await mount(
      {},
      sampleFeed(),
      `<template data-grappe-item><a class="join" data-href-template="https://example.org/join?cluster={id}">Join <span data-field="name"></span></a></template>
       <template data-grappe-details><a class="contact" data-href-template="/contact?about={id}">Contact about this cluster</a></template>`,
    );
    const directory = part(explorer, 'grappe-directory');
    await settle(explorer.shadowRoot!);
    const links = shadowAll<HTMLAnchorElement>(directory, 'a.join');
    expect(links.length).to.equal(3);
    expect(links.map((link) => link.getAttribute('href'))).to.include('https://example.org/join?cluster=eco-energies');
    expect(links[0]!.textContent).to.match(/^Join /);
    explorer.select('viameca');
    await settle(explorer.shadowRoot!);
    const contact = deepQuery<HTMLAnchorElement>(part(explorer, 'grappe-cluster'), 'a.contact')!;
    expect(contact.href).to.equal(new URL('/contact?about=viameca', location.href).href);
  });
});
