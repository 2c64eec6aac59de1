import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GrappeElement } from '../../src/internal/grappe-element.js';
import { downloadText } from '../../src/internal/download.js';
import { firstOfEachKind, publishingMessages, type PublishingMessages } from '../../src/i18n/publishing.js';
import { describeFeedProblemAt, describeImportProblem } from '../../src/i18n/publishing-lines.js';
import { DEFAULT_GEOCODER } from '../../src/csv/geocode.js';
import { tableOfName } from '../../src/csv/headings.js';
import { fileToRead } from '../../src/csv/read-files.js';
import { PublishingSession, type LocatedProblem } from '../../src/state/publishing-session.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { publisherStyles } from './publisher.styles.js';
import '../grappe-explorer/grappe-explorer.js';

/** Rows of a file shown at most in its content view (the rest are counted; a problem's row is always shown). */
const SHOWN_ROWS = 200;

/**
 * A publishing page without a command line: a regional council's or a chamber's tables (CSV,
 * XLSX) or a GeoJSON file in, a Grappe feed out. Shows what was read, every problem with its
 * file, line and column (a button shows the row), places what has only an address through the
 * Base Adresse Nationale (progress shown, cancellable), previews the feed in an explorer, and
 * downloads `feed.json` and the clean tables. Everything happens in the browser; only the
 * addresses go to the geocoder, when asked (the page says so).
 *
 * Under a strict CSP, allow the geocoder in `connect-src` (`https://api-adresse.data.gouv.fr`).
 *
 * @summary Turns a publisher's spreadsheets into a Grappe feed, in the browser.
 *
 * @fires grappe-import - After files are read or places found: `{ files, counts, problems }`.
 *
 * @csspart base - The page.
 * @csspart drop-zone - Where files are dropped or chosen.
 * @csspart read - The table of what was read.
 * @csspart problems - The list of problems.
 * @csspart source - A file's content, where a problem's row is shown.
 * @csspart geocode - The geocoding section.
 * @csspart preview - The explorer that previews the feed.
 * @csspart downloads - The download buttons.
 *
 * @cssproperty --grappe-publisher-preview-height - Height of the preview (default 36rem).
 */
export class GrappePublisher extends GrappeElement {
  static override styles = [tokenStyles, publisherStyles];

  /** The geocoding service: the Base Adresse Nationale, or one that answers as it does. A relative URL resolves against the page. */
  @property() geocoder = DEFAULT_GEOCODER;

  /** The feed's publisher id when the tables have no `flux.csv`. */
  @property({ attribute: 'publisher-id' }) publisherId = 'publisher';

  /** The feed's publisher name when the tables have no `flux.csv`. */
  @property({ attribute: 'publisher-name' }) publisherName = '';

  /** Colour theme of the page and its preview. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Counts the session's changes: the session is mutable state, so a change must ask for a render. */
  @state() private revision = 0;
  @state() private progress: { done: number; total: number } | null = null;
  @state() private announcement = '';
  @state() private shownRow: { file: string; line: number } | null = null;
  @state() private dragging = false;
  /** What the last geocoding did, shown until the files change. */
  @state() private lastPlacing = '';

  private session: PublishingSession | null = null;
  private geocoding: AbortController | null = null;

  private get messages(): PublishingMessages {
    return publishingMessages(this.language);
  }

  private sessionFor(): PublishingSession {
    this.session ??= new PublishingSession({
      id: this.publisherId || 'publisher',
      name: this.publisherName || this.publisherId || this.messages.defaultPublisherName,
    });
    return this.session;
  }

  /** The feed built from the files (validated), or null when nothing usable was read. */
  get feed(): PublishingSession['feed'] {
    return this.session?.feed ?? null;
  }

  /** Every problem, with its file, line and column where known. */
  get problems(): readonly LocatedProblem[] {
    return this.session?.problems ?? [];
  }

  /** Reads files (a file of the same name replaces the earlier one) and builds the feed again. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const read = await Promise.all(
      [...files].map((file) => fileToRead(file.name, file.size, () => file.arrayBuffer())),
    );
    await this.sessionFor().addFiles(read);
    this.lastPlacing = '';
    this.changed();
  }

  async removeFile(name: string): Promise<void> {
    await this.session?.removeFile(name);
    this.changed();
  }

  /** Places the records that have an address and no coordinates; `cancelGeocoding()` stops it. */
  async geocode(): Promise<void> {
    const session = this.session;
    if (!session || this.geocoding) return;
    const controller = new AbortController();
    this.geocoding = controller;
    this.progress = { done: 0, total: session.missingPlaces };
    try {
      const { placed, asked } = await session.geocode({
        url: new URL(this.geocoder || DEFAULT_GEOCODER, document.baseURI).href,
        signal: controller.signal,
        onProgress: (done, total) => (this.progress = { done, total }),
      });
      this.announcement = this.lastPlacing = this.messages.page.placed(placed, asked);
    } catch {
      if (controller.signal.aborted) this.announcement = this.lastPlacing = this.messages.page.cancelled;
    } finally {
      this.geocoding = null;
      this.progress = null;
      this.changed();
    }
  }

