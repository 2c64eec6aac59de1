/**
 * What the commands of `grappe` share: arguments, exit statuses, reading a file or a URL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BodyTooLargeError, DEFAULT_MAX_BYTES, readBodyCapped } from '../load/read-body.js';
import { publishingMessages } from '../i18n/publishing.js';

/** The language of what the commands say of unusable input (`--lang`, set once by `main`). */
let said = publishingMessages('en').unusable;
export function setMessagesLanguage(lang: string): void {
  said = publishingMessages(lang).unusable;
}

/** A system error in the reader's words: `ENOENT` → "no such file or folder". */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? said.reason(code) : (error as Error).message;
}

/** Writes a file the command was asked to write; a failure is unusable input, said, not a stack trace. */
export function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UnusableInput(said.cannotWrite(file, reasonOf(error)));
  }
}

/** Exit statuses: 0 done (warnings allowed), 1 records left out or invalid, 2 nothing usable. */
export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNUSABLE = 2;

/** Input that gives nothing to work on: exit status 2. */
export class UnusableInput extends Error {}

export interface Options {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArguments(argv: string[]): Options {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '-o') {
      flags.set('output', argv[++index] ?? '');
    } else if (argument.startsWith('--')) {
      const [name, inline] = argument.slice(2).split('=', 2) as [string, string | undefined];
      const takesValue = [
        'lang',
        'mapping',
        'publisher-id',
        'publisher-name',
        'output',
        'cluster',
        'role',
        'geocoder',
      ].includes(name);
      flags.set(name, inline ?? (takesValue ? (argv[++index] ?? '') : true));
    } else {
      positional.push(argument);
    }
  }
  return { positional, flags };
}

export async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new UnusableInput(said.unreachable(source, reasonOf(error)));
    }
    if (!response.ok) throw new UnusableInput(said.httpStatus(source, response.status));
    // Read as the page reads a feed: stopped at the cap, not after filling the memory.
    try {
      return await readBodyCapped(response, DEFAULT_MAX_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        throw new UnusableInput(said.overCap(source, DEFAULT_MAX_BYTES / 1024 / 1024));
      throw new UnusableInput(said.unreachable(source, reasonOf(error)));
    }
  }
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    throw new UnusableInput(said.unreadable(source, reasonOf(error)));
  }
}

export function parseJson(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    // The engine's message is in English: only where it points is kept, as a line and a column.
    const position = /at position (\d+)/.exec((error as Error).message);
    if (!position) throw new UnusableInput(said.notJson(source));
    const before = body.slice(0, Number(position[1]));
    const lineStart = before.lastIndexOf('\n') + 1;
    throw new UnusableInput(said.notJson(source, before.split('\n').length, before.length - lineStart + 1));
  }
}

/** A source that is not a Grappe feed at all. */
export function notAFeed(source: string): UnusableInput {
  return new UnusableInput(said.notAFeed(source));
}

/** `--lang`, else the environment's locale (French or English). */
export function languageOf(options: Options): string {
  const flag = options.flags.get('lang');
  if (typeof flag === 'string') return flag;
  const env = process.env['LC_ALL'] || process.env['LC_MESSAGES'] || process.env['LANG'] || 'en';
  return env.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Control characters a feed or a table could carry into a message (a heading, a cell): the
 * terminal would obey them (U+009B starts an escape sequence, a backspace rewrites what was
 * printed, a bidirectional override reorders it). Tab and newline are kept.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with its control characters shown as `\u009B`, `\u202E`…, never obeyed: the form JSON
 * uses too, so that a JSON report printed this way reads back as the same values.
 */
export function printable(text: string): string {
  return text.replace(
    TERMINAL_CONTROLS,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Every message the command prints goes through `printable` (the JSON it writes to stdout does not). */
export function guardTerminal(): void {
  for (const method of ['log', 'error', 'warn'] as const) {
    const original = console[method].bind(console);
    console[method] = (...values: unknown[]) =>
      original(...values.map((value) => (typeof value === 'string' ? printable(value) : value)));
  }
}
