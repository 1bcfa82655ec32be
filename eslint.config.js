// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'Renderer code runs in a browser: no Node built-ins.' };
const noElectron = { name: 'electron', message: 'Only app/main and app/preload may import electron.' };
// Every file Mimbar writes goes through app/core/atomic-write.ts: complete or absent, verified before the rename.
const oneWriter = 'Write files with writeFileAtomic (app/core/atomic-write.ts): complete or absent.';
const noPlainWrites = [
  { name: 'node:fs', importNames: ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream'], message: oneWriter },
  { name: 'node:fs/promises', importNames: ['writeFile', 'appendFile'], message: oneWriter },
  { name: 'write-file-atomic', message: oneWriter },
];

// The renderer's own boundaries (docs/style.md): a view (its folder under renderer/) imports only from its
// own folder, renderer/shared/ and app/contract/; renderer/shared/ imports only from itself and
// app/contract/. Read on the import as written, so a file's depth below renderer/ says where `../` leads.
// A view names the shared folder from the repository root (`../../renderer/shared/…`), as it names app/contract/.
const rendererBase = [nodeBuiltins, { group: ['**/app/core/**', '**/app/main/**'], message: 'The renderer talks to core only through the contract.' }];
const VIEWS = ['audience', 'presenter', 'print', 'notes-editor', 'export-dialog'];
const viewBoundary = 'A view imports only from its own folder, renderer/shared/ and app/contract/: move what two views use to renderer/shared/.';
const sharedBoundary = 'renderer/shared/ imports only from renderer/shared/ and app/contract/, never from a view.';
// `../presenter/x` written as `./sub/../../presenter/x` would slip past the checks below.
const unnormalized = { regex: '(?:^|/)(?:\\.|[^./][^/]*)/\\.\\.(?:/|$)', message: 'Write a relative import without `..` after a folder name.' };
const up = (depth) => '\\.\\./'.repeat(depth);
const rendererImports = (patterns) => ({ 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [...rendererBase, ...patterns] }] });
/** The boundary rules for files `depth` folders below renderer/ (renderer/audience/main.ts: 1). */
const rendererBoundaries = (depth) => [
  {
    files: VIEWS.map((view) => `renderer/${view}/${'*/'.repeat(depth - 1)}*.ts`),
    rules: rendererImports([unnormalized, { regex: `^${up(depth)}(?!\\.\\./renderer/shared/|\\.\\./app/contract/)`, message: viewBoundary }]),
  },
  {
    files: [`renderer/shared/${'*/'.repeat(depth - 1)}*.ts`],
    rules: rendererImports([unnormalized, { regex: `^${up(depth)}(?!\\.\\./app/contract/)`, message: sharedBoundary }]),
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist.building-*/**', 'dist.old-*/**', 'out/**', 'node_modules/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['app/core/**/*.ts', 'app/cli/**/*.ts', 'app/host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...noPlainWrites] }] },
  },
  {
    files: ['app/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noPlainWrites }] },
  },
  {
    // Tests write their fixtures as they like; the lock's owner file is not user data.
    files: ['app/core/**/*.test.ts', 'app/cli/**/*.test.ts', 'app/host/**/*.test.ts', 'app/core/notes-store/deck-lock.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  { files: ['app/main/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The deck engine is pure: text in, slides out. File and OS work lives beside it (app/core/files/ and friends).
    files: ['app/core/deck/**/*.ts'],
    ignores: ['app/core/deck/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...['chokidar', 'write-file-atomic', 'fs-extra', 'graceful-fs'].map((name) => ({ name, message: 'app/core/deck/ does no I/O.' }))],
          patterns: [{ group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https'], message: 'app/core/deck/ is the pure pipeline: no Node built-ins.' }, { group: ['**/files/**', '**/live-deck/**', '**/notes-store/**', '**/session/**'], message: 'app/core/deck/ does no file work: the engine never imports what reads or writes files.' }],
        },
      ],
    },
  },
  {
    files: ['app/contract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins] }] },
  },
  { files: ['renderer/**/*.ts'], rules: rendererImports([]) },
  ...rendererBoundaries(1),
  ...rendererBoundaries(2),
  ...rendererBoundaries(3),
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
