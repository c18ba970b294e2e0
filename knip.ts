import type { KnipConfig } from 'knip';
import { classicEntries } from './src/build/classicScripts.ts';

// Unused files, exports and dependencies fail `npm run lint`. Knip's Astro, Vitest, Playwright and ESLint plugins
// find the entry points; what they cannot see is listed here, with why.
const config: KnipConfig = {
  // The classic scripts, bundled from their files by name (src/build/classicScripts.ts), not imported.
  entry: classicEntries(import.meta.dirname).map(({ source }) => source),
  ignoreDependencies: [
    // Served to the test host pages by path (tests/e2e/embedHost.ts), not imported.
    'pym.js',
    // A Java program the HTML check runs by path (tests/dist/htmlValidity.test.ts).
    'vnu-jar',
    // Imported by a stylesheet (src/styles/fonts.css), which knip does not read.
    '@fontsource/noto-sans-sc',
  ],
};

export default config;
