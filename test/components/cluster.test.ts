import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-cluster/grappe-cluster.js';
import '../../components/grappe-members/grappe-members.js';
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

async function mount(lang: string, clusterId: string, feed: unknown = sampleFeed()) {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang=${lang} .data=${feed}><grappe-cluster></grappe-cluster><grappe-members></grappe-members></grappe-data>`,
  );
  await waitFor(() => data.snapshot.status === 'ready');
  data.select(clusterId);
  await settle(data);
  return { data, cluster: data.querySelector('grappe-cluster')!, members: data.querySelector('grappe-members')! };
}

describe('<grappe-cluster>', () => {
  afterEach(cleanup);

  it('shows the cluster: name, badges, description in the reader’s language, territories, life-cycle stage', async () => {
    const { cluster } = await mount('en', 'eco-energies');
    expect(deepQuery(cluster, 'h2 .name')!.textContent).to.equal('Eco-energies Cluster');
    const badges = shadowAll(cluster, '.badge').map((badge) => badge.textContent!.trim());
    expect(badges).to.include.members(['Regional cluster', 'Eco-energy', 'Construction', 'Excellence']);
    const stage = deepQuery(cluster, '.stage-section')!;
    expect(stage.textContent).to.contain('Stage 4 of 5: Collaboration');
    expect(shadowAll(cluster, '.stage li.current').length).to.equal(1);
    expect(shadowAll(cluster, '.stage li.done').length).to.equal(3);
    expect(cluster.dataset['clusterId']).to.equal('eco-energies');
  });

  it('heading-level sets the name’s heading and puts every section one level below it', async () => {
    const { cluster } = await mount('en', 'eco-energies');
    expect(shadowAll(cluster, '.section-title').every((title) => title.tagName === 'H3')).to.equal(true);
    cluster.setAttribute('heading-level', '4');
    await settle(cluster);
    expect(deepQuery(cluster, 'h4 .name')!.textContent).to.equal('Eco-energies Cluster');
    const sections = shadowAll(cluster, '.section-title');
    expect(sections.length).to.be.greaterThan(2);
    expect(sections.map((title) => title.tagName)).to.deep.equal(sections.map(() => 'H5'));
    expect(shadowAll(cluster, 'h2, h3').length).to.equal(0);
  });

  it('draws indicators as an SVG bar chart with its data table as text equivalent', async () => {
    const { cluster } = await mount('fr', 'eco-energies');
    const chart = deepQuery(cluster, '.chart')!;
    expect(chart.querySelector('figcaption')!.textContent).to.equal('Adhérents');
    expect(chart.querySelectorAll('rect.bar').length).to.equal(4);
    const heights = Array.from(chart.querySelectorAll('rect.bar')).map((bar) => Number(bar.getAttribute('height')));
    expect(heights).to.deep.equal([...heights].sort((a, b) => a - b));
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).to.contain('2009/10 178');
    const rows = Array.from(chart.querySelectorAll('tbody tr')).map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['2006/07 25', '2007/08 48', '2008/09 124', '2009/10 178']);
    // No style attribute anywhere: a strict CSP blocks them.
    expect(cluster.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });

  it('links only to safe addresses, and opens other sites with noopener', async () => {
    const feed = sampleFeed();
    const clusters = feed['clusters'] as Array<Record<string, unknown>>;
    clusters[0]!['contact'] = {
      email: 'contact@viameca.example',
      phone: '+33 4 77 00 00 00',
      url: 'javascript:alert(1)',
    };
    clusters[0]!['website'] = 'www.viameca.example';
    const { cluster } = await mount('en', 'viameca', feed);
    const links = shadowAll<HTMLAnchorElement>(cluster, 'a');
    const hrefs = links.map((link) => link.getAttribute('href'));
    expect(hrefs).to.include.members([
      'https://www.viameca.example/',
      'mailto:contact@viameca.example',
      'tel:+33477000000',
    ]);
    expect(hrefs.some((href) => href!.startsWith('javascript'))).to.equal(false);
    const web = links.find((link) => link.href.startsWith('https://'))!;
    expect(web.rel).to.equal('noopener noreferrer');
    expect(deepQuery(cluster, '.unsafe-link')!.textContent).to.contain('javascript:alert(1)');
  });

  it('lists cooperations and networks, and a partner link selects the partner', async () => {
    const { data, cluster } = await mount('en', 'viameca');
    expect(deepQuery(cluster, '.cooperations')!.textContent).to.contain('Surfaces');
    expect(deepQuery(cluster, '.networks')!.textContent).to.contain('Mecafuture');
    const selected = oneEvent<{ clusterId: string }>(data, 'grappe-select');
    deepQuery<HTMLButtonElement>(cluster, '.cooperations .partner')!.click();
    expect((await selected).detail.clusterId).to.equal('eco-energies');
  });

  it('closes with Escape and with its close button', async () => {
    const { data, cluster } = await mount('en', 'viameca');
    deepQuery<HTMLElement>(cluster, '.name')!.focus();
    deepQuery(cluster, 'article')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await settle(data);
    expect(data.snapshot.selectedClusterId).to.equal(null);
    data.select('viameca');
    await settle(data);
    deepQuery<HTMLButtonElement>(cluster, '[part~=close-button]')!.click();
    expect(data.snapshot.selectedClusterId).to.equal(null);
  });

  it('is accessible in both languages', async () => {
    for (const lang of ['fr', 'en']) {
      const { data } = await mount(lang, 'eco-energies');
      await expectAccessible(data);
      cleanup();
    }
  });
});
