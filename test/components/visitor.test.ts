import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { richFeed } from '../../stories/fixtures.js';
import { deepQuery, feedUrl, sampleFeed, settle, shadowAll, waitFor } from '../support/helpers.js';

/** A page as a regional site has it: its own heading, then the element. */
/**
 * A phone's width, once the page's media queries see it (under load they can lag the resize),
 * and a history entry of the test's own: a Back too many lands on it, and the test fails on its
 * assertion instead of the page navigating away.
 */
async function phoneWithGuard(): Promise<void> {
  await setViewport({ width: 390, height: 844 });
  await waitFor(() => matchMedia('(max-width: 48rem)').matches, 3000, 'the phone width');
  history.pushState({ guard: true }, '');
}

async function page(attributes: Record<string, string>, feed: unknown = richFeed()): Promise<GrappeExplorer> {
  const heading = document.createElement('h1');
  heading.textContent = 'Les clusters de la région';
  heading.id = 'page-heading';
  const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
  explorer.setAttribute('lang', 'fr');
  for (const [name, value] of Object.entries(attributes)) explorer.setAttribute(name, value);
  document.body.append(heading, explorer);
  explorer.setAttribute('src', feedUrl(feed));
  await waitFor(() => explorer.index !== null, 8000, 'loaded');
  await settle(explorer.shadowRoot!);
  return explorer;
}

