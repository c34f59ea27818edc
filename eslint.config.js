import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { apiFloors, apiFolders } from './scripts/apiFloors.js';

/**
 * Pure packages must stay portable: no UI framework, server framework, Node built-ins or DOM. Module
 * names are matched whole (`regex`): a gitignore-style `http` would also refuse the engine's own
 * `./http/` folder.
 */
const pureCoreRestrictions = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'packages/* are pure TypeScript: React belongs in apps/web.',
    },
    {
      regex: '^(express|fastify|cors)(/.*)?$',
      message: 'packages/* are pure TypeScript: servers belong in apps/api.',
    },
    {
      regex: '^(node:.*|fs|http|https|net|path|child_process)(/.*)?$',
      message: 'packages/* are pure TypeScript: Node APIs belong in apps/*.',
    },
    {
      group: ['@cors-playground/web', '@cors-playground/api', '@cors-playground/cli'],
      message: 'packages/* must not depend on apps.',
    },
  ],
};

/** apps/web's shared floor: CodeMirror and page helpers any feature may use, standing on no part of the app. */
const webUiFloor = {
  regex: '^\\.\\./(features|store|api|routes|app)/',
  message: 'web/src/ui is the floor: it imports no part of the app (docs/architecture.md).',
};

/** A feature stands on ui/, store/, api/ and other features, never on the shell (app/) or the pages (routes/). */
const webFeatureFloor = {
  regex: '^(\\.\\./)+(app|routes)/',
  message: 'A feature never imports the shell (app/) or a page (routes/): shared helpers live in ui/.',
};

/** The engine's simulator: course content (challenges, presets, the lab's routes) builds on it. */
const engineSimulatorFolders = ['browser', 'http', 'cookie', 'server', 'policy'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'test-results/**', 'playwright-report/**', '.tsbuild/**'] },
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
    // An import cycle makes module order decide what is initialised: refuse them everywhere.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Imports name their .ts/.tsx files and workspace packages export their sources: Node's own
      // resolution, with TypeScript extensions, finds every one, and typescript-eslint reads them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['packages/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', pureCoreRestrictions],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'localStorage',
        'navigator',
      ],
    },
  },
  {
    files: ['packages/**/bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The Rules of React for the app: every recommended rule is an error, the advisory ones included.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: Object.fromEntries(
      Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error']),
    ),
  },
  // The app's layers: UI state imports no feature, and the send pipeline imports none of its views.
  {
    files: ['apps/web/src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**'], message: 'The store holds UI state: it imports no feature.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webUiFloor] }] },
  },
  {
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webFeatureFloor] }] },
  },
  {
    files: ['apps/web/src/features/send/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            webFeatureFloor,
            {
              // A sibling feature (`../request/…`), not a layer below (`../../store/…`).
              regex: '^\\.\\./(?!\\.\\./)',
              message:
                'features/send is the pipeline: request/ and result/ use it, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  ...Object.entries(apiFloors).map(([folder, allowed]) => ({
    files: [`apps/api/src/${folder}/**/*.ts`],
    ignores: ['**/*.test.ts', '**/*.testkit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(${apiFolders.filter((f) => f !== folder && !allowed.includes(f)).join('|')})/`,
              message: `apps/api/src/${folder}/ stands on ${allowed.length > 0 ? allowed.join(', ') : 'nothing of the app'} only (docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: engineSimulatorFolders.map((folder) => `packages/engine/src/${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureCoreRestrictions.patterns,
            {
              regex: '^\\.\\./(challenge|preset|lab)/',
              message:
                "The simulator is a library: the course's content (challenge/, preset/, lab/) builds on it.",
            },
          ],
        },
      ],
    },
  },
);