  cancelGeocoding(): void {
    this.geocoding?.abort();
  }

  /** Saves the feed as `feed.json`. */
  downloadFeed(): void {
    if (this.feed) downloadText(this.session!.feedJson(), 'feed.json', 'application/json');
  }

  /** Saves one clean table (`clusters.csv`…), headings and labels in the element's language. */
  downloadTable(file: string): void {
    const table = this.session?.tablesCsv(this.tablesLanguage).find((entry) => entry.file === file);
    if (table) downloadText(table.text, table.file, 'text/csv;charset=utf-8');
  }

  private get tablesLanguage(): 'fr' | 'en' {
    return this.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  private changed(): void {
    this.revision += 1;
    const session = this.session;
    if (!session) return;
    const counts = session.result?.counts;
    const problems = { error: 0, warning: 0, notice: 0 };
    for (const problem of session.problems) problems[problem.severity] += 1;
    this.emit('grappe-import', {
      files: session.fileNames,
      counts: {
        clusters: counts?.clusters.kept ?? 0,
        organisations: counts?.organisations.kept ?? 0,
        memberships: counts?.memberships.kept ?? 0,
      },
      problems,
    });
  }

  private onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.addFiles(files);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.addFiles(event.dataTransfer?.files ?? []);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  /** Opens a file's content at a problem's row and moves focus there. */
  private async showRow(file: string, line: number): Promise<void> {
    this.shownRow = { file, line };
    await this.updateComplete;
    const details = this.renderRoot.querySelector<HTMLDetailsElement>(`details[data-file="${CSS.escape(file)}"]`);
    if (details) details.open = true;
    const row = details?.querySelector<HTMLElement>(`tr[data-line="${line}"]`);
    row?.focus();
    row?.scrollIntoView({ block: 'center' });
  }

  override render(): TemplateResult {
    const m = this.messages;
    const session = this.session;
    return html`<section part="base" class="page">
      <h2>${m.page.title}</h2>
      <p class="privacy">${m.page.privacy}</p>
      <div
        part="drop-zone"
        class=${this.dragging ? 'drop dragging' : 'drop'}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <label for="files">${m.page.drop} ${m.page.choose}</label>
        <input id="files" type="file" multiple accept=".csv,.tsv,.txt,.xlsx,.ods,.geojson,.json" @change=${this.onFilesChosen} />
      </div>
      ${session ? this.renderRead(session) : nothing} ${session ? this.renderProblems(session) : nothing}
      ${session?.feed ? this.renderGeocoding(session) : nothing} ${this.renderPreview(session)}
      ${session?.feed ? this.renderDownloads(session) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderRead(session: PublishingSession): TemplateResult {
    const m = this.messages.page;
    const read = session.imported?.tables ?? [];
    return html`<section part="read" class="read">
      <h3>${m.readTitle}</h3>
      <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${m.columns.file}</th>
            <th scope="col">${m.columns.table}</th>
            <th scope="col">${m.columns.rows}</th>
            <th scope="col">${m.columns.recognised}</th>
            <th scope="col">${m.columns.ignored}</th>
          </tr>
        </thead>
        <tbody>
          ${session.fileNames.map((file) => {
            const tables = read.filter((entry) => entry.file === file || entry.file.startsWith(`${file} [`));
            return html`<tr>
              <th scope="row">
                ${file}
                <button type="button" class="remove" aria-label=${m.remove(file)} @click=${() => this.removeFile(file)}>×</button>
              </th>
              <td>${tables.map((entry) => m.tableNames[entry.table] ?? entry.table).join(', ') || (tableOfName(file) ? '' : '—')}</td>
              <td>${tables.reduce((sum, entry) => sum + entry.rows, 0)}</td>
              <td>${tables.flatMap((entry) => entry.columns).join(', ')}</td>
              <td>${tables.flatMap((entry) => entry.ignored).join(', ')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
    </section>`;
  }

  private describe(problem: LocatedProblem): string {
    return problem.importProblem
      ? describeImportProblem(problem.importProblem, this.language)
      : describeFeedProblemAt(problem, problem.feedProblem!, this.language);
  }

  private renderProblems(session: PublishingSession): TemplateResult {
    const m = this.messages.page;
    const severity = this.t.severity;
    const problems = session.problems;
    const { shown, more } = firstOfEachKind(
      problems.map((problem) => ({ ...problem, code: (problem.importProblem ?? problem.feedProblem)!.code })),
    );
    return html`<section part="problems" class="problems">
      <h3>${problems.length === 0 ? m.noProblem : m.problemsTitle(problems.length)}</h3>
      <ul>
        ${shown.map(
          (problem) => html`<li class=${`problem ${problem.severity}`}>
            <span class="severity">${severity[problem.severity]}</span>
            <span class="message">${this.describe(problem)}</span>
            ${
              problem.file && problem.line && session.tables.some((table) => table.file === problem.file)
                ? html`<button type="button" class="show-row link" @click=${() => this.showRow(problem.file!, problem.line!)}>
                  ${m.showRow(problem.line)}
                </button>`
                : nothing
            }
          </li>`,
        )}
        ${[...more].map(
          ([code, count]) =>
            html`<li class="problem more"><span class="severity"></span><span class="message">${this.messages.moreOfKind(count)} (${code})</span></li>`,
        )}
      </ul>
      ${session.tables.map((table) => this.renderSource(table.file, table.rows))}
    </section>`;
  }

  /** A file's rows, the first ones and the row a problem points at. */
  private renderSource(file: string, rows: PublishingSession['tables'][number]['rows']): TemplateResult {
    const m = this.messages.page;
    const wanted = this.shownRow?.file === file ? this.shownRow.line : -1;
    const shown = rows.filter((row, position) => position < SHOWN_ROWS || Math.abs(row.line - wanted) <= 3);
    const [header, ...body] = shown;
    return html`<details part="source" class="source" data-file=${file}>
      <summary>${m.sourceTitle(file)}</summary>
      <div class="scroll">
        <table>
          ${
            header
              ? html`<thead>
                <tr data-line=${header.line} tabindex="-1" class=${header.line === wanted ? 'current' : ''}>
                  <th scope="col">${header.line}</th>
                  ${header.cells.map((cell) => html`<th scope="col">${cell}</th>`)}
                </tr>
              </thead>`
              : nothing
          }
          <tbody>
            ${body.map(
              (row) => html`<tr data-line=${row.line} tabindex="-1" class=${row.line === wanted ? 'current' : ''}>
                <th scope="row">${row.line}</th>
                ${row.cells.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
        ${rows.length > shown.length ? html`<p>${m.moreRows(rows.length - shown.length)}</p>` : nothing}
      </div>
    </details>`;
  }

  private renderGeocoding(session: PublishingSession): TemplateResult {
    const m = this.messages.page;
    const missing = session.missingPlaces;
    const progress = this.progress;
    return html`<section part="geocode" class="geocode">
      <h3>${m.placeTitle}</h3>
      <p>${m.missing(missing)}</p>
      ${this.lastPlacing ? html`<p class="placed">${this.lastPlacing}</p>` : nothing}
      ${
        progress
          ? html`<p>
            <label for="progress">${m.placing(progress.done, progress.total)}</label>
            <progress id="progress" max=${progress.total} value=${progress.done}></progress>
            <button type="button" class="cancel" @click=${() => this.cancelGeocoding()}>${m.cancel}</button>
          </p>`
          : missing > 0
            ? html`<button type="button" class="place primary" @click=${() => this.geocode()}>${m.place(missing)}</button>`
            : nothing
      }
    </section>`;
  }

  private renderPreview(session: PublishingSession | null): TemplateResult {
    const m = this.messages.page;
    const feed = session?.feed ?? null;
    return html`<section part="preview" class="preview">
      <h3>${m.previewTitle}</h3>
      ${
        feed
          ? html`<grappe-explorer .data=${feed} lang=${this.language} theme=${this.theme}></grappe-explorer>`
          : html`<p>${m.nothingYet}</p>`
      }
    </section>`;
  }

  private renderDownloads(session: PublishingSession): TemplateResult {
    const m = this.messages.page;
    return html`<section part="downloads" class="downloads">
      <h3>${m.downloadTitle}</h3>
      <p><button type="button" class="download-feed primary" @click=${() => this.downloadFeed()}>${m.downloadFeed}</button></p>
      <p>${m.tablesLanguage}</p>
      <ul>
        ${session.tablesCsv(this.tablesLanguage).map(
          ({ file }) => html`<li>
            <button type="button" class="download-table" data-file=${file} @click=${() => this.downloadTable(file)}>
              ${m.downloadTable(file)}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