const directoryOf = (explorer: GrappeExplorer) => explorer.shadowRoot!.querySelector('grappe-directory')!;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('what visitors came for', () => {
  // An entry of this file's own at the bottom of its history: a Back too many (the phone tests
  // use Back) stays on this page instead of leaving it for the previous test file's.
  before(() => history.pushState({ guard: 'file' }, ''));
  afterEach(async () => {
    document.getElementById('page-heading')?.remove();
    document.querySelector('grappe-explorer')?.remove();
    history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  it('a phone’s first screen shows the count and at least three cluster names, before any facet', async () => {
    await setViewport({ width: 390, height: 844 });
    const explorer = await page({});
    const directory = directoryOf(explorer);
    await waitFor(() => shadowAll(directory, 'li.item').length > 3, 3000, 'the list');
    const inView = shadowAll(directory, 'li.item .name').filter((name) => name.getBoundingClientRect().bottom <= 844);
    expect(inView.length).to.be.at.least(3);
    expect(deepQuery(directory, '.count')!.getBoundingClientRect().bottom).to.be.below(844);
    // No checkbox on the first screen: the facets wait behind their button.
    const boxes = shadowAll(directory.shadowRoot!.querySelector('grappe-filters')!, 'input[type=checkbox]');
    expect(
      boxes.filter((box) => box.getBoundingClientRect().height > 0 && box.getBoundingClientRect().top < 844).length,
    ).to.equal(0);
  });

  it('on a phone, the filters are a drawer: opened by "Filtres (n)", closed by Escape back to the button; active filters are chips', async () => {
    await setViewport({ width: 390, height: 844 });
    const explorer = await page({});
    const directory = directoryOf(explorer);
    const toggle = deepQuery<HTMLButtonElement>(directory, 'button.filters-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Filtres');
    toggle.focus();
    toggle.click();
    const sheet = deepQuery<HTMLDialogElement>(directory, 'dialog.filters-sheet')!;
    await waitFor(() => sheet.open, 2000, 'the drawer');
    const box = shadowAll<HTMLInputElement>(
      directory.shadowRoot!.querySelector('grappe-filters')!,
      'input[type=checkbox]',
    )[0]!;
    box.click();
    await settle(explorer.shadowRoot!);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !sheet.open, 2000, 'closed');
    await waitFor(() => deepActive() === toggle, 2000, 'focus back on the button');
    expect(toggle.textContent!.trim()).to.equal('Filtres (1)');
    const chip = deepQuery<HTMLButtonElement>(directory, 'button.chip')!;
    expect(chip.getAttribute('aria-label')).to.match(/^Retirer le filtre Type : /);
    chip.click();
    await settle(explorer.shadowRoot!);
    expect(shadowAll(directory, 'button.chip').length).to.equal(0);
    expect(explorer.filters.facets).to.deep.equal({});
  });

  it('on a wide directory the filters are a side panel beside the list, open, and the list still comes first', async () => {
    await setViewport({ width: 1400, height: 900 });
    const explorer = await page({ view: 'list' });
    const directory = directoryOf(explorer);
    const panel = await waitFor(() => deepQuery(directory, 'aside.filters-panel'), 3000, 'the side panel');
    expect(panel.hasAttribute('hidden')).to.equal(false);
    const first = deepQuery(directory, 'li.item')!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().left).to.be.greaterThan(first.right - 1);
    expect(deepQuery(directory, 'button.filters-toggle')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('nothing visually hidden adds page height: a long list scrolls inside its pane', async () => {
    await setViewport({ width: 1280, height: 800 });
    const many = richFeed();
    const clusters = many['clusters'] as Array<Record<string, unknown>>;
    for (let at = 40; at < 300; at += 1)
      clusters.push({ ...clusters[at % 40], id: `extra-${at}`, name: `Cluster supplémentaire ${at}` });
    const explorer = await page({}, many);
    await waitFor(() => shadowAll(directoryOf(explorer), 'li.item').length >= 50, 3000, 'the list');
    const bottom = explorer.getBoundingClientRect().bottom + window.scrollY;
    expect(document.documentElement.scrollHeight).to.be.at.most(Math.max(window.innerHeight, Math.ceil(bottom) + 16));
  });

  it('nor does a directory with its side panel inside a site’s own scrolling box', async () => {
    await setViewport({ width: 1280, height: 800 });
    const box = document.createElement('div');
    box.id = 'page-heading'; // removed after the test
    box.style.height = '300px';
    box.style.overflow = 'auto';
    box.innerHTML = '<grappe-data lang="fr"><grappe-directory style="width: 1100px"></grappe-directory></grappe-data>';
    document.body.append(box);
    const data = box.querySelector('grappe-data') as HTMLElement & { data: unknown; snapshot: { status: string } };
    const many = richFeed();
    const clusters = many['clusters'] as Array<Record<string, unknown>>;
    for (let at = 40; at < 200; at += 1)
      clusters.push({ ...clusters[at % 40], id: `extra-${at}`, name: `Cluster supplémentaire ${at}` });
    data.data = many;
    await waitFor(() => data.snapshot.status === 'ready', 5000, 'loaded');
    const directory = box.querySelector('grappe-directory')!;
    await waitFor(() => deepQuery(directory, 'aside.filters-panel grappe-filters'), 3000, 'the side panel');
    await settle(box);
    expect(document.documentElement.scrollHeight).to.be.at.most(window.innerHeight);
  });

  it('a phone deep link brings the details into view and focus; Back closes them', async () => {
    await setViewport({ width: 390, height: 844 });
    history.replaceState(null, '', `${location.pathname}${location.search}#cluster=cluster-7`);
    const explorer = await page({ routing: '' });
    const cluster = explorer.shadowRoot!.querySelector('grappe-cluster')!;
    await waitFor(() => deepQuery(cluster, '.name')?.textContent === 'Cluster Êta 7', 5000, 'the details');
    await waitFor(
      () => {
        const top = deepQuery(cluster, '.name')!.getBoundingClientRect().top;
        return top >= 0 && top < 844;
      },
      3000,
      'the details in view',
    );
    expect(deepActive()?.classList.contains('name')).to.equal(true);
  });

  it('on a phone without routing, opening a cluster adds a history entry that Back closes', async () => {
    await phoneWithGuard();
    const explorer = await page({});
    const item = await waitFor(
      () => deepQuery<HTMLButtonElement>(directoryOf(explorer), 'li.item .name'),
      3000,
      'an item',
    );
    item.focus();
    item.click();
    await waitFor(() => explorer.selected !== '', 3000, 'opened');
    const cluster = explorer.shadowRoot!.querySelector('grappe-cluster')!;
    await waitFor(() => deepQuery(cluster, '.name')!.getBoundingClientRect().top < 844, 3000, 'in view');
    history.back();
    await waitFor(() => explorer.selected === '', 3000, 'closed by Back');
  });

  it('on a phone, Back closes an organisation opened over a cluster, then the cluster', async () => {
    await phoneWithGuard();
    const explorer = await page({ lang: 'en' }, sampleFeed());
    const data = explorer.shadowRoot!.querySelector('grappe-data')!;
    explorer.select('viameca');
    await waitFor(() => explorer.selected === 'viameca', 3000, 'the cluster');
    await settle(explorer.shadowRoot!);
    explorer.selectOrganisation('acme');
    await waitFor(() => data.snapshot.selectedOrganisationId === 'acme', 3000, 'the organisation');
    await settle(explorer.shadowRoot!);
    history.back();
    await waitFor(() => data.snapshot.selectedOrganisationId === null, 3000, 'the organisation closed by Back');
    expect(explorer.selected).to.equal('viameca');
    history.back();
    await waitFor(() => explorer.selected === '', 3000, 'the cluster closed by the second Back');
  });

  it('searching a company’s name lists its clusters, each saying via which member', async () => {
    const explorer = await page({ lang: 'en' }, sampleFeed());
    const directory = directoryOf(explorer);
    const input = deepQuery<HTMLInputElement>(directory, 'input[type=search]')!;
    input.value = 'acme';
    input.dispatchEvent(new Event('input'));
    await settle(explorer.shadowRoot!);
    expect(explorer.visibleClusters).to.deep.equal(['viameca']);
    expect(explorer.filters.query).to.equal('acme');
    expect(deepQuery(directory, 'li.item .via')!.textContent).to.equal('via Acmé Mécanique');
  });

  it('former members are listed apart and not counted', async () => {
    const feed = sampleFeed({
      memberships: [
        { cluster: 'viameca', organisation: 'cetim', role: 'partner' },
        { cluster: 'viameca', organisation: 'acme', since: 2004, until: 2011 },
      ],
    });
    const explorer = await page({ lang: 'en', selected: 'viameca' }, feed);
    const members = explorer.shadowRoot!.querySelector('grappe-members')!;
    await waitFor(() => deepQuery(members, '.former'), 3000, 'the former members');
    // The list sits in the cluster's « Members » section, under its count: one heading, not two.
    const cluster = explorer.shadowRoot!.querySelector('grappe-cluster')!;
    expect(members.parentElement).to.equal(cluster);
    expect(members.assignedSlot?.closest('section')?.classList.contains('members-summary')).to.equal(true);
    expect(deepQuery(cluster, '.members-summary .section-title')!.textContent).to.equal('Members');
    expect(deepQuery(cluster, '.members-summary p')!.textContent).to.match(/^1 organisation/);
    expect(deepQuery(members, '.members-heading')).to.equal(null);
    expect(deepQuery(members, 'section.members')!.getAttribute('aria-label')).to.equal('Members');
    expect(shadowAll(members, 'ul[part=list] .organisation').map((button) => button.textContent!.trim())).to.deep.equal(
      ['CETIM'],
    );
    expect(deepQuery(members, '.former summary')!.textContent).to.equal('Former members (1)');
    expect(deepQuery(members, '.former .period')!.textContent).to.equal('2004 – 2011');
    expect(deepQuery(directoryOf(explorer), 'li.item[data-id=viameca] .members')!.textContent).to.equal(
      '1 member listed',
    );
  });
});
