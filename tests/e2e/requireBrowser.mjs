// Stops the browser tests early, with instructions, when no Chromium is available to run them.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const bundled = (() => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();
if (!bundled && !system) {
  console.error(
    [
      'No Chromium for the browser tests.',
      'Install one of:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  anywhere with internet: npx playwright install chromium',
      'then run npm test again.',
    ].join('\n'),
  );
  process.exit(1);
}
