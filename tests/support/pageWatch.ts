// The one watch the browser tests keep on a page for what its reader never sees but a host would: requests to
// other origins, Content-Security-Policy violations (the event and Chromium's console report of them, Trusted
// Types included), script errors and errors logged to the console (a JSON-LD block run as script would throw one).
// Start it before page.goto.
import type { Page, Request } from '@playwright/test';

export interface PageProblems {
  foreign: string[];
  violations: string[];
  refused: string[];
  errors: string[];
}

export interface PageWatch {
  /** Everything seen since the last call: on the page now, and in the console of the pages before it. */
  problems: () => Promise<PageProblems>;
  /** Resolves once no request the page made is still under way; fails, naming them, if some are after 15 s. */
  idle: () => Promise<void>;
}

declare global {
  interface Window {
    __violations?: string[];
  }
}

/** Watches `page`; a request to any origin but `ownOrigins` counts as foreign. */
export async function watchPage(page: Page, ownOrigins: readonly string[]): Promise<PageWatch> {
  const foreign: string[] = [];
  const refused: string[] = [];
  const errors: string[] = [];
  const inFlight = new Set<Request>();
  let settle: (() => void) | undefined;
  const finished = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) settle?.();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('request', (request) => {
    inFlight.add(request);
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (!ownOrigins.includes(url.origin)) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Trusted Type/i.test(message.text())) refused.push(message.text());
    // A failed load is logged without its address (which the response below names); a favicon's is logged only here.
    else if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations!.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
    });
  });
  return {
    problems: async () => ({
      foreign: foreign.splice(0),
      violations: await page.evaluate(() => window.__violations?.splice(0) ?? []),
      refused: refused.splice(0),
      errors: errors.splice(0),
    }),
    idle: () =>
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const deadline = setTimeout(() => reject(new Error(`still loading after 15 s: ${[...inFlight].map((r) => r.url()).join(', ')}`)), 15_000);
            settle = () => {
              clearTimeout(deadline);
              resolve();
            };
          }),
  };
}

export const noProblems: PageProblems = { foreign: [], violations: [], refused: [], errors: [] };

/** The axe rules every page is held to: WCAG 2.2 AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
