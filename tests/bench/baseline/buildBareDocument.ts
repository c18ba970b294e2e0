// Builds the control for what a document of the story's size costs on its own: the story page's HTML exactly as
// built, with every style, script and font taken out. Whatever Lighthouse gives it is the most the story's own
// markup leaves room for, before any of the site's CSS, fonts or scripts are counted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const bareDocumentPath = '/bare/';

const removed = [
  'style',
  'script',
  'link[rel="stylesheet"]',
  'link[rel="preload"]',
  'link[rel="modulepreload"]',
  'meta[http-equiv="content-security-policy"]',
].join(', ');

/** Writes <siteDir>/bare/index.html from the story page at storyPath; returns how many elements it removed. */
export function buildBareDocument(siteDir: string, storyPath = '/en/'): number {
  const dom = new JSDOM(readFileSync(join(siteDir, storyPath, 'index.html'), 'utf8'));
  const document = dom.window.document;
  const elements = [...document.querySelectorAll(removed)];
  if (!document.querySelector('svg')) throw new Error(`${storyPath} has no SVG: the bare document would not be the story's`);
  for (const element of elements) element.remove();
  const outDir = join(siteDir, bareDocumentPath);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), dom.serialize());
  return elements.length;
}
