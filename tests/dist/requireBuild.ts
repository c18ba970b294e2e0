import { existsSync } from 'node:fs';

/** The dist checks read the built site: without one they would pass over nothing. */
export default function requireBuild(): void {
  if (!existsSync('dist/en/index.html')) throw new Error('No built site in dist/: run `npx astro build` (npm test does) before the dist checks.');
}
