// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/', 'docs-site/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Super-linear backtracking is a denial-of-service bug for a parser fed arbitrary text.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The playground page and its worker run in a browser, and the browser tests pass callbacks
    // that Playwright evaluates in the page. (no-undef only checks plain JS; tsc checks the TS.)
    files: ['playground/**', 'test/browser/**'],
    languageOptions: {
      globals: {
        self: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        getComputedStyle: 'readonly',
        URL: 'readonly',
        Blob: 'readonly',
        Worker: 'readonly',
        Option: 'readonly',
        Event: 'readonly',
      },
    },
  },
);
