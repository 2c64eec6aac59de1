/**
 * The shape of the publishers' catalogue (publishing.ts): what the spreadsheet import, the
 * command line and the publishing page say, one function or text per message.
 */
import type { ImportProblemCode } from '../csv/spreadsheet-import.js';

export type Params = Readonly<Record<string, string | number | readonly string[]>>;

export interface PublishingMessages {
  /** Where a problem is: `adhesions.csv, ligne 7, colonne « Rôle » : `. */
  where: (file: string, line?: number, column?: string) => string;
  /** Coordinates that look swapped, said of a table's Longitude and Latitude columns (not of GeoJSON's order). */
  swappedColumns: string;
  /** An e-mail cell that is no address (the visitors' catalogue says it is no http, mailto… link). */
  notAnEmail: (value: string) => string;
  /** A field of the feed with no flux.csv to read it from: where to write it. */
  toWrite: (file: string, key: string) => string;
  /** A line of a table, as a count's first case names it (`ligne 3`). */
  line: (line: number) => string;
  /** After the first codes of a long list. */
  andOthers: (count: number) => string;
  /** A list of names: `a, b et c`. */
  list: (items: readonly string[]) => string;
  quote: (text: string) => string;
  importProblems: Record<
    ImportProblemCode,
    (params: Params, vocabularyName: string, list: (items: readonly string[]) => string) => string
  >;
  /** "Did you mean …?" after an unknown value. */
  didYouMean: (labels: string) => string;
  /** A value of another column's vocabulary (« PME », a size, typed as a type). */
  belongsElsewhere: (vocabulary: string) => string;
  /** The allowed labels of a vocabulary, complete or cut with a pointer to FORMAT.fr.md. */
  allowed: (labels: string) => string;
  /** `3 clusters, 12 organisations, 14 adhésions`. */
  counts: (clusters: number, organisations: number, memberships: number) => string;
  /** The last line: `7 clusters, 4 organisations ; 2 erreurs… ; 1 fiche écartée (57 ms)`. */
  report: (parts: readonly string[], milliseconds: number) => string;
  /** `2 erreurs, 1 avertissement, 3 remarques`. */
  summary: (errors: number, warnings: number, notices: number) => string;
  /** After the first lines of one kind of problem: `… et 1 019 autres du même genre`. */
  moreOfKind: (count: number) => string;
  /** `1 fiche écartée`. */
  dropped: (count: number) => string;
  written: (file: string) => string;
  /** Nothing usable read (no cluster kept): the feed is not written. */
  notWritten: string;
  /** `grappe export`'s last line. */
  exported: (count: number, folder: string) => string;
  useImport: (source: string) => string;
  /** The command line's usage (`grappe --help`, `grappe import --help`). */
  usage: string;
  /** A command that is none of the usage's. */
  unknownCommand: (command: string) => string;
  /** A `--lang` this catalogue does not have: said, and English used. */
  unknownLanguage: (lang: string) => string;
  /** What a file or an address the command line was given could not be. */
  unusable: {
    unreachable: (source: string, detail: string) => string;
    httpStatus: (source: string, status: number) => string;
    overCap: (source: string, megabytes: number) => string;
    unreadable: (source: string, reason: string) => string;
    /** Not JSON; where, when the parser said. */
    notJson: (source: string, line?: number, column?: number) => string;
    notAFeed: (source: string) => string;
    cannotWrite: (file: string, reason: string) => string;
    /** What a command needs and was not given: its source, `--mapping`'s file, `-o`'s file or folder. */
    missing: (what: 'source' | 'mapping' | 'output' | 'export') => string;
    /** A system error's code in words (`ENOENT`…), else the code. */
    reason: (code: string) => string;
  };
  /** Without `--geocode`: how to place the records that have only an address. */
  /** Records with an address and no coordinates, without --geocode; `first` says where the first is (`clusters.csv, ligne 3`). */
  placeAdvice: (count: number, first?: string) => string;
  /** `--geocoder` given without `--geocode`: nothing is looked up. */
  geocoderWithoutGeocode: string;
  /** `--geocoder` given something that is not a web address. */
  badGeocoder: (value: string) => string;
  /** No publisher given by flags or flux.csv: the feed says `publisher`. */
  defaultPublisher: string;
  /** The publisher's name the feed carries when none is given (shown to visitors: « déclaré par … »). */
  defaultPublisherName: string;
  geocoded: (placed: number, asked: number, seconds: number) => string;
  /** The publishing page (`<grappe-publisher>`). */
  page: {
    title: string;
    privacy: string;
    drop: string;
    choose: string;
    readTitle: string;
    columns: { file: string; table: string; rows: string; recognised: string; ignored: string };
    tableNames: Readonly<Record<string, string>>;
    remove: (file: string) => string;
    problemsTitle: (count: number) => string;
    noProblem: string;
    showRow: (line: number) => string;
    sourceTitle: (file: string) => string;
    moreRows: (count: number) => string;
    placeTitle: string;
    missing: (count: number) => string;
    place: (count: number) => string;
    cancel: string;
    placing: (done: number, total: number) => string;
    placed: (placed: number, asked: number) => string;
    cancelled: string;
    previewTitle: string;
    nothingYet: string;
    downloadTitle: string;
    downloadFeed: string;
    downloadTable: (file: string) => string;
    tablesLanguage: string;
  };
}
