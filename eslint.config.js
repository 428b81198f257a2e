// @ts-check
/**
 * ESLint: JavaScript's recommended rules, typescript-eslint's type-aware recommended rules
 * (with the project's tsconfig), and eslint-plugin-astro's recommended rules for components.
 * Formatting is Prettier's job (.prettierrc.json); no rule here judges layout.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'screenshots/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // tsconfig.eslint.json: the project's tsconfig plus eslint-types/, declarations for ESLint only.
      parserOptions: {
        project: './tsconfig.eslint.json',
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Unused names are errors, except a leading underscore, the usual mark of "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // node:test's describe() and it() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    // The client-side <script> of a component, linted as TypeScript without type information:
    // the processor hands ESLint the script alone, which no tsconfig program contains.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.browser }, parserOptions: { project: null } },
  },
  {
    // Plain JavaScript files (this one, astro.config.mjs): no types to check.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
