#!/usr/bin/env node
// Writes the tables of the built-in vocabularies into FORMAT.md and FORMAT.fr.md (between the
// `vocabularies` markers) from src/schema/vocabularies.ts, through the build: the guide cannot
// drift from the code. `--check` fails when a guide is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const {
  ALL_VOCABULARIES,
  CLUSTER_DIMENSION_IDS,
  CSV_TABLES,
  FEED_KEY_HEADINGS,
  TABLE_FILE_NAMES,
  VOCABULARY_COLUMNS,
  headingOf,
  tableColumns,
} = await import(join(root, 'dist/index.js'));

const FIELD = {
  'organisation-kind': 'organisations[].kind',
  'size-class': 'organisations[].size',
  'member-role': 'memberships[].role',
  'cooperation-level': 'cooperations[].level',
  'cooperation-purpose': 'cooperations[].purposes',
  'cooperation-stage': 'cooperations[].stage',
  'cooperation-governance': 'cooperations[].governance',
  'territory-kind': 'territories[].kind',
  'indicator-metric': 'clusters[].indicators[].metric',
};

function tables(lang) {
  const other = lang === 'fr' ? 'en' : 'fr';
  return ALL_VOCABULARIES.map((vocabulary) => {
    const field = CLUSTER_DIMENSION_IDS.includes(vocabulary.id)
      ? `clusters[].${vocabulary.id}`
      : (FIELD[vocabulary.id] ?? vocabulary.id);
    const notes = [
      vocabulary.ordered ? (lang === 'fr' ? 'ordonné' : 'ordered') : '',
      vocabulary.open ? (lang === 'fr' ? 'ouvert' : 'open') : '',
    ]
      .filter(Boolean)
      .join(', ');
    const head = `### ${vocabulary.label[lang]} — \`${field}\`${notes ? ` (${notes})` : ''}\n\n| code | ${lang === 'fr' ? 'libellé' : 'label'} | ${other} |\n|---|---|---|\n`;
    return (
      head +
      vocabulary.terms.map((term) => `| \`${term.id}\` | ${term.label[lang]} | ${term.label[other]} |`).join('\n')
    );
  }).join('\n\n');
}

/**
 * Every table of the spreadsheet import and each of its columns: the French heading, the
 * column's own name, the other names the import takes, and the vocabulary whose labels it reads.
 */
function spreadsheetTables(lang) {
  const fr = lang === 'fr';
  const code = (text) => `\`${text}\``;
  const sections = CSV_TABLES.map((table) => {
    const names = TABLE_FILE_NAMES[table];
    const files = [names.fr, names.en, ...(names.aliases ?? [])].filter((name, at, all) => all.indexOf(name) === at);
    const title = `#### ${files.map((name) => code(`${name}.csv`)).join(fr ? ' ou ' : ' or ')}`;
    if (table === 'feed') {
      const rows = Object.entries(FEED_KEY_HEADINGS).map(([key, french]) => `| ${french} | ${code(key)} |`);
      return `${title}\n\n${fr ? 'Deux colonnes, clé et valeur ; une ligne par clé :' : 'Two columns, key and value; a row per key:'}\n\n| ${fr ? 'clé (français)' : 'key (French)'} | ${fr ? 'clé (anglais)' : 'key (English)'} |\n|---|---|\n${rows.join('\n')}`;
    }
    const columns = tableColumns(table, [], 'fr').map((column) => column.name);
    if (table === 'clusters') columns.push('siren', 'siret');
    const vocabularies = VOCABULARY_COLUMNS[table] ?? {};
    const rows = columns.map((column) => {
      const heading = headingOf(table, column);
      const others = (heading?.aliases ?? []).map(code).join(', ');
      const vocabulary = vocabularies[column];
      const values = vocabulary ? `${fr ? 'libellés de' : 'labels of'} « ${vocabulary.label[lang]} »` : '';
      return `| ${heading ? heading.fr : column} | ${code(column)} | ${others} | ${values} |`;
    });
    const head = fr
      ? '| colonne (français) | colonne (anglais) | aussi lue sous le nom | valeurs |'
      : '| column (French) | column (English) | also read as | values |';
    return `${title}\n\n${head}\n|---|---|---|---|\n${rows.join('\n')}`;
  });
  return sections.join('\n\n');
}

const check = process.argv.includes('--check');
let stale = false;
for (const [file, lang] of [
  ['FORMAT.md', 'en'],
  ['FORMAT.fr.md', 'fr'],
]) {
  const path = join(root, file);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    continue;
  }
  const updated = text
    .replace(
      /<!-- vocabularies:start -->[\s\S]*<!-- vocabularies:end -->/,
      `<!-- vocabularies:start -->\n${tables(lang)}\n<!-- vocabularies:end -->`,
    )
    .replace(
      /<!-- tables:start -->[\s\S]*<!-- tables:end -->/,
      `<!-- tables:start -->\n${spreadsheetTables(lang)}\n<!-- tables:end -->`,
    );
  if (updated !== text) {
    stale = true;
    if (!check) writeFileSync(path, updated);
    console.log(`${file}: vocabulary tables ${check ? 'out of date' : 'updated'}`);
  }
}
if (check && stale) process.exit(1);
