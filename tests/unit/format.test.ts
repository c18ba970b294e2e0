import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countText } from '../../src/charts/gpuFleets/text';
import { prepareFleetsView } from '../../src/charts/gpuFleets/prepare';
import { runsView } from '../../src/charts/gpuFleets/runsView';
import { formatCompact, formatDate, formatMonthTick, formatNumber, formatYearTick } from '../../src/charts/shared/format';
import { dataset } from '../../src/data';
import { locales } from '../../src/i18n/locales';
import { storyValue } from '../../src/story/values';

describe('one format for figures per language', () => {
  test('grouped digits in English, never 10K', () => {
    expect(formatNumber('en', 4800)).toBe('4,800');
    expect(formatNumber('en', 10_000)).toBe('10,000');
    expect(formatNumber('en', 350_000)).toBe('350,000');
    expect(formatNumber('en', 5.9234, 2)).toBe('5.92');
  });

  test('Chinese counts from 万 up in 万 and 亿 when exact, grouped digits otherwise', () => {
    expect(formatNumber('zh', 4800)).toBe('4,800');
    expect(formatNumber('zh', 10_000)).toBe('1 万');
    expect(formatNumber('zh', 25_000)).toBe('2.5 万');
    expect(formatNumber('zh', 350_000)).toBe('35 万');
    expect(formatNumber('zh', 200_000_000)).toBe('2 亿');
    expect(formatNumber('zh', 15_831)).toBe('15,831');
  });

  test('rough sizes keep the compact form, Chinese spaced', () => {
    expect(formatCompact('en', 70e9)).toBe('70B');
    expect(formatCompact('zh', 70e9)).toBe('700 亿');
  });

  test('the GPU counts a chart labels and the prose prints are the same strings', () => {
    const data = dataset();
    const fleets = prepareFleetsView(data, runsView).fleets.concat(prepareFleetsView(data, { ...runsView, rows: () => true }).fleets);
    for (const locale of locales)
      for (const fleet of fleets) expect(countText(fleet, locale), fleet.id).toBe(storyValue(data, `gpus:${fleet.id}`, locale));
    expect(storyValue(data, 'gpus:essay-per-firm-claim', 'zh')).toBe('1,000–2,000');
  });
});

describe('one format for dates per language', () => {
  test('day first in English, as the prose writes; spaced digits in Chinese', () => {
    expect(formatDate('en', '2023-10-17')).toBe('17 October 2023');
    expect(formatDate('zh', '2023-10-17')).toBe('2023 年 10 月 17 日');
    expect(formatDate('en', '2023-10-01', 'month')).toBe('October 2023');
    expect(formatDate('zh', '2023-10-01', 'month')).toBe('2023 年 10 月');
    expect(formatDate('zh', '2023-01-01', 'year')).toBe('2023 年');
  });

  test('labels short of room abbreviate the English month, nothing else', () => {
    expect(formatDate('en', '2023-10-17', 'day', 'short')).toBe('17 Oct 2023');
    expect(formatDate('en', '2023-10-01', 'month', 'short')).toBe('Oct 2023');
    for (const precision of ['day', 'month', 'year'] as const)
      expect(formatDate('zh', '2023-10-17', precision, 'short')).toBe(formatDate('zh', '2023-10-17', precision));
  });

  test('axis ticks shorten the month but keep the order', () => {
    const jan = new Date(Date.UTC(2023, 0, 1));
    const mar = new Date(Date.UTC(2023, 2, 1));
    expect([formatMonthTick('en', jan, true), formatMonthTick('en', mar, false), formatYearTick('en', jan)]).toEqual(['Jan 2023', 'Mar', '2023']);
    expect([formatMonthTick('zh', jan, true), formatMonthTick('zh', mar, false), formatYearTick('zh', jan)]).toEqual([
      '2023 年 1 月',
      '3 月',
      '2023 年',
    ]);
  });

  test('every date the prose marks up reads as the charts would print it', () => {
    for (const locale of locales) {
      const folders = [`src/content/story/${locale}`, `src/content/posts/${locale}`];
      for (const folder of folders)
        for (const file of readdirSync(folder)) {
          const text = readFileSync(`${folder}/${file}`, 'utf8');
          for (const [, iso, shown] of text.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">([^<]*)<\/time>/g))
            expect(shown, `${folder}/${file}`).toBe(formatDate(locale, iso!));
        }
    }
  });

  test('no prose date in the other order: "October 17, 2023" in English, "2023年10月" unspaced in Chinese', () => {
    for (const locale of locales) {
      const pattern =
        locale === 'en'
          ? /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/
          : /\d年|年\d|\d月|月\d|\d日/;
      for (const folder of [`src/content/story/${locale}`, `src/content/posts/${locale}`])
        for (const file of readdirSync(folder)) expect(readFileSync(`${folder}/${file}`, 'utf8'), `${folder}/${file}`).not.toMatch(pattern);
    }
  });
});
