/** The publishers' catalogue in English (publishing.ts gives it by language). */
import { describeValue } from '../validate/describe-value.js';
import { en as enVisitors } from './locales/en.js';
import { tableNames, termLabel } from './publishing-words.js';
import type { PublishingMessages } from './publishing-messages.js';

const enPlural = (count: number, one: string, other: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : other}`;

export const en: PublishingMessages = {
  where: (file, line, column) =>
    file === '' && line === undefined
      ? ''
      : `${file}${line !== undefined ? `, line ${line}` : ''}${column !== undefined ? `, column "${column}"` : ''}: `,
  line: (line) => `line ${line}`,
  toWrite: (file, key) => `to add in ${file} (key "${key}"): `,
  notAnEmail: (value) =>
    `"${describeValue(value)}" is not an e-mail address (name@domain.org); it is shown as text, without a link.`,
  swappedColumns:
    'longitude and latitude look swapped (swapped, they put the record near the others, or in France as its address says): check both columns; kept as they are.',
  andOthers: enVisitors.andOthers,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`),
  quote: (text) => `"${describeValue(text)}"`,
  importProblems: {
    'unknown-table': (p) =>
      `file ignored: "${p['name']}" is the name of no table (tables read: ${tableNames('en')}, or their French names).`,
    'duplicate-table': (p) => `file ignored: the same table was already read from ${p['first']}.`,
    'duplicate-table-named': (p) =>
      `file ignored: ${p['named']} holds the same table under its exact name, and is read instead.`,
    'unsupported-format': (p) =>
      `file ignored: the ${p['format']} format is not read. Save this table as an .xlsx or .ods workbook, or as CSV.`,
    'not-text': () =>
      'this file is not a text table (CSV): an .xls workbook renamed, an image? Save it as .xlsx, .ods or CSV; ignored.',
    'unreadable-file': () =>
      'unreadable file: neither an Excel (.xlsx) or LibreOffice (.ods) workbook nor a GeoJSON FeatureCollection of points; ignored.',
    'values-cut': (p) =>
      `${Number(p['count']).toLocaleString('en')} values in this cell: only the first ${p['max']} are read.`,
    'file-too-large': (p) =>
      `file refused, not read: over ${Math.round(Number(p['max']) / 1048576)} MB, the largest a table may be. Remove the columns not needed, or spread the records over several feeds.`,
    'workbook-too-large': (p) =>
      p['limit'] === 'sheets'
        ? `workbook refused: more than ${p['max']} sheets.`
        : p['limit'] === 'cellsPerSheet'
          ? `workbook refused: a sheet spans more than ${Number(p['max']).toLocaleString('en')} cells (a stray cell far away, in column XFD or row 1,000,000? delete it).`
          : `workbook refused: more than ${Math.round(Number(p['max']) / 1048576)} MB unpacked.`,
    'too-many-columns': (p) => `more than ${p['max']} columns: the rest are ignored.`,
    'too-many-rows': (p) =>
      `more than ${Number(p['max']).toLocaleString('en')} rows: the rest are ignored (split the table, or publish a members file per cluster).`,
    'unknown-column': () => 'unknown column, ignored (each table’s columns are listed in FORMAT.md).',
    'duplicate-column': (p) => `column ignored: it repeats the column "${p['first']}".`,
    'unknown-value': (p, vocabulary) =>
      `"${describeValue(String(p['value']))}" is not a value of "${vocabulary}"; left out.`,
    'value-completed': (p, vocabulary) =>
      `"${describeValue(String(p['value']))}" read as "${termLabel(p, 'en')}", the value of "${vocabulary}" that begins so.`,
    'new-value': (p, vocabulary) =>
      `"${describeValue(String(p['value']))}" is not a predefined value of "${vocabulary}"; kept as written.`,
    'invalid-date': (p) =>
      p['reason'] === 'no-such-day'
        ? `date "${describeValue(String(p['value']))}": there is no such day (check the day and the month); left empty.`
        : `date "${describeValue(String(p['value']))}" not understood (forms read: DD/MM/YYYY, YYYY-MM-DD, MM/YYYY, "March 2012" or a year); left empty.`,
    'coordinate-converted': (p) =>
      `"${describeValue(String(p['value']))}" read as decimal degrees: ${Number(p['read']).toLocaleString('en', { maximumFractionDigits: 6 })}.`,
    'coordinate-without-decimals': (p) =>
      `"${describeValue(String(p['value']))}" cannot be a ${p['axis'] === 'latitude' ? 'latitude (at most 90)' : 'longitude (at most 180)'}: the spreadsheet probably lost the decimal point (${Number(p['read']).toLocaleString('en', { maximumFractionDigits: 12 })}?); the row's coordinates are left empty.`,
    'unknown-country': (p) =>
      `country "${describeValue(String(p['value']))}" not recognised (French or English name, or a code such as FR); left empty.`,
    'phone-repaired': (p) =>
      `number "${p['value']}": the spreadsheet probably lost its leading zero; read "${p['repaired']}".`,
    'postcode-repaired': (p) =>
      `postcode "${p['value']}": the spreadsheet probably lost its leading zero; read as "${p['repaired']}".`,
    'identifier-kept': () => 'column kept as the cluster’s identifier (identifiers).',
    'duplicate-membership': (p) =>
      `the membership of "${describeValue(String(p['organisation']))}" in "${describeValue(String(p['cluster']))}" is already on line ${p['first']}${p['firstFile'] ? ` of ${p['firstFile']}` : ''}; ${Array.isArray(p['merged']) && p['merged'].length > 0 ? `one membership, which takes ${p['merged'].map((column) => `"${describeValue(String(column))}"`).join(', ')} from this line.` : 'ignored.'}`,
    'extra-cells': (p) =>
      `${enPlural(Number(p['count']), p['value'] === '' ? 'empty cell' : 'cell', p['value'] === '' ? 'empty cells' : 'cells')} after the last of the ${p['columns']} columns${p['value'] === '' ? '' : ` (first: "${describeValue(String(p['value']))}")`}: a separator typed inside a cell? Ignored, and this row's columns may be shifted.`,
    'cells-rejoined': (p) =>
      `"${describeValue(String(p['value']))}" read as one cell: the "${describeValue(String(p['separator']))}" typed in it, without quotes around the cell, cut it in two and shifted the columns after it; check the row.`,
    'ambiguous-reference': (p) =>
      `"${describeValue(String(p['value']))}" may mean the ${p['kind'] === 'clusters' ? 'clusters' : 'organisations'} ${String(p['ids'])}${Number(p['more'] ?? 0) > 0 ? ` and ${enPlural(Number(p['more']), 'other', 'others')}` : ''}: give the id of the one you mean; not linked.`,
    'id-case-twin': (p) =>
      `id "${describeValue(String(p['id']))}" differs from "${describeValue(String(p['other']))}" (line ${p['first']}) only in letter case: two records, or one typed twice? Kept.`,
    'ids-from-names': (p) =>
      `${enPlural(Number(p['count']), 'row', 'rows')} without an id: the id is made from the name${p['kind'] === 'organisations' ? ' (or SIRET)' : ''} and changes when the name or the rows' order does: fill an "Identifier" column for lasting links.`,
    'references-by-name': (p) =>
      `${enPlural(Number(p['count']), 'row names its', 'rows name their')} ${p['kind'] === 'clusters' ? 'cluster by name' : 'organisation by name, SIRET'} or with different capital letters (first: "${describeValue(String(p['value']))}"): linked to ${Number(p['count']) > 1 ? 'their ids' : 'its id'}.`,
    'unknown-cluster': (p) =>
      p['id'] === ''
        ? 'a row without a cluster: it must name the id of a cluster in clusters.csv; left out.'
        : `no cluster "${describeValue(String(p['id']))}" in clusters.csv (its id is needed); row left out.`,
    'bad-more': () => 'this cell is not valid JSON; ignored.',
    'unclosed-quote': (p) =>
      `cell ${p['cell']} opens with a quote that is not closed where the cell ends: it swallowed the lines after it. The quote is read as a plain character, the lines after it as lines; check the cell (a spreadsheet saves a quote typed in a cell doubled).`,
    'unclosed-quote-kept': (p) =>
      `cell ${p['cell']} opens with a quote that is never closed, and the file has too many such quotes for all to be repaired: everything after it, to the end of the file, is read into this cell, and the lines after it are lost. Close the quote (a quote typed in a cell is written doubled: "").`,
    'memberships-in-organisations': (p) =>
      `column read as each organisation's cluster: ${enPlural(Number(p['count']), 'membership', 'memberships')} (with the row's role and dates, if any).`,
    'title-rows': (p) =>
      `headings read on this line; ${enPlural(Number(p['count']), 'title row', 'title rows')} above left out.`,
    'scientific-notation': (p) =>
      `"${describeValue(String(p['value']))}": the spreadsheet wrote this number in scientific notation and lost its last digits; left empty. Format the column as Text and type it again.`,
    'open-twice': (p) =>
      `"${describeValue(String(p['organisation']))}" already has on line ${p['first']} a membership of "${describeValue(String(p['cluster']))}" with no end: a date typed twice, or an end not written?`,
    'total-row': (p) => `a total row ("${describeValue(String(p['value']))}") left out: it is not a record.`,
    'text-after-quote': (p) =>
      `text after the quote that closes cell ${p['cell']} (as in "Le Moulin" Grappe): read without the quotes; check the cell.`,
    'windows-1252': () => 'read as Windows-1252 (what Excel’s "CSV (semicolon delimited)" writes); accents kept.',
    'no-clusters': (p) =>
      Array.isArray(p['files'])
        ? `no clusters table${p['files'].length > 0 ? ` among the files read (${p['files'].map(describeValue).join(', ')})` : ''}: add a clusters.csv file (or a "clusters" sheet), one row per cluster with at least its "Name" column.`
        : 'no cluster read: a clusters.csv table (or a "clusters" sheet) with at least one row is needed.',
    'geocoded-town': (p) =>
      `placed at the centre of the town (${describeValue(String(p['label']))}): the map shows it as approximate.`,
    'geocode-low-score': (p) =>
      `address "${describeValue(String(p['address']))}" found with little certainty ("${describeValue(String(p['found']))}", score ${p['score']}); not placed. Give a fuller address, or longitude and latitude.`,
    'geocode-not-found': (p) =>
      `address "${describeValue(String(p['address']))}" not found; not placed. Give a fuller address, or longitude and latitude.`,
    'geocode-failed-many': (p) =>
      `the geocoding service ${describeValue(String(p['service']))} did not answer (${describeValue(String(p['found']))}): ${enPlural(Number(p['count']), 'record', 'records')} with an address not placed, this one first. Try again later; they keep their address.`,
    'geocode-failed': (p) =>
      `the geocoding service did not answer (${describeValue(String(p['found']))}); not placed. Try again later.`,
  },
  didYouMean: (labels) => ` Did you mean ${labels}?`,
  belongsElsewhere: (vocabulary) => ` It is a value of "${vocabulary}": it belongs in that column.`,
  allowed: (labels) => ` Allowed values: ${labels}.`,
  counts: (clusters, organisations, memberships) =>
    `${enPlural(clusters, 'cluster', 'clusters')}, ${enPlural(organisations, 'organisation', 'organisations')}, ${enPlural(memberships, 'membership', 'memberships')}`,
  report: (parts, milliseconds) => `${parts.join('; ')} (${milliseconds.toLocaleString('en')} ms)`,
  summary: (errors, warnings, notices) =>
    `${enPlural(errors, 'error', 'errors')}, ${enPlural(warnings, 'warning', 'warnings')}, ${enPlural(notices, 'notice', 'notices')}`,
  moreOfKind: (count) => `… and ${enPlural(count, 'more', 'more')} of the same kind`,
  dropped: (count) => `${enPlural(count, 'record', 'records')} left out`,
  written: (file) => `feed written to ${file}`,
  notWritten: 'no feed written: a feed needs at least one cluster.',
  exported: (count, folder) => `${enPlural(count, 'table', 'tables')} written to ${folder}`,
  useImport: (source) =>
    `${source} is a spreadsheet or a folder of tables: use "grappe import ${source}" to make a feed of it.`,
  usage: `grappe: the Grappe feed tool
  grappe validate FILE|URL… [--json] [--lang fr|en]
  grappe schema
  grappe stats FILE|URL [--json]
  grappe import DIR|TABLE.csv|BOOK.xlsx|BOOK.ods [--geocode [--geocoder URL]] [--lang fr|en]
                [--publisher-id ID --publisher-name NAME] [-o feed.json]
  grappe import ACTORS.geojson --mapping MAPPING.json [-o feed.json]
  grappe export FEED -o DIR [--lang fr|en]
  grappe --version
exit codes: 0 valid (import: feed written), 1 invalid (import: something left out, an error ✘), 2 unusable input
messages in French with --lang fr, or a French LANG (LANG=fr_FR.UTF-8); tables and columns: FORMAT.md`,
  unknownCommand: (command) => `grappe: unknown command "${command}"`,
  unknownLanguage: (lang) => `grappe: no messages in "${lang}" (fr, en): English used.`,
  unusable: {
    unreachable: (source, detail) => `${source}: unreachable (${detail})`,
    httpStatus: (source, status) => `${source}: the server answered HTTP ${status}`,
    overCap: (source, megabytes) => `${source}: over ${megabytes} MB, not read`,
    unreadable: (source, reason) => `${source}: unreadable (${reason})`,
    notJson: (source, line, column) => `${source}: not valid JSON${line ? ` (line ${line}, column ${column})` : ''}`,
    notAFeed: (source) => `${source}: not a Grappe feed`,
    cannotWrite: (file, reason) => `${file}: cannot write this file (${reason})`,
    missing: (what) =>
      ({
        source: 'import: give a folder of tables (CSV, XLSX, ODS), a table, or a GeoJSON file.',
        mapping: 'import: --mapping needs a file (--mapping MAPPING.json).',
        output: '-o needs a file name (-o feed.json); without -o the feed goes to standard output.',
        export: 'export: grappe export FEED -o DIR [--lang fr|en]',
      })[what],
    reason: (code) =>
      ({
        ENOENT: 'no such file or folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EISDIR: 'is a folder',
        ENOTDIR: 'a part of the path is not a folder',
        ENOSPC: 'disk full',
      })[code] ?? code,
  },
  defaultPublisher:
    'no publisher given: the feed carries the id "publisher", which other feeds carry too. Give --publisher-id and --publisher-name, or a flux.csv table.',
  defaultPublisherName: 'Unnamed publisher',
  badGeocoder: (value) =>
    `--geocoder "${describeValue(value)}" is not a web address (http:// or https://); without the option, the Base Adresse Nationale is used.`,
  geocoderWithoutGeocode: '--geocoder is read with --geocode only: no address was looked up.',
  placeAdvice: (count, first) =>
    `${enPlural(count, 'record has', 'records have')} an address but no coordinates${first ? ` (${count === 1 ? '' : 'first: '}${first})` : ''}: run again with --geocode to place ${count === 1 ? 'it' : 'them'} (Base Adresse Nationale), or fill in the Longitude and Latitude columns.`,
  geocoded: (placed, asked, seconds) =>
    `geocoding: ${enPlural(placed, 'record', 'records')} placed of ${asked.toLocaleString('en')} (${seconds.toLocaleString('en', { maximumFractionDigits: 1 })} s)`,
  page: {
    title: 'Publish your clusters',
    privacy:
      'Your files stay in this browser: nothing is sent anywhere, except the addresses to the geocoding service (Base Adresse Nationale), and only if you ask to place the records.',
    drop: 'Drop your tables here (CSV, Excel .xlsx or LibreOffice .ods workbook, GeoJSON), or',
    choose: 'choose files',
    readTitle: 'What was read',
    columns: {
      file: 'File',
      table: 'Table',
      rows: 'Rows',
      recognised: 'Columns recognised',
      ignored: 'Columns ignored',
    },
    tableNames: {
      feed: 'publisher (feed)',
      taxonomies: 'taxonomies',
      territories: 'territories',
      clusters: 'clusters',
      indicators: 'indicators',
      projects: 'projects',
      events: 'events',
      organisations: 'organisations',
      memberships: 'memberships',
      cooperations: 'cooperations',
      networks: 'networks',
    },
    remove: (file) => `Remove ${file}`,
    problemsTitle: (count) => `${enPlural(count, 'point to check', 'points to check')}`,
    noProblem: 'Nothing to check: everything was read as written.',
    showRow: (line) => `show line ${line}`,
    sourceTitle: (file) => `Content of ${file}`,
    moreRows: (count) => `… and ${enPlural(count, 'more row', 'more rows')}`,
    placeTitle: 'Place on the map',
    missing: (count) =>
      count === 0
        ? 'Every record has coordinates or no address.'
        : `${enPlural(count, 'record has', 'records have')} an address but no coordinates.`,
    place: (count) =>
      `Place ${count === 1 ? 'this record' : `these ${count.toLocaleString('en')} records`} (Base Adresse Nationale)`,
    cancel: 'Cancel',
    placing: (done, total) => `Geocoding: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    placed: (placed, asked) => `${enPlural(placed, 'record', 'records')} placed of ${asked.toLocaleString('en')}.`,
    cancelled: 'Geocoding cancelled.',
    previewTitle: 'Preview',
    nothingYet: 'Drop at least the clusters table to see the preview.',
    downloadTitle: 'Download',
    downloadFeed: 'The feed (feed.json)',
    downloadTable: (file) => `Table ${file}`,
    tablesLanguage: 'Clean tables, with English headings:',
  },
};
