/**
 * The import's problems and the validator's, as the lines the command line and the publishing
 * page print: where (file, line, column), then what, in the publishers' words (publishing.ts).
 */
import type { ImportProblem } from '../csv/spreadsheet-import.js';
import { nearestLabels } from '../csv/cell-values.js';
import { FEED_KEY_HEADINGS, headingOf, tableOfName } from '../csv/headings.js';
import { getVocabulary } from '../schema/vocabularies.js';
import { formatJsonPath, type FeedProblem } from '../validate/problems.js';
import { describeProblem } from './index.js';
import { publishingMessages, shortList } from './publishing.js';

/**
 * A validator's problem as a line, at its file, line and column when the import knows them
 * (`locate`), at its JSON path otherwise.
 */
export function describeFeedProblemAt(
  where: {
    file?: string | undefined;
    line?: number | undefined;
    column?: string | undefined;
    toWrite?: boolean | undefined;
    /** The line of the record an id was first given to (`duplicate-id`). */
    firstLine?: number | undefined;
  } | null,
  problem: FeedProblem,
  lang: string | null | undefined,
): string {
  if (!where?.file) return `${formatJsonPath(problem.path)}: ${describeProblem(problem, lang)}`;
  const messages = publishingMessages(lang);
  const french = messages === publishingMessages('fr');
  // The problem said with some of its parameters replaced: a field named as the table names it.
  const saidWith = (params: NonNullable<FeedProblem['params']>) =>
    describeProblem({ ...problem, params: { ...problem.params, ...params } }, lang);
  const field = String(problem.params?.['field']);
  // A field of the feed itself when no flux.csv was given: where to write it, not a table that is not there.
  // Its key as flux.csv's French column names it (`publisher_url` → « Site de l'éditeur »).
  if (where.toWrite) {
    const key = french && where.column ? (FEED_KEY_HEADINGS[where.column] ?? where.column) : (where.column ?? '');
    return `${messages.toWrite(where.file, key)}${problem.code === 'recommended-missing' ? saidWith({ field: key }) : describeProblem(problem, lang)}`;
  }
  const prefix = messages.where(where.file, where.line, where.column);
  if (problem.code === 'duplicate-id' && where.firstLine !== undefined)
    return `${prefix}${saidWith({ first: messages.line(where.firstLine) })}`;
  // In a table, coordinates are two columns: GeoJSON's [lon, lat] order means nothing there.
  if (problem.code === 'coordinates-swapped') return `${prefix}${messages.swappedColumns}`;
  if (problem.code === 'unsafe-url' && problem.path.at(-1) === 'email')
    return `${prefix}${messages.notAnEmail(String(problem.params?.['value'] ?? ''))}`;
  // A count over a table's rows is said of the column, its first case by its line, not a JSON path.
  // The field is named as the table's heading (« Type », « Site web »), not as the feed's key.
  if (problem.code === 'recommended-missing' && where.line !== undefined) {
    const heading = headingOfField(String(problem.params?.['kind']), field, french);
    return `${messages.where(where.file, undefined, where.column)}${saidWith({ field: heading, first: messages.line(where.line) })}`;
  }
  // A required field missing from a row (its column as typed), or the row left out for it.
  const collection = problem.path[0];
  if ((problem.code === 'missing-field' || problem.code === 'record-dropped') && typeof collection === 'string') {
    const column = problem.code === 'missing-field' ? where.column : undefined;
    return `${prefix}${saidWith({ field: column ?? headingOfField(collection, field, french) })}`;
  }
  return `${prefix}${describeProblem(problem, lang)}`;
}

/** The heading a table gives a feed field (`kind` → `Type` in French; `location` → its two columns). */
function headingOfField(collection: string, field: string, french: boolean): string {
  const table = tableOfName(collection);
  const heading = (column: string) => (french && table ? (headingOf(table, column)?.fr ?? column) : column);
  return field === 'location' ? `${heading('longitude')}/${heading('latitude')}` : heading(field);
}

/** One import problem as a line: where, then what (`adhesions.csv, ligne 7 : l'adhésion …`). */
export function describeImportProblem(problem: ImportProblem, lang: string | null | undefined): string {
  const messages = publishingMessages(lang);
  const language = messages === publishingMessages('fr') ? 'fr' : 'en';
  const vocabulary =
    typeof problem.params?.['vocabulary'] === 'string' ? getVocabulary(problem.params['vocabulary']) : undefined;
  let text = messages.importProblems[problem.code](
    problem.params ?? {},
    vocabulary?.label[language] ?? '',
    messages.list,
  );
  const elsewhere =
    typeof problem.params?.['elsewhere'] === 'string' ? getVocabulary(problem.params['elsewhere']) : undefined;
  const near = problem.params?.['near'];
  if (problem.code === 'unknown-column' && typeof near === 'string') {
    // The column it was probably meant to be, by the heading the reader's language writes.
    const table = tableOfName(String(problem.params?.['table']));
    const heading = language === 'fr' && table ? (headingOf(table, near)?.fr ?? near) : near;
    text += messages.didYouMean(messages.quote(heading));
  } else if (problem.code === 'unknown-value' && elsewhere)
    text += messages.belongsElsewhere(elsewhere.label[language]);
  else if (problem.code === 'unknown-value' && vocabulary) {
    const near = nearestLabels(vocabulary, String(problem.params?.['value'] ?? ''), language);
    text +=
      near.length > 0
        ? messages.didYouMean(messages.list(near.map(messages.quote)))
        : messages.allowed(
            shortList(
              vocabulary.terms.map((term) => term.label[language]),
              messages,
            ),
          );
  }
  return `${messages.where(problem.file, problem.line, problem.column)}${text}`;
}
