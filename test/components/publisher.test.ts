import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/grappe-publisher/grappe-publisher.js';
import type { GrappePublisher } from '../../components/grappe-publisher/publisher.component.js';
import type { GrappeImportDetail } from '../../src/events/grappe-import.js';
import {
  cleanup,
  deepQuery,
  expectAccessible,
  fixture,
  oneEvent,
  settle,
  shadowAll,
  waitFor,
} from '../support/helpers.js';
import { odsBytes } from '../support/ods-writer.mjs';

/** The chamber's hand-typed tables (Windows-1252, CRLF, French headings), as files a publisher drops. */
async function chamberFiles(
  names = ['clusters.csv', 'organisations.csv', 'adhesions.csv', 'notes.csv'],
): Promise<File[]> {
  return Promise.all(
    names.map(async (name) => {
      const bytes = await (await fetch(`/__grappe/fixture/chambre/${name}`)).arrayBuffer();
      return new File([bytes], name, { type: 'text/csv' });
    }),
  );
}

/** Chooses files through the element's file input, as the file dialog would. */
async function choose(publisher: GrappePublisher, files: File[]): Promise<CustomEvent<GrappeImportDetail>> {
  const input = publisher.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  const imported = oneEvent(publisher, 'grappe-import', 10000) as Promise<CustomEvent<GrappeImportDetail>>;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return imported;
}

async function mount(lang = 'fr'): Promise<GrappePublisher> {
  const publisher = await fixture<GrappePublisher>(
    html`<grappe-publisher lang=${lang} geocoder="/__ban"></grappe-publisher>`,
  );
  await settle(publisher);
  return publisher;
}

