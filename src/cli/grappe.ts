/**
 * `grappe`: the publishers' command-line tool.
 *
 *   grappe validate FILE|URL… [--json] [--lang fr|en]   exit 0 valid, 1 invalid, 2 unusable input
 *   grappe schema                                        the JSON Schema on standard output
 *   grappe stats FILE|URL [--json]                       counts per kind, per taxonomy value, missing fields
 *   grappe import DIR|TABLE.csv|BOOK.xlsx|actors.geojson …   see import-command.ts
 *   grappe export FEED -o DIR [--lang fr|en]             the feed as the tables import reads
 */
import { readFileSync, statSync } from 'node:fs';
import { feedJsonSchema } from '../schema/json-schema.js';
import { validateFeed, type ValidationResult } from '../validate/validate-feed.js';
import { countBySeverity, formatJsonPath } from '../validate/problems.js';
import { describeProblem, getTranslation } from '../i18n/index.js';
import { FeedIndex } from '../model/feed-index.js';
import { resolveText } from '../text/localised-text.js';
import { publishingMessages } from '../i18n/publishing.js';
import { commandExport, commandImport } from './import-command.js';
import {
  EXIT_INVALID,
  EXIT_UNUSABLE,
  EXIT_VALID,
  UnusableInput,
  guardTerminal,
  languageOf,
  notAFeed,
  parseArguments,
  parseJson,
  readSource,
  setMessagesLanguage,
  type Options,
} from './cli-support.js';

/** A folder or a table: something to import, not a feed to validate. */
function isSpreadsheet(source: string): boolean {
  if (/\.(csv|tsv|xlsx|ods)$/i.test(source)) return true;
  try {
    return statSync(source).isDirectory();
  } catch {
    return false;
  }
}

function printHumanReport(source: string, result: ValidationResult, lang: string, elapsedMs: number): void {
  const counts = countBySeverity(result.problems);
  const t = getTranslation(lang);
  const kept = result.counts;
  console.log(`${result.valid ? '✔' : '✘'} ${source}`);
  console.log(
    `  ${(['clusters', 'organisations', 'memberships'] as const).map((kind) => t.keptRecords(kind, kept[kind].kept, kept[kind].total)).join(', ')} (${elapsedMs.toFixed(0)} ms)`,
  );
  for (const problem of result.problems) {
    console.log(
      `  ${t.severity[problem.severity].padEnd(Math.max(...Object.values(t.severity).map((word) => word.length)))} ${formatJsonPath(problem.path)}${problem.record ? ` (${problem.record})` : ''}  ${describeProblem(problem, lang)}`,
    );
  }
  console.log(`  ${t.problemsSummary(counts.error, counts.warning)}`);
}

