// A page's scripts carry its own language's UI strings only: the story's chart code fetches its page's language as
// a chunk of its own (src/i18n/browser/pageStrings.ts), and an embed page's chart script is bundled per language.
// Read from the built scripts: a script that holds a language's description holds its strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import en from '../../src/content/ui/en.json';
import zh from '../../src/content/ui/zh.json';

const folder = 'dist/_astro';
const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(join(folder, name), 'utf8') }));
const carries = { en: (code: string) => code.includes(en['site.description']), zh: (code: string) => code.includes(zh['site.description']) };

test('no built script carries both languages’ UI strings', () => {
  expect(scripts.filter(({ code }) => carries.en(code) && carries.zh(code)).map(({ name }) => name)).toEqual([]);
  // Each language's strings are somewhere: the check above looks for what is there.
  expect(scripts.filter(({ code }) => carries.en(code)).length).toBeGreaterThan(0);
  expect(scripts.filter(({ code }) => carries.zh(code)).length).toBeGreaterThan(0);
});

test('an embed page’s chart script carries its page’s language’s strings', () => {
  const chartScripts = scripts.filter(({ name }) => /^chart-.+\.(en|zh)\.[\w-]+\.js$/.test(name));
  expect(chartScripts.length).toBeGreaterThan(0);
  for (const { name, code } of chartScripts) expect(carries[name.includes('.zh.') ? 'zh' : 'en'](code), name).toBe(true);
});
