import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// public/_headers as Cloudflare Pages and Netlify read it: a path pattern at the start of a line, then indented
// "Name: value" lines. Cloudflare also sends some of these by default, so the file itself is checked here; the
// host's runtime is checked in tests/e2e/host.spec.ts.
interface Rule {
  pattern: string;
  headers: Map<string, string>;
}

function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map() });
      return;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match || rules.length === 0) throw new Error(`public/_headers line ${index + 1}: expected "Name: value" under a path, got "${line}"`);
    rules.at(-1)!.headers.set(match[1]!.toLowerCase(), match[2]!.trim());
  });
  return rules;
}

/** A splat matches any run of characters, slashes included, as on Cloudflare Pages. */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
/** Every header a path gets, each with the rules that set it. */
function headersFor(path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) result.set(name, [...(result.get(name) ?? []), value]);
  }
  return result;
}

const paths = {
  reading: ['/', '/en/', '/zh/methods/', '/en/posts/', '/zh/posts/moving-the-line/', '/404.html'],
  embed: ['/embed/en/timeline/', '/embed/zh/training-days/'],
  shared: [
    '/_astro/noto-sans-latin-400-normal.abc123.woff2',
    '/charts/index.json',
    '/charts/timeline/data.json',
    '/embed/zh/timeline/oembed.json',
    '/files/en/gpu-fleets.png',
    '/data/chips.csv',
    '/snippet/v1.js',
    '/snippet/v1/zh/timeline/2.js',
  ],
};
const allPaths = [...paths.reading, ...paths.embed, ...paths.shared, '/favicon.svg', '/embed.js', '/share/en/cover.png'];

describe('public/_headers', () => {
  test('no path gets a header from two rules, which the host would join into one broken value', () => {
    for (const path of allPaths) {
      const doubled = [...headersFor(path)].filter(([, values]) => values.length > 1).map(([name]) => name);
      expect(doubled, path).toEqual([]);
    }
  });

  test('every path gets nosniff, a referrer policy, a permissions policy and HSTS', () => {
    for (const path of allPaths) {
      const headers = headersFor(path);
      for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security'])
        expect(headers.get(name), `${path}: ${name}`).toHaveLength(1);
    }
  });

  test('story, methods, post and 404 pages refuse other sites’ frames; embed pages do not', () => {
    for (const path of paths.reading) {
      expect(headersFor(path).get('content-security-policy'), path).toEqual(["frame-ancestors 'self'"]);
      expect(headersFor(path).get('x-frame-options'), path).toEqual(['SAMEORIGIN']);
    }
    for (const path of paths.embed) {
      expect(headersFor(path).has('x-frame-options'), path).toBe(false);
      expect(headersFor(path).has('content-security-policy'), path).toBe(false);
    }
  });

  test('fonts, the chart index, oEmbed, files, data and snippets may be fetched from any origin', () => {
    for (const path of paths.shared) expect(headersFor(path).get('access-control-allow-origin'), path).toEqual(['*']);
  });

  test('hashed assets are immutable for a year; pages are revalidated', () => {
    expect(headersFor(paths.shared[0]!).get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    for (const path of [...paths.reading, ...paths.embed])
      expect(headersFor(path).get('cache-control'), path).toEqual(['public, max-age=0, must-revalidate']);
  });
});
