/**
 * `grappe`: the publishers' command-line tool.
 *
 *   grappe validate FILE|URL… [--json] [--lang fr|en]   exit 0 valid, 1 invalid, 2 unusable input
 *   grappe schema                                        the JSON Schema on standard output
 *   grappe stats FILE|URL [--json]                       counts per kind, per taxonomy value, missing fields
 *   grappe import DIR|actors.geojson [--mapping M] [--publisher-id ID --publisher-name NAME] [-o feed.json]
 *   grappe export FEED -o DIR                            the feed as CSV tables (round-trips with import)
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedJsonSchema } from '../schema/json-schema.js';
import { validateFeed, type ValidationResult } from '../validate/validate-feed.js';
import { countBySeverity, formatJsonPath } from '../validate/problems.js';
import { describeProblem, getTranslation } from '../i18n/index.js';
import { FeedIndex } from '../model/feed-index.js';
import { resolveText } from '../text/localised-text.js';
import { feedFromCsvTables, feedToCsvTables, CSV_TABLES } from '../csv/csv-tables.js';
import { feedFromGeoJson, type GeoJsonMapping } from '../csv/geojson-import.js';
import { FEED_FORMAT, FEED_VERSION } from '../schema/feed-schema.js';

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_UNUSABLE = 2;

class UnusableInput extends Error {}

interface Options {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArguments(argv: string[]): Options {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '-o') {
      flags.set('output', argv[++index] ?? '');
    } else if (argument.startsWith('--')) {
      const [name, inline] = argument.slice(2).split('=', 2) as [string, string | undefined];
      const takesValue = ['lang', 'mapping', 'publisher-id', 'publisher-name', 'output', 'cluster', 'role'].includes(
        name,
      );
      flags.set(name, inline ?? (takesValue ? (argv[++index] ?? '') : true));
    } else {
      positional.push(argument);
    }
  }
  return { positional, flags };
}

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new UnusableInput(`${source}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new UnusableInput(`${source}: HTTP ${response.status}`);
    return response.text();
  }
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    throw new UnusableInput(`${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UnusableInput(`${source}: not valid JSON (${(error as Error).message})`);
  }
}

function languageOf(options: Options): string {
  const flag = options.flags.get('lang');
  if (typeof flag === 'string') return flag;
  const env = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'] || 'en';
  return env.toLowerCase().startsWith('fr') ? 'fr' : 'en';
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
      `  ${t.severity[problem.severity].padEnd(Math.max(...Object.values(t.severity).map((word) => word.length)))} ${formatJsonPath(problem.path)}  ${describeProblem(problem, lang)}`,
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
  if (!result.feed) throw new UnusableInput(`${source}: not a Grappe feed`);
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
  for (const [name, count] of Object.entries(stats.counts)) console.log(`  ${name.padEnd(14)} ${count}`);
  for (const dimension of index.dimensions) {
    console.log(`  ${resolveText(dimension.label as Record<string, string>, lang)} (${dimension.id})`);
    for (const value of dimension.values) {
      console.log(
        `    ${String(value.clusters.length).padStart(6)}  ${resolveText(value.label as Record<string, string>, lang, index.defaultLanguage)} [${value.id}]`,
      );
    }
  }
  for (const missing of stats.missingRecommended) {
    console.log(`  missing ${missing.field} in ${missing.missing}/${missing.of} ${missing.kind}`);
  }
  return EXIT_VALID;
}

async function commandImport(options: Options): Promise<number> {
  const source = options.positional[0];
  if (!source) throw new UnusableInput('import: give a folder of CSV tables or a GeoJSON file');
  const publisher = {
    id: String(options.flags.get('publisher-id') ?? 'publisher'),
    name: String(options.flags.get('publisher-name') ?? options.flags.get('publisher-id') ?? 'Publisher'),
  };
  let feed: unknown;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(source).isDirectory();
  } catch {
    throw new UnusableInput(`${source}: not found`);
  }
  if (isDirectory) {
    const tables: Record<string, string> = {};
    for (const table of CSV_TABLES) {
      try {
        tables[table] = readFileSync(join(source, `${table}.csv`), 'utf8');
      } catch {
        // Tables are optional but clusters.
      }
    }
    if (!tables['clusters']) throw new UnusableInput(`${source}: no clusters.csv`);
    feed = feedFromCsvTables(tables, { publisher });
  } else {
    const mappingPath = options.flags.get('mapping');
    if (typeof mappingPath !== 'string') throw new UnusableInput('import: a GeoJSON file needs --mapping FILE');
    const mapping = parseJson(await readSource(mappingPath), mappingPath) as GeoJsonMapping;
    feed = feedFromGeoJson(parseJson(await readSource(source), source), mapping, {
      publisher,
      format: FEED_FORMAT,
      version: FEED_VERSION,
    });
  }
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  const output = options.flags.get('output');
  if (typeof output === 'string' && output !== '') writeFileSync(output, text);
  else process.stdout.write(text);
  const result = validateFeed(feed, { mode: 'strict' });
  const counts = countBySeverity(result.problems);
  console.error(
    `import: ${result.counts.clusters.kept} clusters, ${result.counts.organisations.kept} organisations; ${counts.error} errors, ${counts.warning} warnings (run \`grappe validate\` for details)`,
  );
  return result.valid ? EXIT_VALID : EXIT_INVALID;
}

async function commandExport(options: Options): Promise<number> {
  const source = options.positional[0];
  const output = options.flags.get('output');
  if (!source || typeof output !== 'string' || output === '')
    throw new UnusableInput('export: grappe export FEED -o DIR');
  const result = validateFeed(parseJson(await readSource(source), source), { mode: 'lenient', source });
  if (!result.feed) throw new UnusableInput(`${source}: not a Grappe feed`);
  mkdirSync(output, { recursive: true });
  const tables = feedToCsvTables(result.feed);
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(output, `${name}.csv`), text);
  console.error(`export: ${Object.keys(tables).length} tables written to ${output}`);
  return EXIT_VALID;
}

const USAGE = `grappe: the Grappe feed tool
  grappe validate FILE|URL… [--json] [--lang fr|en]
  grappe schema
  grappe stats FILE|URL [--json]
  grappe import DIR [--publisher-id ID --publisher-name NAME] [-o feed.json]
  grappe import ACTORS.geojson --mapping MAPPING.json [-o feed.json]
  grappe export FEED -o DIR
exit codes: 0 valid, 1 invalid, 2 unusable input`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const options = parseArguments(rest);
  switch (command) {
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
    case 'help':
      console.log(USAGE);
      return command === undefined ? EXIT_UNUSABLE : EXIT_VALID;
    default:
      console.error(`grappe: unknown command "${command}"\n${USAGE}`);
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
      console.error(error);
      process.exitCode = EXIT_UNUSABLE;
    }
  },
);
