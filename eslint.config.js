import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A chart is one folder (docs/adding-a-chart.md): the rest of the site reaches it only through its definition, chart
// folders do not reach into each other, and charts reach no consumer of theirs.
const chartFolders = readdirSync('src/charts', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const consumers = ['client', 'components', 'embed', 'export', 'layouts', 'pages', 'posts', 'scrolly', 'share', 'site', 'snippet', 'story', 'styles'];
/** A chart folder's files but its definition, as imported from elsewhere in src/ or from src/charts/ itself. */
const chartInternals = (prefix) => ({
  group: chartFolders.flatMap((folder) => [`${prefix}${folder}/**`, `!${prefix}${folder}/*.definition`, `!${prefix}${folder}/*.definition.ts`]),
  message: "Outside its folder, a chart is read through its definition (src/charts/registry.ts or the folder's *.definition.ts).",
});
const consumerImports = {
  group: consumers.map((folder) => `**/${folder}/**`),
  message: 'Charts are drawn for the site; they import none of its consumers.',
};
const otherCharts = (own) => ({
  group: chartFolders.filter((folder) => folder !== own).map((folder) => `**/${folder}/**`),
  message: 'A chart folder does not import another; what two charts share goes in src/charts/shared/.',
});
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const chartBoundaries = [
  { files: ['src/**/*.{ts,mjs,astro}'], ignores: ['src/charts/**'], rules: restrict(chartInternals('**/charts/')) },
  { files: ['src/charts/*.ts'], rules: restrict(chartInternals('./'), consumerImports) },
  ...['shared', ...chartFolders].map((folder) => ({
    files: [`src/charts/${folder}/**/*.{ts,astro}`],
    rules: restrict(otherCharts(folder), consumerImports),
  })),
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/charts/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...chartBoundaries,
  {
    files: ['tests/tools/**', 'tests/support/systemPackages.ts', 'tests/support/stages.ts'],
    rules: { 'no-console': 'off' },
  },
);
