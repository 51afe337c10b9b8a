// ESLint: typescript-eslint with type info, react-hooks, and one import zone per layer (app → features → shared → core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexpPlugin from 'eslint-plugin-regexp';

const LIBRARY_RULES = [
  { group: ['jose'], message: 'only src/core imports jose' },
  { group: ['@sd-jwt/*'], message: 'only src/core imports @sd-jwt' },
];
const MONACO_RULE = {
  group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
  message: 'only shared/code-editor imports Monaco',
};
const CORE_ENTRY_RULE = {
  regex: '(^|/)core/[^/]+/(?!lazy$)(?!.*\\.(json|txt)(\\?raw)?$)',
  message:
    'import a core area through its entry: core/<area> (index.ts) or core/<area>/lazy (see src/core/README.md)',
};
const FEATURE_RULES = [
  {
    regex: '^\\.\\./(?!\\.\\./)[^/]+/',
    message: 'a feature imports no other feature: compose them in src/app',
  },
  { regex: '^(\\.\\./)+(app|features)/', message: 'features import neither app/ nor other features' },
];
const SHARED_RULES = [
  { regex: '^(\\.\\./)+(app|features)/', message: 'shared/ imports neither app/ nor features' },
];
// The same for import(): no-restricted-imports sees only static imports.
const DYNAMIC_CORE_ENTRY = {
  selector: 'ImportExpression[source.value=/core\\/[a-z0-9-]+\\/(?!lazy$)/]',
  message: 'import() a core area through its entry: core/<area> or core/<area>/lazy',
};

/** no-restricted-imports for files outside core (code-editor may import Monaco). */
function zones(files, extra, ignores) {
  const restrict = (patterns) => ({
    'no-restricted-imports': [
      'error',
      { patterns: [...LIBRARY_RULES, CORE_ENTRY_RULE, ...extra, ...patterns] },
    ],
    'no-restricted-syntax': ['error', DYNAMIC_CORE_ENTRY],
  });
  return [
    { files, ignores: [...ignores, 'src/shared/code-editor/**'], rules: restrict([MONACO_RULE]) },
    ...(files.some((f) => f.startsWith('src/shared'))
      ? [{ files: ['src/shared/code-editor/**/*.{ts,tsx}'], rules: restrict([]) }]
      : []),
  ];
}

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
  // Outside core: import a core area only through its public entry, `core/<area>` (index.ts), or `core/<area>/lazy`
  // (lazy.ts: what loads on demand, reached with import() or from a lazily loaded chunk). Data files (.json, ?raw)
  // may be imported directly. Type-only imports follow the same rule.
  ...zones(['src/app/**/*.{ts,tsx}', 'src/*.tsx'], [], []),
  // A feature imports no other feature and nothing from app/: only app/ composes features.
  ...zones(['src/features/**/*.{ts,tsx}'], [...FEATURE_RULES], []),
  // shared/ sits under the features: it imports neither them nor app/.
  ...zones(['src/shared/**/*.{ts,tsx}'], [...SHARED_RULES], []),
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
