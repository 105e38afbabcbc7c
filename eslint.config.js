// ESLint: typescript-eslint's strict, type-aware rules for TypeScript, and the Astro plugin for
// .astro files. typescript-eslint reads TypeScript 6 (TypeScript 7 ships no JavaScript API);
// `npm run typecheck` uses TypeScript 7 (package alias typescript-native).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', '.tools/', 'test-results/', 'bench/', 'tests/fixtures/', '.vscode/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests assert a value exists before they read it; a non-null assertion there says the same thing.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The browser's scripts (compiled into the site by src/build/client-assets.ts).
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
