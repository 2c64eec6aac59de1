// The custom-elements manifest is generated from the elements' JSDoc: it feeds Storybook's
// docs, the README's reference tables and editors.
export default {
  globs: ['components/*/*.component.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
