// ESLint: typescript-eslint with type info, react-hooks, and one import zone per layer (app → features → shared → core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexpPlugin from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // core is pure: no React, no Monaco, nothing from app, features or shared.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'core is React-free' },
            {
              group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
              message: 'core is Monaco-free',
            },
            {
              group: [
                '**/app/**',
                '**/features/**',
                '**/src/shared/**',
                '../../shared/*',
                '../../app/*',
                '../../features/*',
              ],
              message: 'imports flow app → features → shared → core',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/shared/**/*.{ts,tsx}', 'src/*.tsx'],
    ignores: ['src/shared/code-editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['jose'], message: 'only src/core imports jose' },
            { group: ['@sd-jwt/*'], message: 'only src/core imports @sd-jwt' },
            {
              group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
              message: 'only shared/code-editor imports Monaco',
            },
          ],
        },
      ],
    },
  },
  {
    // Issue 16: no regular expression on user text may backtrack super-linearly (a pasted token froze the tab
    // for seconds). A justified disable says why the input it runs on is bounded.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { regexp: regexpPlugin },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
