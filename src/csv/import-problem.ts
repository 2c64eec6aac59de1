/**
 * What the spreadsheet import says of the tables it reads (a problem, with its file, line and
 * column) and where each record came from. The messages are in i18n/publishing.ts.
 */

export type ImportProblemCode =
  | 'unknown-table'
  | 'unreadable-file'
  | 'unsupported-format'
  | 'not-text'
  | 'duplicate-table'
  | 'duplicate-table-named'
  | 'unknown-column'
  | 'duplicate-column'
  | 'unknown-value'
  | 'new-value'
  | 'invalid-date'
  | 'coordinate-converted'
  | 'coordinate-without-decimals'
  | 'unknown-country'
  | 'postcode-repaired'
  | 'phone-repaired'
  | 'value-completed'
  | 'ambiguous-reference'
  | 'identifier-kept'
  | 'duplicate-membership'
  | 'ids-from-names'
  | 'id-case-twin'
  | 'references-by-name'
  | 'unknown-cluster'
  | 'workbook-too-large'
  | 'too-many-columns'
  | 'extra-cells'
  | 'cells-rejoined'
  | 'unclosed-quote'
  | 'unclosed-quote-kept'
  | 'file-too-large'
  | 'values-cut'
  | 'total-row'
  | 'open-twice'
  | 'scientific-notation'
  | 'title-rows'
  | 'memberships-in-organisations'
  | 'text-after-quote'
  | 'too-many-rows'
  | 'bad-more'
  | 'windows-1252'
  | 'no-clusters'
  | 'geocoded-town'
  | 'geocode-low-score'
  | 'geocode-not-found'
  | 'geocode-failed'
  | 'geocode-failed-many';

/** Something the import did not read as typed: where, and what. */
export interface ImportProblem {
  severity: 'error' | 'warning' | 'notice';
  code: ImportProblemCode;
  file: string;
  line?: number;
  /** The column's heading as written in the file. */
  column?: string;
  params?: Record<string, string | number | readonly string[]>;
}

/** Where a record of the feed came from. */
export interface RowOrigin {
  file: string;
  line: number;
  /** The file's heading of each column the record was read from, by column name (`email` → `Courriel`). */
  headings: ReadonlyMap<string, string>;
}