describe('<grappe-publisher>', () => {
  afterEach(cleanup);

  it('reads the tables dropped: what was read, the problems by file, line and column, a row shown from its problem', async () => {
    const publisher = await mount();
    expect(deepQuery(publisher, '.privacy')!.textContent).to.contain("rien n'est envoyé");
    const event = await choose(publisher, await chamberFiles());
    await settle(publisher);
    expect(event.detail.files).to.deep.equal(['clusters.csv', 'organisations.csv', 'adhesions.csv', 'notes.csv']);
    expect(event.detail.counts).to.deep.equal({ clusters: 7, organisations: 4, memberships: 4 });
    const read = shadowAll(publisher, '.read tbody tr').map((row) =>
      [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(read[0]![0]).to.contain('clusters.csv');
    expect(read[0]!.slice(1, 3)).to.deep.equal(['clusters', '7']);
    expect(read[0]![3]).to.contain('Code postal');
    expect(read[0]![4]).to.equal('Remarques');
    expect(read[2]!.slice(1, 3)).to.deep.equal(['adhésions', '5']);
    const messages = shadowAll(publisher, '.problem .message').map((node) => node.textContent!.trim());
    expect(messages).to.include(
      "adhesions.csv, ligne 7 : l'adhésion de « cetim » à « viameca » figure déjà ligne 2 ; ignorée.",
    );
    expect(
      messages.some((text) => text.startsWith('clusters.csv, ligne 3, colonne « Code postal » : code postal « 1100 »')),
    ).to.equal(true);
    expect(messages.some((text) => text.startsWith('notes.csv : fichier ignoré'))).to.equal(true);
    // The repeated membership's button opens adhesions.csv at line 7 and moves focus to the row.
    const item = shadowAll(publisher, '.problem').find((node) => node.textContent!.includes('figure déjà ligne 2'))!;
    (item.querySelector('button.show-row') as HTMLButtonElement).click();
    await settle(publisher);
    const details = deepQuery<HTMLDetailsElement>(publisher, 'details[data-file="adhesions.csv"]')!;
    expect(details.open).to.equal(true);
    const row = details.querySelector('tr.current')!;
    expect(row.getAttribute('data-line')).to.equal('7');
    expect(publisher.shadowRoot!.activeElement).to.equal(row);
    expect(row.textContent).to.contain('Fondateur');
  });

  it('geocodes what has only an address through the stand-in, with progress; the preview shows every cluster on the map; the downloads are the feed and the clean tables', async () => {
    const publisher = await mount();
    await choose(publisher, await chamberFiles());
    await settle(publisher);
    expect(deepQuery(publisher, '.geocode p')!.textContent).to.contain('10 fiches ont une adresse');
    const button = deepQuery<HTMLButtonElement>(publisher, 'button.place')!;
    expect(button.textContent).to.contain('Placer ces 10 fiches');
    const done = oneEvent(publisher, 'grappe-import', 20000);
    button.click();
    await settle(publisher);
    await done;
    await settle(publisher);
    expect(publisher.feed!.clusters.every((cluster) => cluster.location)).to.equal(true);
    expect(deepQuery(publisher, '.geocode .placed')!.textContent).to.contain('placées sur');
    const messages = shadowAll(publisher, '.problem .message').map((node) => node.textContent!.trim());
    expect(
      messages.some((text) => text.startsWith('clusters.csv, ligne 4 : placé au centre de la commune (Saint-Chamond)')),
    ).to.equal(true);
    // The preview: the explorer lists the seven clusters and draws them all.
    const explorer = deepQuery(publisher, 'grappe-explorer')!;
    const directory = await waitFor(() => deepQuery(explorer, 'grappe-directory'), 5000);
    await waitFor(() => shadowAll(directory!, 'li.item').length === 7, 8000, 'seven clusters listed');
    const map = deepQuery(explorer, 'grappe-map')!;
    await waitFor(() => shadowAll(map, '.leaflet-marker-icon').length > 0, 8000, 'marks');
    // Every cluster is placed: the legend names none as "not on the map".
    const legend = deepQuery(explorer, 'grappe-legend')!;
    expect(deepQuery(legend, '.off-map')).to.equal(null);
    expect((explorer as unknown as { visibleClusters: string[] }).visibleClusters).to.have.length(7);
    // Downloads.
    const blobs: Array<{ blob: Blob; name: string }> = [];
    const original = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let lastName = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      lastName = this.download;
    };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push({ blob: blob as Blob, name: '' });
      return original.call(URL, blob as Blob);
    };
    try {
      deepQuery<HTMLButtonElement>(publisher, 'button.download-feed')!.click();
      blobs.at(-1)!.name = lastName;
      const tableButtons = shadowAll<HTMLButtonElement>(publisher, 'button.download-table');
      expect(tableButtons.map((node) => node.dataset['file'])).to.deep.equal([
        'flux.csv',
        'clusters.csv',
        'organisations.csv',
        'adhesions.csv',
      ]);
      tableButtons[1]!.click();
      blobs.at(-1)!.name = lastName;
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(blobs.map((entry) => entry.name)).to.deep.equal(['feed.json', 'clusters.csv']);
    const feed = JSON.parse(await blobs[0]!.blob.text());
    expect(feed.clusters).to.have.length(7);
    expect(feed.clusters.find((cluster: { id: string }) => cluster.id === 'mecaloire').geocoding.level).to.equal(
      'municipality',
    );
    const table = await blobs[1]!.blob.text();
    expect(table.split('\r\n')[0]).to.match(/^Identifiant;Nom;Nom court;/);
    expect(table).to.contain('Saint-Étienne');
  });

  it('reads the same tables from an Excel workbook, a sheet per table (test/fixtures/chambre.xlsx, made from the CSV files)', async () => {
    const publisher = await mount();
    const bytes = await (await fetch('/__grappe/fixture/chambre.xlsx')).arrayBuffer();
    const event = await choose(publisher, [new File([bytes], 'chambre.xlsx')]);
    await settle(publisher);
    expect(event.detail.counts).to.deep.equal({ clusters: 7, organisations: 4, memberships: 4 });
    const messages = shadowAll(publisher, '.problem .message').map((node) => node.textContent!.trim());
    expect(messages).to.include(
      "chambre.xlsx [adhesions], ligne 7 : l'adhésion de « cetim » à « viameca » figure déjà ligne 2 ; ignorée.",
    );
    const read = shadowAll(publisher, '.read tbody tr td:nth-child(2)').map((cell) => cell.textContent!.trim());
    expect(read).to.deep.equal(['clusters, organisations, adhésions']);
  });

  it('reads a LibreOffice workbook (.ods), a sheet per table, cells typed as Calc keeps them', async () => {
    const publisher = await mount();
    const bytes = odsBytes([
      {
        name: 'clusters',
        rows: [
          ['Identifiant', 'Nom', 'Type'],
          ['viameca', 'Viaméca', 'Pôle de compétitivité'],
          ['mecabourg', 'Mécabourg', 'Grappe d’entreprises'],
        ],
      },
      {
        name: 'organisations',
        rows: [
          ['Identifiant', 'Raison sociale', 'Code postal', 'Ville'],
          ['cetim', 'Cetim', { number: 42000 }, 'Saint-Étienne'],
        ],
      },
      {
        name: 'adhesions',
        rows: [
          ['Cluster', 'Organisation', 'Depuis'],
          ['viameca', 'cetim', { date: '2010-01-01' }],
          ['viameca', 'cetim', { date: '2010-01-01' }],
        ],
      },
    ]);
    const event = await choose(publisher, [new File([bytes], 'chambre.ods')]);
    await settle(publisher);
    expect(event.detail.counts).to.deep.equal({ clusters: 2, organisations: 1, memberships: 1 });
    const messages = shadowAll(publisher, '.problem .message').map((node) => node.textContent!.trim());
    expect(messages).to.include(
      "chambre.ods [adhesions], ligne 3 : l'adhésion de « cetim » à « viameca » figure déjà ligne 2 ; ignorée.",
    );
    const read = shadowAll(publisher, '.read tbody tr td:nth-child(2)').map((cell) => cell.textContent!.trim());
    expect(read).to.deep.equal(['clusters, organisations, adhésions']);
  });

  it('cancels a geocoding in progress', async () => {
    const publisher = await mount('en');
    await fetch('/__ban/configure?delayMs=400').catch(() => undefined);
    await choose(publisher, await chamberFiles(['clusters.csv']));
    await settle(publisher);
    const geocoding = publisher.geocode();
    await settle(publisher);
    expect(deepQuery(publisher, 'progress')).to.not.equal(null);
    deepQuery<HTMLButtonElement>(publisher, 'button.cancel')!.click();
    await geocoding;
    await settle(publisher);
    expect(deepQuery(publisher, '.geocode .placed')!.textContent).to.equal('Geocoding cancelled.');
    expect(deepQuery(publisher, 'button.place')).to.not.equal(null);
    await fetch('/__ban/configure');
  });

  it('is operable from the keyboard alone and accessible, in French and English', async () => {
    for (const lang of ['fr', 'en']) {
      const publisher = await mount(lang);
      await choose(publisher, await chamberFiles());
      await settle(publisher);
      await expectAccessible(publisher);
      // Tab reaches the file input, then the first remove button; Enter on a problem's button shows its row.
      publisher.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(publisher.shadowRoot!.activeElement?.classList.contains('remove')).to.equal(true);
      const show = shadowAll<HTMLButtonElement>(publisher, 'button.show-row')[0]!;
      show.focus();
      await sendKeys({ press: 'Enter' });
      await settle(publisher);
      expect(publisher.shadowRoot!.activeElement?.tagName).to.equal('TR');
      const place = deepQuery<HTMLButtonElement>(publisher, 'button.place')!;
      place.focus();
      const placed = oneEvent(publisher, 'grappe-import', 20000);
      await sendKeys({ press: 'Enter' });
      await placed;
      await settle(publisher);
      expect(publisher.feed!.clusters.every((cluster) => cluster.location)).to.equal(true);
      await expectAccessible(publisher);
      cleanup();
    }
  });
});
