// The phone the bench measures on: Lighthouse's own mobile screen and slow-4G numbers, applied to Playwright
// pages through the DevTools protocol, in Debian's Chromium.
import { chromium, type Browser, type Page } from '@playwright/test';
import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import { chromiumArgs, chromiumExecutable } from '../support/chromium.ts';

/** The same Chromium the tests launch: Debian's where it is installed. */
export const chromePath = chromiumExecutable() ?? chromium.executablePath();

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: chromePath, args: chromiumArgs });

const phone = screenEmulationMetrics.mobile;

/** A fresh page in its own context, sized and scaled like Lighthouse's moto g power. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: phone.width, height: phone.height },
    deviceScaleFactor: phone.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** Slows the page's CPU by `rate` (1 restores it). */
export async function slowCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Lighthouse's mobile conditions as DevTools throttling: slow 4G, 4x CPU, no cache. */
export async function slowPhone(page: Page): Promise<void> {
  const conditions = throttling.mobileSlow4G;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: conditions.requestLatencyMs,
    downloadThroughput: (conditions.downloadThroughputKbps * 1024) / 8,
    uploadThroughput: (conditions.uploadThroughputKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuSlowdownMultiplier });
}
