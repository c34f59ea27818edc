import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Pure packages must stay portable: no UI framework, server framework, Node built-ins or DOM. */
const pureCoreRestrictions = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'packages/* are pure TypeScript: React belongs in apps/web.',
    },
    {
      group: ['express', 'express/*', 'fastify', 'cors'],
      message: 'packages/* are pure TypeScript: servers belong in apps/api.',
    },
    {
      group: ['node:*', 'fs', 'http', 'https', 'net', 'path', 'child_process'],
      message: 'packages/* are pure TypeScript: Node APIs belong in apps/*.',
    },
    {
      group: ['@cors-playground/web', '@cors-playground/api', '@cors-playground/cli'],
      message: 'packages/* must not depend on apps.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'test-results/**', 'playwright-report/**'] },
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
);
