// Lint rules, including the process boundary: page code (renderer/) cannot
// import Electron, Node built-ins or the database, and common/ imports from
// neither side.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnlyModules = [
  { name: 'electron', message: 'Page code talks to the main process only through the preload API.' },
  { name: 'better-sqlite3', message: 'Databases live in the main process or the server.' },
  { name: 'mediasoup', message: 'mediasoup is server-only.' },
];
const nodeOnlyPatterns = [
  { group: ['node:*'], message: 'Page code runs in a browser: no Node built-ins.' },
  {
    group: ['**/signaling-server/**', '**/electron/**'],
    message: 'Import shared code from common/ instead.',
  },
];
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'test-results/**', 'playwright-report/**', 'release/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'common/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeOnlyModules,
            ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in page or shared code.' })),
          ],
          patterns: nodeOnlyPatterns,
        },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeOnlyModules,
            { name: 'react', message: 'common/ is shared by every side; keep UI out.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'common/ must run in pages too.' })),
          ],
          patterns: [
            ...nodeOnlyPatterns,
            { group: ['**/renderer/**'], message: 'common/ imports from neither side.' },
          ],
        },
      ],
    },
  },
);