async function commandValidate(options: Options): Promise<number> {
  if (options.positional.length === 0) throw new UnusableInput('validate: give at least one FILE or URL');
  const lang = languageOf(options);
  const json = options.flags.has('json');
  let exit = EXIT_VALID;
  const reports: unknown[] = [];
  for (const source of options.positional) {
    if (isSpreadsheet(source)) {
      console.error(`✘ ${publishingMessages(lang).useImport(source)}`);
      exit = EXIT_UNUSABLE;
      continue;
    }
    let result: ValidationResult;
    const started = performance.now();
    try {
      const input = parseJson(await readSource(source), source);
      result = validateFeed(input, { mode: 'strict', source });
    } catch (error) {
      if (!(error instanceof UnusableInput)) throw error;
      if (json) reports.push({ source, usable: false, error: error.message });
      else console.error(`✘ ${error.message}`);
      exit = EXIT_UNUSABLE;
      continue;
    }
    const elapsed = performance.now() - started;
    if (!result.valid && exit === EXIT_VALID) exit = EXIT_INVALID;
    if (result.feed === null) exit = EXIT_UNUSABLE;
    if (json) {
      reports.push({
        source,
        usable: result.feed !== null,
        valid: result.valid,
        counts: result.counts,
        milliseconds: Math.round(elapsed),
        problems: result.problems.map((problem) => ({
          ...problem,
          path: formatJsonPath(problem.path),
          message: describeProblem(problem, lang),
        })),
      });
    } else {
      printHumanReport(source, result, lang, elapsed);
    }
  }
  if (json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  return exit;
}

async function commandStats(options: Options): Promise<number> {
  const source = options.positional[0];
  if (!source) throw new UnusableInput('stats: give a FILE or URL');
  const lang = languageOf(options);
  const result = validateFeed(parseJson(await readSource(source), source), { mode: 'lenient', source });
  if (!result.feed) throw notAFeed(source);
  const index = new FeedIndex(result.feed);
  const stats = {
    counts: Object.fromEntries(Object.entries(result.counts).map(([name, count]) => [name, count.kept])),
    dimensions: Object.fromEntries(
      index.dimensions.map((dimension) => [
        dimension.id,
        Object.fromEntries(dimension.values.map((value) => [value.id, value.clusters.length])),
      ]),
    ),
    missingRecommended: result.problems
      .filter((problem) => problem.code === 'recommended-missing')
      .map((problem) => ({
        kind: problem.params?.['kind'],
        field: problem.params?.['field'],
        missing: problem.params?.['count'],
        of: problem.params?.['total'],
      })),
  };
  if (options.flags.has('json')) {
    console.log(JSON.stringify(stats, null, 2));
    return EXIT_VALID;
  }
  console.log(source);
  const kinds = getTranslation(lang).recordKinds as Record<string, string>;
  for (const [name, count] of Object.entries(stats.counts))
    console.log(`  ${(Object.hasOwn(kinds, name) ? kinds[name]! : name).padEnd(14)} ${count}`);
  for (const dimension of index.dimensions) {
    console.log(`  ${resolveText(dimension.label as Record<string, string>, lang)} (${dimension.id})`);
    for (const value of dimension.values) {
      console.log(
        `    ${String(value.clusters.length).padStart(6)}  ${resolveText(value.label as Record<string, string>, lang, index.defaultLanguage)} [${value.id}]`,
      );
    }
  }
  for (const problem of result.problems)
    if (problem.code === 'recommended-missing') console.log(`  ${describeProblem(problem, lang)}`);
  return EXIT_VALID;
}

/** The package's version, from the package.json beside dist/. */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[]): Promise<number> {
  guardTerminal();
  const [command, ...rest] = argv;
  const options = parseArguments(rest);
  const lang = languageOf(options);
  setMessagesLanguage(lang);
  const messages = publishingMessages(lang);
  const asked = options.flags.get('lang');
  if (typeof asked === 'string' && !/^(fr|en)\b/i.test(asked)) console.error(messages.unknownLanguage(asked));
  // `grappe import --help`, `grappe -h`: the usage, as a newcomer tries it.
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(messages.usage);
    return EXIT_VALID;
  }
  switch (command) {
    case '--version':
    case '-V':
    case 'version':
      console.log(packageVersion());
      return EXIT_VALID;
    case 'validate':
      return commandValidate(options);
    case 'schema':
      process.stdout.write(`${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
      return EXIT_VALID;
    case 'stats':
      return commandStats(options);
    case 'import':
      return commandImport(options);
    case 'export':
      return commandExport(options);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(messages.usage);
      return command === undefined ? EXIT_UNUSABLE : EXIT_VALID;
    default:
      console.error(`${messages.unknownCommand(command)}\n${messages.usage}`);
      return EXIT_UNUSABLE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UnusableInput) {
      console.error(`grappe: ${error.message}`);
      process.exitCode = EXIT_UNUSABLE;
    } else {
      // As text, so that the terminal guard sees it too (a message may quote a table's cell).
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = EXIT_UNUSABLE;
    }
  },
);
