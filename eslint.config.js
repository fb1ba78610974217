// `npm run lint`: any finding fails it (--max-warnings 0) and so fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { boundaries } from './eslint.boundaries.js';
import { zodFree } from './eslint.zodFree.js';

const root = import.meta.dirname;

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'coverage/', 'test-results/', 'bench-results/', '.data/', 'node_modules/'] },
  js.configs.recommended,
  {
    // Prettier (npm run format) lays code out at 160 columns but cannot break a string, a
    // template or a comment: this catches what it leaves longer. Counted in characters, so a
    // line of Chinese is held to the same 160.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: { 'max-len': ['error', { code: 160, tabWidth: 2 }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      // The project service finds each file's program through tsconfig.json's references, so
      // renderer/ is checked with the DOM and everything else with Node types, as tsc does.
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x reads only .js files, and no-cycle would follow no import here.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
    },
    rules: {
      // The few type-aware rules that catch real bugs here: a promise nobody awaits loses its
      // error (and in a transaction, its ordering); one passed where a void callback is
      // expected (onClick, setTimeout) fails silently.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        // Async handlers on JSX props (onClick, onFinish, onChange) are how every page here
        // saves and loads; React ignores what they return, and a rejection there still
        // reaches the page as an unhandled rejection, which the e2e harness fails on.
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      // As tsc's noUnusedLocals: `_name` is unused on purpose, and `{ createdAt: _c, ...row }`
      // is how a row sheds columns before it leaves the ledger.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Cycles among our own modules only: following imports into node_modules costs time and finds nothing we can fix.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests hand stand-ins for Electron's objects to the code under test and read
      // results they just checked; typing those mocks in full would test the types, not the code.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The fault proofs (tests/faults) draw from their own FAULT_SEED and may time kills at random.
    files: ['tests/**/*.ts'],
    ignores: ['tests/faults/**'],
    rules: {
      // A fixture drawn from Math.random differs on every run: when it breaks one run in N,
      // nobody can replay it. Variety comes from tests/support/seed.ts (TEST_SEED).
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Fixtures draw from testRandom in tests/support/seed.ts (replayable with TEST_SEED), not Math.random.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...boundaries(root),
  ...zodFree(root),
);
