import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import hubspotCardsConfig from './src/app/cards/eslint.config.js';
import { noImportOutsideSrc } from './scripts/lint/srcBoundaryRule.mjs';

// What HubSpot uploads (src/ minus .hsignore): tests and test helpers never ship.
const notShipped = ['**/*.test.ts', '**/*.test.tsx', '**/__tests__/**', '**/testing/**'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '**/dist/**',
      'artifacts/**',
      '.data/**',
      'bench/results/**',
      'preview/public/build/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'src/app/cards/**/*.ts', 'preview/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // HubSpot bundles the cards on its own: they may share the contract's types, never
    // function code.
    files: ['src/app/cards/**/*.ts', 'src/app/cards/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/functions/**'],
              allowTypeImports: true,
              message: 'Cards import only types from the functions (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/ is uploaded, so shipped code may not reach the tooling rooms beside it.
    files: ['src/**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: notShipped,
    plugins: { house: { rules: { 'no-import-outside-src': noImportOutsideSrc } } },
    rules: { 'house/no-import-outside-src': ['error', { srcDir: 'src' }] },
  },
  // HubSpot's own card rules: its card template's config (the same file in the 2026.03 and
  // 2026.09-beta templates), which `hs project lint` and `hs project upload` run in
  // src/app/cards; the root lint applies it to the cards too.
  ...hubspotCardsConfig.map((config) => ({ ...config, basePath: 'src/app/cards' })),
  {
    // Two configs load typescript-eslint (this one and the cards'), so its root is named.
    languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
