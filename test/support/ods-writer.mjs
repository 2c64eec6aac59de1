// Writes an OpenDocument spreadsheet (.ods) as LibreOffice Calc saves one, for the tests of the
// import: the `mimetype` part first and stored, styles and column declarations before the rows,
// each empty run of cells as one repeated cell, the sheet filled out to LibreOffice's edge (a
// last row repeated 1,048,5xx times), numbers as a typed value beside the text shown (in French:
// `3,5`), dates the same way, comments inside the cell they annotate.
import { strToU8, zipSync } from 'fflate';

const NAMESPACES = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'dc="http://purl.org/dc/elements/1.1/"',
  'calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
]
  .map((namespace) => `xmlns:${namespace}`)
  .join(' ');

const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell's paragraphs, as LibreOffice writes runs of spaces (`<text:s text:c="3"/>`). */
function paragraphs(text) {
  return String(text)
    .split('\n')
    .map(
      (line) =>
        `<text:p>${escape(line).replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`)}</text:p>`,
    )
    .join('');
}

/**
 * A cell: a string; `{ number, shown }` (shown defaults to the French display); `{ date: 'AAAA-MM-JJ', shown }`;
 * `{ percent }`; `{ boolean }`; `{ text, comment }`; `null` for an empty cell.
 */
function cellXml(cell) {
  if (cell === null || cell === undefined || cell === '') return { empty: true };
  if (typeof cell === 'string')
    return {
      xml: `<table:table-cell office:value-type="string" calcext:value-type="string">${paragraphs(cell)}</table:table-cell>`,
    };
  if ('number' in cell) {
    const shown = cell.shown ?? String(cell.number).replace('.', ',');
    return {
      xml: `<table:table-cell office:value-type="float" office:value="${cell.number}" calcext:value-type="float">${paragraphs(shown)}</table:table-cell>`,
    };
  }
  if ('date' in cell) {
    const [year, month, day] = cell.date.slice(0, 10).split('-');
    const shown = cell.shown ?? `${day}/${month}/${year}`;
    return {
      xml: `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${cell.date}" calcext:value-type="date">${paragraphs(shown)}</table:table-cell>`,
    };
  }
  if ('percent' in cell)
    return {
      xml: `<table:table-cell office:value-type="percentage" office:value="${cell.percent}" calcext:value-type="percentage">${paragraphs(`${String(cell.percent * 100).replace('.', ',')} %`)}</table:table-cell>`,
    };
  if ('boolean' in cell)
    return {
      xml: `<table:table-cell office:value-type="boolean" office:boolean-value="${cell.boolean}" calcext:value-type="boolean">${paragraphs(cell.boolean ? 'VRAI' : 'FAUX')}</table:table-cell>`,
    };
  return {
    xml: `<table:table-cell office:value-type="string" calcext:value-type="string"><office:annotation><dc:date>2026-11-30T10:00:00</dc:date><text:p>${escape(cell.comment)}</text:p></office:annotation>${paragraphs(cell.text)}</table:table-cell>`,
  };
}

function rowXml(cells) {
  let xml = '<table:table-row table:style-name="ro1">';
  let empty = 0;
  const flush = () => {
    if (empty === 1) xml += '<table:table-cell/>';
    else if (empty > 1) xml += `<table:table-cell table:number-columns-repeated="${empty}"/>`;
    empty = 0;
  };
  for (const cell of cells) {
    const { xml: cellText, empty: isEmpty } = cellXml(cell);
    if (isEmpty) empty += 1;
    else {
      flush();
      xml += cellText;
    }
  }
  empty += 1024 - cells.length;
  flush();
  return `${xml}</table:table-row>`;
}

/** The content.xml of `sheets` ([{ name, rows: cell[][] }]). */
export function odsContent(sheets) {
  const tables = sheets
    .map(({ name, rows }) => {
      const width = Math.max(1, ...rows.map((row) => row.length));
      let body = '';
      let blank = 0;
      for (const row of rows) {
        if (row.every((cell) => cell === null || cell === undefined || cell === '')) {
          blank += 1;
          continue;
        }
        if (blank > 0)
          body += `<table:table-row table:style-name="ro1"${blank > 1 ? ` table:number-rows-repeated="${blank}"` : ''}><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`;
        blank = 0;
        body += rowXml(row);
      }
      const rest = 1048576 - rows.length;
      return (
        `<table:table table:name="${escape(name)}" table:style-name="ta1">` +
        `<table:table-column table:style-name="co1" table:number-columns-repeated="${width}" table:default-cell-style-name="Default"/>` +
        `<table:table-column table:style-name="co1" table:number-columns-repeated="${1024 - width}" table:default-cell-style-name="Default"/>` +
        body +
        `<table:table-row table:style-name="ro1" table:number-rows-repeated="${rest}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
        '</table:table>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<office:document-content ${NAMESPACES} office:version="1.3">` +
    '<office:scripts/><office:automatic-styles>' +
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.258cm"/></style:style>' +
    '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year/></number:date-style>' +
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>' +
    '</office:automatic-styles><office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/>' +
    tables +
    '<table:named-expressions/></office:spreadsheet></office:body></office:document-content>'
  );
}

/** The bytes of an .ods file holding `sheets`. */
export function odsBytes(sheets, content = odsContent(sheets)) {
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(content),
      'META-INF/manifest.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    },
    { level: 6 },
  );
}
