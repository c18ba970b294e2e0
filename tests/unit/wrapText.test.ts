import { describe, expect, test } from 'vitest';
import { textWidthEm, wrapText } from '../../src/charts/shared/wrapText';

describe('wrapText', () => {
  test('measures a Chinese character as a full em and a Latin letter as about half', () => {
    expect(textWidthEm('芯片')).toBe(2);
    expect(textWidthEm('chip')).toBeLessThan(2.5);
  });

  test('breaks Chinese text that has no spaces, within the width', () => {
    const lines = wrapText('美国商务部要求云服务商核实外国客户的身份', 120, 12, 'zh');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidthEm(line) * 12).toBeLessThanOrEqual(120 * 1.15);
    expect(lines.join('')).toBe('美国商务部要求云服务商核实外国客户的身份');
  });

  test('never starts a Chinese line with closing punctuation', () => {
    const lines = wrapText('英伟达推出H20，略低于门槛。随后又推出4090D，也贴着红线。', 96, 12, 'zh');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、）]/);
  });

  test('breaks before an opening bracket rather than run a bracketed title and its punctuation past the width', () => {
    const text = 'AsianFin；The Register；Anthropic；Bloomberg Law；《自然》；字节跳动';
    const lines = wrapText(text, 328, 12, 'zh');
    expect(lines).toEqual(['AsianFin；The Register；Anthropic；Bloomberg Law；', '《自然》；字节跳动']);
    for (const line of lines) expect(textWidthEm(line) * 12).toBeLessThanOrEqual(328);
  });

  test('breaks English at spaces and keeps words whole', () => {
    const lines = wrapText('Baidu, ByteDance, Tencent and Alibaba ordered A800s', 150, 12, 'en');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Baidu, ByteDance, Tencent and Alibaba ordered A800s');
  });

  test('keeps a sum of money whole: its currency sign, figure and unit on one line', () => {
    // At every width that breaks the sentence near the sum, "$1.57 bn" stays in one piece.
    for (let width = 60; width <= 200; width += 4) {
      const lines = wrapText('FY2023 Q3: gaming $1.57 bn, down 51% on a year earlier', width, 12, 'en');
      expect(
        lines.some((line) => line.includes('$1.57 bn')),
        lines.join(' / '),
      ).toBe(true);
    }
    expect(wrapText('a reserve of US$18.4 bn', 70, 12, 'en').some((line) => line.includes('US$18.4'))).toBe(true);
  });
});

describe('wrapText, asked again', () => {
  test('gives the same lines for the same text and width, and a caller changing them changes nothing later', () => {
    const text = '美国商务部要求云服务商核实外国客户的身份';
    const first = wrapText(text, 120, 13, 'zh');
    first.push('changed by a caller');
    expect(wrapText(text, 120, 13, 'zh')).toEqual(first.slice(0, -1));
  });

  test('wraps anew for another width or language', () => {
    const text = 'The rule moved the line; the chips moved to the line';
    expect(wrapText(text, 400, 13, 'en')).toHaveLength(1);
    expect(wrapText(text, 100, 13, 'en').length).toBeGreaterThan(2);
  });
});

describe('wrapText keeps words and figures whole', () => {
  test('a figure stays with its unit: never "2022" at a line end and "年" at the next start', () => {
    for (const width of [60, 72, 84, 96, 108, 120]) {
      const lines = wrapText('按 2022 年 10 月的规则，平均每家只有 1,000 张卡，远低于 35 万张', width, 12, 'zh');
      for (const line of lines.slice(1)) expect(line, lines.join(' / ')).not.toMatch(/^[年月日张万]/);
    }
  });

  test('a short quoted term stays whole: “万卡”', () => {
    for (const width of [60, 72, 84, 96, 108, 120]) {
      const lines = wrapText('下一代大模型要靠“万卡”级集群的算力', width, 12, 'zh');
      expect(
        lines.some((l) => l.includes('“万卡”')),
        lines.join(' / '),
      ).toBe(true);
    }
  });

  test('no last line of one character and its full stop when a narrower set avoids it', () => {
    const text = '云端是剩下的最后一道缝，下一代大模型要靠集群的算力。';
    for (const width of [96, 108, 120, 132, 144]) expect(wrapText(text, width, 12, 'zh').at(-1)!.length, `${width}`).toBeGreaterThan(2);
  });
});
