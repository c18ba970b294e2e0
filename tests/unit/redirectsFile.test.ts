import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { locales } from '../../src/i18n/locales';

// public/_redirects as Cloudflare Pages and Netlify read it: "from to status" per line, a splat (*) in `from`
// filled into :splat in `to`. The MMLU chart was renamed from teacher-student to mmlu-scores; every address that
// carried the old id (embeds pasted on other sites, files, data, snippets, share images) must still lead somewhere.

interface Rule {
  from: string;
  to: string;
  status: number;
}

const rules: Rule[] = readFileSync('public/_redirects', 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
  .map((line, index) => {
    const [from, to, status, ...rest] = line.trim().split(/\s+/);
    if (!from || !to || !status || rest.length > 0) throw new Error(`public/_redirects line ${index + 1}: expected "from to status", got "${line}"`);
    return { from, to, status: Number(status) };
  });

/** Where an address goes, as the host resolves it: the first rule that matches, or undefined. */
function resolve(path: string): { to: string; status: number } | undefined {
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.from.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '(.*)')}$`);
    const match = pattern.exec(path);
    if (match) return { to: rule.to.replace(':splat', match[1] ?? ''), status: rule.status };
  }
  return undefined;
}

const ids = new Set(charts.map((c) => c.id));

describe('public/_redirects', () => {
  test('the MMLU chart is mmlu-scores, and its old id names no chart', () => {
    expect(ids.has('mmlu-scores')).toBe(true);
    expect(ids.has('teacher-student')).toBe(false);
  });

  test('every address the old id had moves permanently to the same address under the new one', () => {
    const old = (path: string) => path.replace(/\bmmlu-scores\b/, 'teacher-student');
    const addresses = locales.flatMap((lang) => [
      `/embed/${lang}/mmlu-scores/`,
      `/embed/${lang}/mmlu-scores/oembed.json`,
      ...['svg', 'png', 'csv', 'json'].map((ext) => `/files/${lang}/mmlu-scores.${ext}`),
      `/snippet/v1/${lang}/mmlu-scores/mmlu-china.js`,
      `/share/${lang}/mmlu-scores.png`,
    ]);
    for (const path of [...addresses, '/charts/mmlu-scores/data.json']) expect(resolve(old(path)), old(path)).toEqual({ to: path, status: 301 });
    expect(resolve('/embed/en/teacher-student')).toEqual({ to: '/embed/en/mmlu-scores/', status: 301 });
  });

  test('no rule catches an address of a chart that exists, or points at a chart that does not', () => {
    for (const id of ids) expect(resolve(`/embed/en/${id}/`), id).toBeUndefined();
    for (const rule of rules) {
      const target = /^\/(?:embed|files|snippet\/v1|share)\/(?:en|zh)\/([a-z0-9-]+)|^\/charts\/([a-z0-9-]+)/.exec(rule.to);
      expect(target, rule.to).not.toBeNull();
      expect(ids.has(target![1] ?? target![2]!), rule.to).toBe(true);
    }
  });
});
