import { describe, expect, test } from 'vitest';
import { headingHtml } from '../../src/components/headingBreaks';

describe('headings break between words', () => {
  test('the Chinese headline may break between 中国 and 的, never inside 中国', () => {
    const html = headingHtml('最后的漏洞：芯片、云与中国的 AI 竞赛', 'zh');
    expect(html).toContain('中国');
    expect(html).not.toMatch(/中<wbr>国/);
    expect(html).toContain('<wbr>');
  });

  test('a date keeps its figures with their units', () => {
    const html = headingHtml('2024 年 1 月 26 日：美国把手伸向云端', 'zh');
    expect(html).toMatch(/^2024\u00a0年\u00a01\u00a0月\u00a026\u00a0日：<wbr>美国/);
  });

  test('English is escaped, nothing more', () => {
    expect(headingHtml('Chips & clouds', 'en')).toBe('Chips &amp; clouds');
  });
});

test('two lone characters the segmenter splits (芯|片) stay together in a heading', () => {
  const html = headingHtml('管制线是怎么挪动的：2022 年与 2023 年的两版芯片规则', 'zh');
  expect(html).toContain('<wbr>');
  expect(html).not.toMatch(/芯<wbr>片/);
  expect(html.replace(/<wbr>/g, '').replace(/\u00a0/g, ' ')).toBe('管制线是怎么挪动的：2022 年与 2023 年的两版芯片规则');
});
