// ESLint for the whole tree (the root eslint.config.js uses this file, so that typescript-eslint and
// the TypeScript 5 it needs resolve from this workspace). Recommended rules of ESLint,
// typescript-eslint, eslint-plugin-lit and eslint-plugin-lit-a11y, with the project's own few:
// no `unsafeHTML` and no `eval` (SECURITY.md), no `.only` left in tests.
import './typescript-5.js';
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated or recorded files (what .gitignore leaves out, and data kept as it came).
    ignores: [
      'dist/',
      'demo-dist/',
      'bench/peers-cache/',
      'tmp/',
      'layout-report/',
      'examples/eleventy/_site/',
      'coverage/',
      '**/node_modules/',
      'test/corpus/',
      'test/fixtures/',
      '**/__snapshots__/',
      'bench/baseline/',
      'test/react-app/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node, ...globals.mocha}},
    rules: {
      // Data is text, never HTML: no directive that renders a string as markup, no eval.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'Untrusted data is rendered as text (SECURITY.md).'},
            {name: 'lit/directives/unsafe-svg.js', message: 'Untrusted data is rendered as text (SECURITY.md).'},
          ],
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        {object: 'describe', property: 'only'},
        {object: 'it', property: 'only'},
        {object: 'describe', property: 'skip'},
        {object: 'it', property: 'skip'},
      ],
      // `_name` for a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
      // Finding and escaping control characters is what the patterns that name them are for.
      'no-control-regex': 'off',
    },
  },
  {
    // Chai's assertions are property reads (`expect(x).to.exist`); tests may take data as `any`.
    files: ['test/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off'},
  },
  {
    // The benchmark's pages load the other libraries as globals; Chromium runs it with --expose-gc.
    files: ['bench/**'],
    languageOptions: {globals: {vis: 'readonly', TimelinesChart: 'readonly', gc: 'readonly'}},
  },
);
