import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-directory/grappe-directory.js';
import '../../components/grappe-filters/grappe-filters.js';
import '../../components/grappe-legend/grappe-legend.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  fixture,
  oneEvent,
  sampleFeed,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

async function mountDirectory(lang = 'en', feed: unknown = sampleFeed()) {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang=${lang} .data=${feed}><grappe-directory></grappe-directory></grappe-data>`,
  );
  await waitFor(() => data.snapshot.status === 'ready');
  await settle(data);
  return { data, directory: data.querySelector('grappe-directory')! };
}

const names = (element: Element) => shadowAll(element, 'li.item .name').map((button) => button.textContent!.trim());

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(input.getRootNode() instanceof ShadowRoot ? (input.getRootNode() as ShadowRoot) : document.body);
}

describe('<grappe-directory>', () => {
  afterEach(cleanup);

  it('searches ignoring case, accents and punctuation: "ecoenergies" finds "Éco-énergies"', async () => {
    const { data, directory } = await mountDirectory('fr');
    const input = deepQuery<HTMLInputElement>(directory, 'input[type=search]')!;
    await type(input, 'ecoenergies');
    await settle(data);
    expect(names(directory)).to.deep.equal(['Cluster Éco-énergies']);
    await type(input, 'NÉOPOLIA aéro');
    await settle(data);
    expect(names(directory)).to.deep.equal(['Néopolia Aerospace']);
    // Territories and descriptions are searched too.
    await type(input, 'loire');
    await settle(data);
    expect(names(directory)).to.deep.equal(['Néopolia Aerospace', 'ViaMeca']);
  });

  it('announces the result count to screen readers', async () => {
    const { data, directory } = await mountDirectory('en');
    const status = deepQuery(directory, '[role=status][aria-live=polite]')!;
    expect(status.textContent).to.contain('3 clusters');
    await type(deepQuery<HTMLInputElement>(directory, 'input[type=search]')!, 'meca');
    await settle(data);
    expect(status.textContent).to.contain('1 of 3 clusters');
  });

  it('sorts by name in the reader’s language, by members and by year founded', async () => {
    const feed = sampleFeed();
    const clusters = feed['clusters'] as Array<Record<string, unknown>>;
    clusters[0]!['founded'] = 2005;
    clusters[1]!['founded'] = 2006;
    clusters[2]!['founded'] = 2009;
    const { data, directory } = await mountDirectory('en', feed);
    expect(names(directory)).to.deep.equal(['Eco-energies Cluster', 'Néopolia Aerospace', 'ViaMeca']);
    const select = deepQuery<HTMLSelectElement>(directory, 'select')!;
    select.value = 'members';
    select.dispatchEvent(new Event('change'));
    await settle(data);
    expect(names(directory)[0]).to.equal('ViaMeca');
    select.value = 'founded';
    select.dispatchEvent(new Event('change'));
    await settle(data);
    expect(names(directory)).to.deep.equal(['ViaMeca', 'Eco-energies Cluster', 'Néopolia Aerospace']);
  });

  it('offers a facet for every dimension, built-in or declared by the feed, with counts that follow the other filters', async () => {
    const { data, directory } = await mountDirectory('en');
    const filters = deepQuery(directory, 'grappe-filters')!;
    const summaries = shadowAll(filters, 'summary').map((summary) => summary.textContent!.trim());
    expect(summaries).to.include.members(['Kind', 'Sector', 'Life-cycle stage', 'Programme', 'Territory', 'Network']);
    const count = (dimension: string, value: string) =>
      shadowAll<HTMLInputElement>(filters, 'input')
        .find((input) => input.dataset['dimension'] === dimension && input.dataset['value'] === value)
        ?.closest('label')
        ?.querySelector('.count')?.textContent;
    expect(count('territory', 'fr-84')).to.equal('2');
    const change = oneEvent(data, 'grappe-filter-change');
    shadowAll<HTMLInputElement>(filters, 'input')
      .find((input) => input.dataset['value'] === 'excellence')!
      .click();
    await change;
    await settle(data);
    expect(names(directory)).to.deep.equal(['Eco-energies Cluster']);
    // Counts of other dimensions follow; a value's own dimension keeps its alternatives.
    expect(count('territory', 'fr-84')).to.equal('1');
    expect(count('programme', 'grappes')).to.equal('1');
    shadowAll<HTMLButtonElement>(filters, 'button')
      .find((button) => button.textContent!.includes('Clear'))!
      .click();
    await settle(data);
    expect(names(directory).length).to.equal(3);
  });

  it('stays fast and complete with thousands of clusters: the first page, then “show more”', async () => {
    const feed = generateFeed({ clusters: 3000, organisations: 0, seed: 3 });
    const { data, directory } = await mountDirectory('en', feed);
    expect(shadowAll(directory, 'li.item').length).to.equal(50);
    expect(deepQuery(directory, '[part~=more-button]')!.textContent).to.contain('50');
    deepQuery<HTMLButtonElement>(directory, '[part~=more-button]')!.click();
    await settle(data);
    expect(shadowAll(directory, 'li.item').length).to.equal(100);
    expect(deepQuery(directory, '.count')!.textContent).to.contain('3,000 clusters');
    // A cluster selected elsewhere (on the map, by a link) is in the list, with the pages up to it.
    const rendered = new Set(shadowAll(directory, 'li.item').map((item) => item.dataset['id']));
    const target = data.snapshot.visibleClusterIds.find((id) => !rendered.has(id))!;
    data.select(target);
    await settle(data);
    const item = await waitFor(
      () => deepQuery<HTMLElement>(directory, `li.item[data-id="${target}"]`),
      3000,
      'the item',
    );
    expect(item.classList.contains('selected')).to.equal(true);
    const pages = shadowAll(directory, 'li.item').length;
    expect(pages).to.be.greaterThan(100);
    expect(pages % 50).to.equal(0);
    // "Show more" goes on from there.
    deepQuery<HTMLButtonElement>(directory, '[part~=more-button]')!.click();
    await settle(data);
    expect(shadowAll(directory, 'li.item').length).to.equal(pages + 50);
  });

  it('works without Leaflet: the directory module graph does not load it', async () => {
    expect((globalThis as { L?: unknown }).L).to.equal(undefined);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('leaflet'))).to.equal(false);
  });

  it('is accessible in French and English, filtered and with a selection', async () => {
    for (const lang of ['fr', 'en']) {
      const { data, directory } = await mountDirectory(lang);
      await expectAccessible(directory);
      data.filters = { query: 'via', facets: {} };
      data.select('viameca');
      await settle(data);
      await expectAccessible(directory);
      cleanup();
    }
  });
});
