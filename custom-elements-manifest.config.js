// The custom-elements manifest is generated from the elements' JSDoc: it feeds Storybook's
// docs, docs/REFERENCE.md and editors. The explorer's data and map options are declared once,
// in a list (components/grappe-explorer/explorer-options.ts): the plugin below documents them.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

async function explorerOptions() {
  const source = readFileSync(new URL('./components/grappe-explorer/explorer-options.ts', import.meta.url), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.EXPLORER_OPTIONS;
}

const OPTIONS = await explorerOptions();

/** Adds the options of EXPLORER_OPTIONS to `GrappeExplorer`'s fields and attributes. */
const explorerOptionsPlugin = {
  name: 'grappe-explorer-options',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.name !== 'GrappeExplorer') continue;
        declaration.members ??= [];
        declaration.attributes ??= [];
        for (const option of OPTIONS) {
          const type = { text: option.default === null ? 'string | null' : option.type };
          const targets = option.targets.map((target) => `<grappe-${target}>`).join(', ');
          const description = `${option.doc} (Passed to ${targets}.)`;
          const defaultText = JSON.stringify(option.default);
          declaration.members.push({
            kind: 'field',
            name: option.property,
            type,
            default: defaultText,
            description,
            attribute: option.attribute,
            ...(option.reflect ? { reflects: true } : {}),
          });
          declaration.attributes.push({
            name: option.attribute,
            type,
            default: defaultText,
            description,
            fieldName: option.property,
          });
        }
      }
    }
  },
};

export default {
  globs: ['components/*/*.component.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [explorerOptionsPlugin],
};
