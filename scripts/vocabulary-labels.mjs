// The built-in vocabularies (src/schema/vocabularies.ts) hold every label in French and English,
// side by side, which is how their maintainers read and review them. The English-only script-tag
// bundles and the feed worker should not carry the French: this build step reads the labels
// with TypeScript's parser, gives the bundles a copy of the module without them, and gives
// `locales/fr.js` the French labels, which the bundles put back when French loads
// (`addVocabularyLabels`). The npm modules, the CLI and the publisher's bundle keep the module
// as it is written.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Every French label of `source` (the text of vocabularies.ts), keyed `vocabulary` or
 * `vocabulary/term`, and the source with each French label made an empty string.
 */
export function splitFrenchVocabularyLabels(source) {
  const file = ts.createSourceFile('vocabularies.ts', source, ts.ScriptTarget.Latest, true);
  const labels = {};
  const cuts = [];
  const text = (node) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'vocabulary') {
      const [idNode, labelNode, termsNode] = node.arguments;
      const id = text(idNode);
      const french =
        labelNode && ts.isObjectLiteralExpression(labelNode)
          ? labelNode.properties.find((property) => property.name?.getText(file) === 'fr')
          : undefined;
      if (!id || !french || !ts.isPropertyAssignment(french) || text(french.initializer) === undefined) {
        throw new Error(`vocabulary-labels: a vocabulary() call without a literal id and French label at ${node.pos}`);
      }
      labels[id] = text(french.initializer);
      cuts.push(french.initializer);
      for (const term of termsNode && ts.isArrayLiteralExpression(termsNode) ? termsNode.elements : []) {
        const [termId, termFrench] = ts.isArrayLiteralExpression(term) ? term.elements : [];
        if (text(termId) === undefined || text(termFrench) === undefined) {
          throw new Error(`vocabulary-labels: a term of "${id}" is not [id, French, English] literals`);
        }
        labels[`${id}/${text(termId)}`] = text(termFrench);
        cuts.push(termFrench);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) throw new Error('vocabulary-labels: no vocabulary() call found; review the build step.');
  let stripped = source;
  for (const node of cuts.sort((a, b) => b.getStart(file) - a.getStart(file))) {
    stripped = `${stripped.slice(0, node.getStart(file))}''${stripped.slice(node.getEnd())}`;
  }
  return { labels, stripped };
}

const isVocabularies = (id) => id.replace(/\\/g, '/').endsWith('/src/schema/vocabularies.ts');
const isFrenchLocale = (id) => id.replace(/\\/g, '/').endsWith('/src/i18n/locales/fr.ts');

/** The rollup plugin for the English-only bundles and the worker: vocabularies without French. */
export function vocabulariesWithoutFrench() {
  return {
    name: 'vocabularies-without-french',
    transform(code, id) {
      return isVocabularies(id) ? { code: splitFrenchVocabularyLabels(code).stripped, map: null } : null;
    },
  };
}

/** The rollup plugin for `locales/fr.js`: the French labels of the vocabularies, beside the texts. */
export function frenchVocabularyLabels(vocabulariesFile) {
  return {
    name: 'french-vocabulary-labels',
    transform(code, id) {
      if (!isFrenchLocale(id)) return null;
      const { labels } = splitFrenchVocabularyLabels(readFileSync(vocabulariesFile, 'utf8'));
      return { code: `${code}\nexport const vocabularyLabels = ${JSON.stringify(labels)};\n`, map: null };
    },
  };
}
