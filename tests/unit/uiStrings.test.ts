import { describe, expect, test } from 'vitest';
import en from '../../src/content/ui/en.json';
import zh from '../../src/content/ui/zh.json';
import { translator } from '../../src/i18n/ui';

describe('UI strings', () => {
  test('English and Chinese have exactly the same keys', () => {
    const missingInZh = Object.keys(en).filter((key) => !(key in zh));
    const missingInEn = Object.keys(zh).filter((key) => !(key in en));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
  });

  test('every string uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(value));
    }
  });

  test('the Chinese strings are written in Chinese', () => {
    const han = /[\u4e00-\u9fff]/;
    const latinOnly = Object.entries(zh).filter(
      // A string of placeholders and punctuation alone ("{label}（{date}）") has no words to write in Chinese.
      ([key, value]) =>
        !han.test(value) && /[A-Za-z]/.test(value.replace(/\{\w+\}/g, '')) && !key.startsWith('lang.') && !/line\.|column\.tpp|\.shortName/.test(key),
    );
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });

  test('placeholders are filled in', () => {
    expect(translator('zh')('scrolly.stepOf', { n: 2, total: 4 })).toBe('第 2 步，共 4 步');
    expect(translator('en')('scrolly.stepOf', { n: 2, total: 4 })).toBe('Step 2 of 4');
  });
});

describe('UI strings are usable', () => {
  test('no string is empty in either language', () => {
    const empty = [...Object.entries(en), ...Object.entries(zh)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});
