/**
 * `grappe import` and `grappe export`: a publisher's spreadsheets into a feed and back.
 *
 *   grappe import DIR|FILE.csv|FILE.xlsx [--geocode [--geocoder URL]] [--publisher-id ID
 *                 --publisher-name NAME] [--lang fr|en] [-o feed.json]
 *   grappe import ACTORS.geojson --mapping MAPPING.json [-o feed.json]
 *   grappe export FEED -o DIR [--lang fr|en]
 *
 * The import's messages go to standard error, each naming the file, line and column; the feed
 * goes to `-o` or standard output. Exit 0 when the feed was written (warnings allowed), 1 when
 * records were left out, 2 when nothing usable was read.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { firstOfEachKind, LINES_PER_KIND, publishingMessages } from '../i18n/publishing.js';
import { describeFeedProblemAt, describeImportProblem } from '../i18n/publishing-lines.js';
import { feedFromGeoJson, type GeoJsonMapping } from '../csv/geojson-import.js';
import {
  importSpreadsheet,
  inPlaceOrder,
  locate,
  type ImportProblem,
  type SpreadsheetTable,
} from '../csv/spreadsheet-import.js';
import { saidAsAmbiguous } from '../csv/row-references.js';
import { fileToRead, tablesFromFiles } from '../csv/read-files.js';
import { DEFAULT_GEOCODER } from '../csv/geocode.js';
import { placeRecords, recordsToPlace } from '../csv/place-records.js';
import { tableFiles } from '../filter/table-order.js';
import { validateFeed } from '../validate/validate-feed.js';
import { FEED_FORMAT, FEED_VERSION } from '../schema/feed-schema.js';
import {
  EXIT_INVALID,
  EXIT_UNUSABLE,
  EXIT_VALID,
  UnusableInput,
  languageOf,
  notAFeed,
  parseJson,
  readSource,
  reasonOf,
  writeOutput,
  type Options,
} from './cli-support.js';

/** Files a folder of tables holds besides them, not worth a word: hidden files, Excel's lock files. */
const SILENT_FILE = /^(\.|~\$)/;

/** The file's size, 0 when it cannot be read (reading it then says why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function bytesOf(path: string): ArrayBuffer {
  try {
    const bytes = readFileSync(path);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } catch (error) {
    throw new UnusableInput(publishingMessages(null).unusable.unreadable(path, reasonOf(error)));
  }
}

/**
 * The tables of a folder (CSV files, workbooks, GeoJSON) or of one file; other files reported.
 * The feed being written (`-o feed.json` in the same folder) is not one of them.
 */
async function readTables(source: string, problems: ImportProblem[], output?: string): Promise<SpreadsheetTable[]> {
  const written = output ? resolve(output) : undefined;
  const paths = statSync(source).isDirectory()
    ? readdirSync(source)
        .filter(
          (name) =>
            !SILENT_FILE.test(name) && resolve(source, name) !== written && statSync(join(source, name)).isFile(),
        )
        .sort()
        .map((name) => join(source, name))
    : [source];
  // A file over the cap is not read (tablesFromFiles says it was refused).
  const files = await Promise.all(paths.map((path) => fileToRead(basename(path), sizeOf(path), () => bytesOf(path))));
  const read = await tablesFromFiles(files);
  problems.push(...read.problems);
  return read.tables;
}

const MARK = { error: '✘', warning: '⚠', notice: 'ℹ' } as const;

