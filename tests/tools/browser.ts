import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's chromium when Playwright's own browser is absent (its download is blocked on this network). */
export const systemChromium = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for Playwright: the bundled browser if installed, else the system one. */
export function launchOptions(): { executablePath?: string; args: string[] } {
  const bundled = (() => {
    try {
      return existsSync(chromium.executablePath());
    } catch {
      return false;
    }
  })();
  if (bundled || !systemChromium) return { args: chromiumArgs };
  return { executablePath: systemChromium, args: chromiumArgs };
}
