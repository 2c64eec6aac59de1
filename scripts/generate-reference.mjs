#!/usr/bin/env node
// docs/REFERENCE.md from the custom-elements manifest (itself generated from the elements'
// JSDoc): attributes, properties, events, slots, parts and CSS properties of every element.
// Run by the build; `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const out = [
  '# Grappe elements: reference',
  '',
  'Generated from the elements’ JSDoc (`npm run build`); do not edit by hand.',
  '',
];
const declarations = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
declarations.sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const element of declarations) {
  out.push(`## \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), '');
  const attributes = (element.attributes ?? []).filter(
    (attribute) => attribute.name !== 'lang' || element.tagName === 'grappe-data',
  );
  if (attributes.length) {
    out.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const attribute of element.attributes ?? []) {
      const member = (element.members ?? []).find((candidate) => candidate.name === attribute.fieldName);
      out.push(
        `| \`${attribute.name}\` | \`${attribute.fieldName ?? ''}\` | ${cell(attribute.type?.text)} | ${cell(attribute.default)} | ${cell(attribute.description ?? member?.description)} |`,
      );
    }
    out.push('');
  }
  const methods = (element.members ?? []).filter(
    (member) =>
      member.kind === 'method' &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !member.static &&
      member.description,
  );
  const properties = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.attribute &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !member.static &&
      member.description,
  );
  if (properties.length || methods.length) {
    out.push('| property or method | description |', '|---|---|');
    for (const member of [...properties, ...methods])
      out.push(`| \`${member.name}${member.kind === 'method' ? '()' : ''}\` | ${cell(member.description)} |`);
    out.push('');
  }
  for (const [title, list] of [
    ['event', element.events],
    ['slot', element.slots],
    ['CSS part', element.cssParts],
    ['CSS custom property', element.cssProperties],
  ]) {
    if (!list?.length) continue;
    out.push(`| ${title} | description |`, '|---|---|');
    for (const entry of list) out.push(`| \`${entry.name || '(default)'}\` | ${cell(entry.description)} |`);
    out.push('');
  }
}
const text = `${out.join('\n')}\n`;
const path = join(root, 'docs/REFERENCE.md');
if (process.argv.includes('--check')) {
  if (readFileSync(path, 'utf8') !== text) {
    console.error('docs/REFERENCE.md is out of date: run npm run build');
    process.exit(1);
  }
} else {
  writeFileSync(path, text);
}
