// The one place the tests, tools and bench find their Chromium and the flags they launch it with.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Playwright's own browser where it has been downloaded, else Debian's chromium (the download is blocked on some networks). */
export function chromiumExecutable(): string | undefined {
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  return [bundled, ...systemPaths].find((path): path is string => path !== undefined && existsSync(path));
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

/** Launch options for Playwright. */
export function launchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumExecutable();
  return executablePath === undefined ? { args: chromiumArgs } : { executablePath, args: chromiumArgs };
}
