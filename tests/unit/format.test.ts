import { describe, expect, test } from 'vitest';
import { formatCompact, formatDate, formatNumber } from '../../src/charts/shared/format';

describe('formats by locale', () => {
  test('Chinese compact numbers use 万 and 亿', () => {
    expect(formatCompact('zh', 10_000)).toBe('1万');
    expect(formatCompact('zh', 350_000)).toBe('35万');
    expect(formatCompact('zh', 200_000_000)).toBe('2亿');
    expect(formatCompact('en', 350_000)).toBe('350K');
  });

  test('grouped digits in both languages', () => {
    expect(formatNumber('en', 4800)).toBe('4,800');
    expect(formatNumber('zh', 4800)).toBe('4,800');
    expect(formatNumber('en', 5.9234, 2)).toBe('5.92');
  });

  test('dates as each language writes them', () => {
    expect(formatDate('en', '2024-01-26')).toBe('Jan 26, 2024');
    expect(formatDate('zh', '2024-01-26')).toBe('2024年1月26日');
    expect(formatDate('zh', '2023-10-01', 'month')).toBe('2023年10月');
  });
});
