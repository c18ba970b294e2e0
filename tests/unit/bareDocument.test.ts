import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { bareDocumentPath, buildBareDocument } from '../bench/baseline/buildBareDocument';

const story = `<!doctype html><html lang="en"><head>
<meta http-equiv="content-security-policy" content="default-src 'self'">
<link rel="preload" href="/a.woff2" as="font" crossorigin><style>@font-face{font-family:X;src:url(/a.woff2)}</style>
<script type="module" src="/a.js"></script></head>
<body><h1>Title</h1><figure data-chart="c"><svg viewBox="0 0 10 10"><rect width="5" height="5"></rect></svg>
<script type="application/json" data-chart-payload>{}</script></figure><p style="color:red">Text</p></body></html>`;

const dirs: string[] = [];
function site(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bare-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'en', 'index.html'), html);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('the bare document keeps the story’s text and SVG and drops every style, script, font and policy', () => {
  const dir = site(story);
  expect(buildBareDocument(dir)).toBe(5);
  const bare = readFileSync(join(dir, bareDocumentPath, 'index.html'), 'utf8');
  expect(bare).toContain('<svg viewBox="0 0 10 10"><rect width="5" height="5"></rect></svg>');
  expect(bare).toContain('<h1>Title</h1>');
  expect(bare).not.toMatch(/<style|<script|rel="preload"|content-security-policy|@font-face/);
});

test('a story page without an SVG stops the build, naming the page', () => {
  const dir = site(story.replace(/<svg[\s\S]*<\/svg>/, ''));
  expect(() => buildBareDocument(dir)).toThrow('/en/ has no SVG');
});
