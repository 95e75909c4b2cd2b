import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Files of main/ that may import electron: the shell (window, IPC wiring, dialogs) and the entry. */
const SHELL_FILES = ['main/index.ts', 'main/shell/**'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: SHELL_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Domain modules stay free of Electron; only main/shell and main/index.ts use it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/quiz/**', 'main/scheduler/**', 'main/stats/**', 'main/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Domain modules stay free of Electron.' },
            { name: 'node:fs', message: 'Domain modules do no I/O; the store and the shell do.' },
            { name: 'node:fs/promises', message: 'Domain modules do no I/O; the store and the shell do.' },
            { name: 'lowdb', message: 'Only main/store uses lowdb.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*'],
              message: 'The renderer never reaches Node or Electron; it uses the API client.',
            },
            {
              group: ['**/main/**'],
              allowTypeImports: true,
              message: 'The renderer may import types from main/ (the API contract), never code.',
            },
          ],
        },
      ],
    },
  },
);