export async function commandImport(options: Options): Promise<number> {
  const source = options.positional[0];
  const lang = languageOf(options);
  const messages = publishingMessages(lang);
  if (!source) throw new UnusableInput(messages.unusable.missing('source'));
  // `-o` last, its file forgotten: said, not the feed poured on the terminal.
  if (options.flags.has('output') && (options.flags.get('output') === '' || options.flags.get('output') === true))
    throw new UnusableInput(messages.unusable.missing('output'));
  const geocoder = options.flags.get('geocoder');
  if (typeof geocoder === 'string' && geocoder !== '' && !/^https?:\/\/[^/\s]/i.test(geocoder))
    throw new UnusableInput(messages.badGeocoder(geocoder));
  const publisher = {
    id: String(options.flags.get('publisher-id') ?? 'publisher'),
    name: String(
      options.flags.get('publisher-name') ?? options.flags.get('publisher-id') ?? messages.defaultPublisherName,
    ),
  };
  try {
    statSync(source);
  } catch (error) {
    throw new UnusableInput(messages.unusable.unreadable(source, reasonOf(error)));
  }
  const started = performance.now();
  const importProblems: ImportProblem[] = [];
  let feed: Record<string, unknown>;
  let origins: Parameters<typeof locate>[1] = {};
  let nestedOrigins: Parameters<typeof locate>[2];
  let tableFiles: string[] = [];
  if (/\.(geo)?json$/i.test(source) && options.flags.has('mapping')) {
    const mappingPath = options.flags.get('mapping');
    if (typeof mappingPath !== 'string' || mappingPath === '')
      throw new UnusableInput(messages.unusable.missing('mapping'));
    const mapping = parseJson(await readSource(mappingPath), mappingPath) as GeoJsonMapping;
    feed = feedFromGeoJson(parseJson(await readSource(source), source), mapping, {
      publisher,
      format: FEED_FORMAT,
      version: FEED_VERSION,
    }) as Record<string, unknown>;
  } else {
    const output = options.flags.get('output');
    const tables = await readTables(source, importProblems, typeof output === 'string' ? output : undefined);
    tableFiles = [...new Set(tables.map((table) => table.file.replace(/ \[.*\]$/, '')))];
    const imported = importSpreadsheet(tables, { publisher });
    importProblems.push(...imported.problems);
    feed = imported.feed;
    origins = imported.origins;
    nestedOrigins = imported.nestedOrigins;
  }

  if (options.flags.has('geocode')) {
    const placing = await placeRecords(feed, origins, {
      url: typeof geocoder === 'string' && geocoder !== '' ? geocoder : DEFAULT_GEOCODER,
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total}`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\r');
    importProblems.push(...placing.problems);
    console.error(messages.geocoded(placing.placed, placing.asked, (performance.now() - started) / 1000));
  }

  if (!options.flags.has('geocode')) {
    if (options.flags.has('geocoder')) console.error(`  ${MARK.warning} ${messages.geocoderWithoutGeocode}`);
    const unplaced = recordsToPlace(feed);
    const first = unplaced[0] && origins[unplaced[0].collection]?.[unplaced[0].position];
    const where = first ? messages.where(first.file, first.line).replace(/\s*:\s*$/, '') : undefined;
    if (unplaced.length > 0) console.error(`  ℹ ${messages.placeAdvice(unplaced.length, where)}`);
  }
  if ((feed['publisher'] as { id?: unknown } | undefined)?.id === 'publisher')
    console.error(`  ${MARK.warning} ${messages.defaultPublisher}`);
  const result = validateFeed(feed, { mode: 'lenient' });
  const alreadySaid = saidAsAmbiguous(importProblems);
  // In the order a publisher mends them: by file, then by line.
  const lines = inPlaceOrder(
    [
      ...importProblems.map((problem) => ({ ...problem, text: describeImportProblem(problem, lang) })),
      ...result.problems.flatMap((problem) => {
        const where = locate(problem, origins, nestedOrigins);
        if (alreadySaid(problem, where)) return [];
        return [
          {
            severity: problem.severity,
            code: problem.code,
            ...where,
            text: describeFeedProblemAt(where, problem, lang),
          },
        ];
      }),
    ],
    tableFiles,
  );
  const { shown, more } = firstOfEachKind(lines);
  for (const line of shown) console.error(`  ${MARK[line.severity]} ${line.text}`);
  for (const [code, count] of more) {
    // Said with where they are (the code is for the --json report): one file's lines, or the files.
    const hidden = lines.filter((line) => line.code === code).slice(LINES_PER_KIND);
    const files = [...new Set(hidden.map((line) => line.file))];
    const numbers = hidden.map((line) => line.line ?? 0).filter((line) => line > 0);
    const where =
      files.length === 1 && numbers.length === hidden.length
        ? `${files[0]}, ${messages.line(numbers.reduce((a, b) => Math.min(a, b)))} … ${messages.line(numbers.reduce((a, b) => Math.max(a, b)))}`
        : files.join(', ');
    console.error(`  ${MARK[hidden[0]!.severity]} ${messages.moreOfKind(count)} (${where})`);
  }

  const counts = result.counts;
  const dropped = Object.values(counts).reduce((sum, count) => sum + (count.total - count.kept), 0);
  const severities = { error: 0, warning: 0, notice: 0 };
  for (const line of lines) severities[line.severity] += 1;
  const usable = result.feed !== null && counts.clusters.kept > 0;
  if (usable) {
    const text = `${JSON.stringify(result.feed, null, 2)}\n`;
    const output = options.flags.get('output');
    if (typeof output === 'string' && output !== '') {
      writeOutput(output, text);
      console.error(messages.written(output));
    } else process.stdout.write(text);
  } else console.error(messages.notWritten);
  const parts = [
    messages.counts(counts.clusters.kept, counts.organisations.kept, counts.memberships.kept),
    messages.summary(severities.error, severities.warning, severities.notice),
  ];
  if (dropped > 0) parts.push(messages.dropped(dropped));
  console.error(messages.report(parts, Math.round(performance.now() - started)));
  if (!usable) return EXIT_UNUSABLE;
  // An error is a record, a row or a value left out (an event's row included, which the
  // counts above do not see): scripts that publish the feed must notice.
  return dropped > 0 || severities.error > 0 ? EXIT_INVALID : EXIT_VALID;
}

export async function commandExport(options: Options): Promise<number> {
  const source = options.positional[0];
  const output = options.flags.get('output');
  if (!source || typeof output !== 'string' || output === '')
    throw new UnusableInput(publishingMessages(languageOf(options)).unusable.missing('export'));
  const flag = options.flags.get('lang');
  const lang = flag === 'fr' || flag === 'en' ? flag : undefined;
  const result = validateFeed(parseJson(await readSource(source), source), { mode: 'lenient', source });
  if (!result.feed) throw notAFeed(source);
  try {
    mkdirSync(output, { recursive: true });
  } catch (error) {
    throw new UnusableInput(publishingMessages(languageOf(options)).unusable.cannotWrite(output, reasonOf(error)));
  }
  const files = tableFiles(result.feed, lang);
  for (const { file, text } of files) writeOutput(join(output, file), text);
  console.error(publishingMessages(languageOf(options)).exported(files.length, output));
  return EXIT_VALID;
}
