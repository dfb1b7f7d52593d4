import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Folder boundaries keep the data flow one way (see STYLE.md):
// data <- i18n <- state <- charts/components <- panels <- app.
const panels = readdirSync(new URL('./src/panels', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);

const zones = [
  // Charts receive props only: never the store, panels or app.
  { target: './src/charts', from: ['./src/state', './src/panels', './src/app'], message: 'Charts get props only.' },
  // Exports are pure functions from a chart to a Blob.
  { target: './src/export', from: ['./src/state', './src/panels', './src/app'], message: 'Exports are pure.' },
  // The data layer knows nothing of React state or views.
  {
    target: './src/data',
    from: ['./src/state', './src/charts', './src/panels', './src/app', './src/components', './src/export'],
    message: 'The data layer is the bottom of the flow.',
  },
  // The importer and the library's data read datasets; they know nothing of views either.
  {
    target: ['./src/import', './src/library'],
    from: ['./src/state', './src/charts', './src/panels', './src/app', './src/components', './src/export'],
    message: 'The importer and the library data sit beside the data layer.',
  },
  { target: './src/i18n', from: ['./src/state', './src/charts', './src/panels', './src/app', './src/components'] },
  {
    target: './src/components',
    from: ['./src/state', './src/panels', './src/app'],
    message: 'Components get props only.',
  },
  { target: './src/state', from: ['./src/panels', './src/app', './src/charts'] },
  { target: './src/panels', from: ['./src/app'] },
  // A panel may use panels/shared, never another panel.
  ...panels.map((p) => ({
    target: `./src/panels/${p}`,
    from: panels.filter((q) => q !== p).map((q) => `./src/panels/${q}`),
    message: 'Panels do not import each other; share through panels/shared.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', '**/*.tmp.*'] },
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Report text renders as text only.' },
      ],
    },
  },
  {
    // In tests a wrong assumption fails the test loudly, so `x!` is fine there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
