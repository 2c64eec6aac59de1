#!/usr/bin/env node
// Writes the tables of the built-in vocabularies into FORMAT.md and FORMAT.fr.md (between the
// `vocabularies` markers) from src/schema/vocabularies.ts, through the build: the guide cannot
// drift from the code. `--check` fails when a guide is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ALL_VOCABULARIES, CLUSTER_DIMENSION_IDS } = await import(join(root, 'dist/index.js'));

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
  const updated = text.replace(
    /<!-- vocabularies:start -->[\s\S]*<!-- vocabularies:end -->/,
    `<!-- vocabularies:start -->\n${tables(lang)}\n<!-- vocabularies:end -->`,
  );
  if (updated !== text) {
    stale = true;
    if (!check) writeFileSync(path, updated);
    console.log(`${file}: vocabulary tables ${check ? 'out of date' : 'updated'}`);
  }
}
if (check && stale) process.exit(1);
