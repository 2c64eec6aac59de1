/**
 * The publishing page's state, without a framework: the files a publisher dropped, the tables
 * read from them, the feed built and validated, every problem with its file, line and column,
 * the places found by the geocoder, and the files to download. `<grappe-publisher>` renders it.
 * Everything happens in the page: nothing is sent anywhere but the addresses to the geocoder,
 * and only when asked.
 */
import {
  importSpreadsheet,
  inPlaceOrder,
  locate,
  type ImportProblem,
  type SpreadsheetImport,
  type SpreadsheetTable,
} from '../csv/spreadsheet-import.js';
import { tablesFromFiles, type FileToRead } from '../csv/read-files.js';
import { saidAsAmbiguous } from '../csv/row-references.js';
import { placeRecords, recordsToPlace } from '../csv/place-records.js';
import { queryOf, type GeocoderOptions } from '../csv/geocode.js';
import { validateFeed, type ValidationResult } from '../validate/validate-feed.js';
import type { FeedProblem } from '../validate/problems.js';
import { tableFiles } from '../filter/table-order.js';

/** A problem of the import or of the validator, where the spreadsheet has it. */
export interface LocatedProblem {
  severity: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  column?: string;
  /** One of the two, for the sentence. */
  importProblem?: ImportProblem;
  feedProblem?: FeedProblem;
}

type AnyRecord = Record<string, unknown>;
type Placement = Pick<AnyRecord, 'location' | 'geocoding'>;
type Address = { street?: string; postcode?: string; city?: string };

/** At most this many files at once, and this many bytes each: a page must not be asked to hold more. */
export const MAX_FILES = 20;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export class PublishingSession {
  private files: FileToRead[] = [];
  tables: SpreadsheetTable[] = [];
  imported: SpreadsheetImport | null = null;
  result: ValidationResult | null = null;
  problems: LocatedProblem[] = [];
  /** Problems of the last geocoding (misses, town-level places). */
  private placingProblems: ImportProblem[] = [];
  /** Places already found, by address: a file added later does not lose them. */
  private readonly placements = new Map<string, Placement>();
  private readProblems: ImportProblem[] = [];
  /** The clean tables, written once per change and language. */
  private readonly tablesCache = new Map<string, Array<{ file: string; text: string }>>();

  constructor(private readonly publisher: { id: string; name: string } = { id: 'publisher', name: 'Publisher' }) {}

  get fileNames(): string[] {
    return this.files.map((file) => file.name);
  }

  /** Adds files (a file of the same name replaces the earlier one) and reads everything again. */
  async addFiles(files: readonly FileToRead[]): Promise<void> {
    for (const file of files.slice(0, MAX_FILES)) {
      this.files = this.files.filter((known) => known.name !== file.name);
      if (file.bytes.byteLength <= MAX_FILE_BYTES) this.files.push(file);
    }
    this.files = this.files.slice(-MAX_FILES);
    await this.read();
  }

  async removeFile(name: string): Promise<void> {
    this.files = this.files.filter((file) => file.name !== name);
    await this.read();
  }

  private async read(): Promise<void> {
    const read = await tablesFromFiles(this.files);
    this.tables = read.tables;
    this.readProblems = read.problems;
    this.placingProblems = [];
    this.rebuild();
  }

  /** Imports the tables, puts back the places already found, validates, locates every problem. */
  private rebuild(): void {
    this.tablesCache.clear();
    if (this.tables.length === 0) {
      this.imported = null;
      this.result = null;
      this.problems = this.readProblems.map((problem) => ({
        severity: problem.severity,
        file: problem.file,
        importProblem: problem,
      }));
      return;
    }
    this.imported = importSpreadsheet(this.tables, { publisher: this.publisher });
    for (const { record, address } of recordsToPlace(this.imported.feed)) {
      const placement = this.placements.get(queryOf(address));
      if (placement) Object.assign(record, placement);
    }
    this.validate();
  }

  private validate(): void {
    this.tablesCache.clear();
    const imported = this.imported!;
    this.result = validateFeed(structuredClone(imported.feed), { mode: 'lenient' });
    const fromImport = [...this.readProblems, ...imported.problems, ...this.placingProblems].map(
      (problem): LocatedProblem => ({
        severity: problem.severity,
        file: problem.file,
        ...(problem.line !== undefined ? { line: problem.line } : {}),
        ...(problem.column !== undefined ? { column: problem.column } : {}),
        importProblem: problem,
      }),
    );
    const alreadySaid = saidAsAmbiguous(imported.problems);
    const fromValidator = this.result.problems.flatMap((problem): LocatedProblem[] => {
      const where = locate(problem, imported.origins, imported.nestedOrigins);
      if (alreadySaid(problem, where)) return [];
      return [{ severity: problem.severity, ...(where ?? {}), feedProblem: problem }];
    });
    // In the order of the files, then of the lines: the order in which a publisher mends them.
    this.problems = inPlaceOrder(
      [...fromImport, ...fromValidator],
      this.files.map((file) => file.name),
    );
  }

  /** How many records the geocoder could place. */
  get missingPlaces(): number {
    return this.imported ? recordsToPlace(this.imported.feed).length : 0;
  }

  /** Places what has an address and no coordinates; abortable through `options.signal`. */
  async geocode(options: GeocoderOptions): Promise<{ asked: number; placed: number }> {
    const imported = this.imported;
    if (!imported) return { asked: 0, placed: 0 };
    const outcome = await placeRecords(imported.feed, imported.origins, options);
    for (const record of (['clusters', 'organisations'] as const).flatMap(
      (collection) => (imported.feed[collection] as AnyRecord[] | undefined) ?? [],
    )) {
      if (record['geocoding'] !== undefined)
        this.placements.set(queryOf(record['address'] as Address), {
          location: record['location'],
          geocoding: record['geocoding'],
        });
    }
    this.placingProblems = outcome.problems;
    this.validate();
    return { asked: outcome.asked, placed: outcome.placed };
  }

  /** The validated feed, or null when nothing usable was read. */
  get feed(): ValidationResult['feed'] {
    const feed = this.result?.feed ?? null;
    return feed && feed.clusters.length > 0 ? feed : null;
  }

  feedJson(): string {
    return `${JSON.stringify(this.feed, null, 2)}\n`;
  }

  /** The clean tables, as `grappe export --lang` writes them: file name → CSV text. */
  tablesCsv(lang: 'fr' | 'en'): Array<{ file: string; text: string }> {
    const feed = this.feed;
    if (!feed) return [];
    const cached = this.tablesCache.get(lang);
    if (cached) return cached;
    const files = tableFiles(feed, lang);
    this.tablesCache.set(lang, files);
    return files;
  }
}
