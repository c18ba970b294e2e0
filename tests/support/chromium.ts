// The one place the tests, tools and bench find their Chromium and the flags they launch it with.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Playwright's own download, where it has one (it is blocked on some networks). */
function bundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const systemChromium = (): string | undefined => systemPaths.find((path) => existsSync(path));

/** Debian's chromium where it is installed (what the bench reports on), else Playwright's own download. */
export function chromiumExecutable(): string | undefined {
  return systemChromium() ?? bundledChromium();
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for Playwright: Debian's chromium named where it is the one, Playwright's own choice otherwise. */
export function launchOptions(): { executablePath?: string; args: string[] } {
  const system = systemChromium();
  return system === undefined ? { args: chromiumArgs } : { executablePath: system, args: chromiumArgs };
}
