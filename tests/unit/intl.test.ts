import { describe, expect, test } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../src/charts/shared/intl';

describe('cached Intl formatters', () => {
  test('one formatter per language and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('zh', { maximumFractionDigits: 1 }));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en', { maximumFractionDigits: 2 }));
  });

  test('each formats as its own language and options say', () => {
    expect(numberFormat('zh', { notation: 'compact' }).format(100_000)).toBe('10万');
    expect(numberFormat('en', { notation: 'compact' }).format(100_000)).toBe('100K');
    const date = Date.UTC(2024, 0, 26);
    expect(dateTimeFormat('zh', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date)).toBe('2024年1月26日');
    expect(dateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date)).toBe('26 Jan 2024');
  });
});
