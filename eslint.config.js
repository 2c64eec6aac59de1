// npm run lint: typescript-eslint (type-aware where it pays), Lit's and web components' rules.
// Formatting is Prettier's business (npm run format); nothing here argues about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      '.cache/',
      'bench/feeds/',
      'bench/results/',
      'test-results/',
      'src/styles/leaflet.generated.ts',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Lit elements are registered by their own grappe-*.ts modules, through defineElement.
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: false, project: ['./tsconfig.cli.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // Chai's `expect(x).to.be.true` is an expression statement by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  // The benchmark's peer pages use Leaflet, markercluster and supercluster as a site would: from script tags.
  { files: ['bench/pages/baseline-page.js'], languageOptions: { globals: { L: 'readonly' } } },
  {
    files: ['bench/pages/handwritten-page.js'],
    languageOptions: { globals: { L: 'readonly', Supercluster: 'readonly' } },
  },
);
