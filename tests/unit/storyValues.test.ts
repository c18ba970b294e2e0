import { describe, expect, test } from 'vitest';
import { loadAll } from '../../src/data';
import { distillationCost, distillationTokens } from '../../src/derive/distillationCost';
import { formatFact, storyValue } from '../../src/story/values';

const data = loadAll();
const value = (key: string, locale: 'en' | 'zh' = 'en') => storyValue(data, key, locale, 'test.mdx:1');

describe('the figures the text prints come from data/ through the charts’ own derivations', () => {
  test('the H100’s TPP is 15,831 (1,978.9 × 8), not 15,832', () => {
    expect(value('tpp:h100')).toBe('15,831');
    expect(value('tpp:h100', 'zh')).toBe('15,831');
  });

  test('the L2’s density is about 5.24, well above the 3.2 tier, and its TPP 1,544 is under the 1,600 floor', () => {
    expect(value('density:l2')).toBe('5.24');
    expect(value('tpp:l2')).toBe('1,544');
    expect(value('threshold:tpp-floor-2023')).toBe('1,600');
  });

  test('the FT’s orders average about 25,000 per firm', () => {
    expect(value('per-firm:ft-a800-2023')).toBe('25,000');
  });

  test('a billion tokens cost about $2,000 from gpt-3.5-turbo and $60,000 from gpt-4', () => {
    expect(distillationTokens).toBe(1e9);
    expect(distillationCost(0.002)).toBeCloseTo(2_000, 6);
    expect(value('distillation-cost:gpt-3-5-turbo-price')).toBe('$2,000');
    expect(value('distillation-cost:gpt-4-output-price', 'zh')).toBe('6 万美元');
  });

  test('Nvidia’s fiscal-year totals are the sums of their quarters: gaming larger than data centres in FY2021 and FY2022', () => {
    expect([value('fy-total:gaming-2021'), value('fy-total:data-center-2021')]).toEqual(['$7.8 bn', '$6.7 bn']);
    expect([value('fy-total:gaming-2022'), value('fy-total:data-center-2022')]).toEqual(['$12.5 bn', '$10.6 bn']);
    expect(value('fy-total:gaming-2022', 'zh')).toBe('125 亿美元');
  });

  test('the calculator’s steps print the days the chart draws, rounded as its big number is', () => {
    expect(['days-gpt3', 'days-gpt4-2000', 'days-gpt4-a100-wanka', 'days-gpt4-h800-wanka'].map((id) => value(`days:${id}`))).toEqual([
      '17',
      '1,100',
      '220',
      '70',
    ]);
  });

  test('MMLU scores keep the decimal their source prints', () => {
    expect([value('mmlu:gpt-3-5'), value('mmlu:gpt-4'), value('mmlu:baichuan2-13b')]).toEqual(['70.0', '86.4', '59.17']);
  });

  test('training compute prints as a power of ten', () => {
    expect(value('flop:gpt-4')).toBe('2.1×10²⁵');
    expect(value('flop:reporting-line-1e26')).toBe('1×10²⁶');
  });

  test('facts read as each language writes them: ranges, bounds and yuan in 亿', () => {
    expect(value('fact:nvidia-china-dc-share')).toBe('20–25%');
    expect(value('fact:alpaca-data-cost')).toBe('under $500');
    expect(value('fact:alpaca-data-cost', 'zh')).toBe('不到 500 美元');
    expect(value('fact:game-market-2022')).toBe('265.88 bn yuan');
    expect(value('fact:game-market-2022', 'zh')).toBe('2,658.84 亿元');
    expect(formatFact('en', { value: 4000, value_high: undefined, unit: 'count_above' })).toBe('more than 4,000');
  });

  test('DeepSeek-V3’s compute is computed, 6 × 37 billion active parameters × 14.8 trillion tokens, and printed to two digits', () => {
    expect(value('flop:deepseek-v3')).toBe('3.3×10²⁴');
    expect(value('params:deepseek-v3')).toBe('37 billion');
    expect(value('params:deepseek-v3', 'zh')).toBe('370 亿');
    expect(value('tokens:deepseek-v3')).toBe('14.8 trillion');
    expect(value('tokens:deepseek-v3', 'zh')).toBe('14.8 万亿');
    expect(value('flop:llama-31-405b')).toBe('3.8×10²⁵');
  });

  test('its GPU-hours imply about 33% of the H800’s 16-bit peak and about 17% of its FP8 peak', () => {
    expect(value('gpu-hours:deepseek-v3')).toBe('2.788 million');
    expect(value('gpu-hours:deepseek-v3', 'zh')).toBe('278.8 万');
    expect(value('utilisation:deepseek-v3')).toBe('33%');
    expect(value('utilisation-8bit:deepseek-v3')).toBe('17%');
    expect(() => value('utilisation:llama-31-405b')).toThrow(/needs GPU-hours/);
  });

  test('the AI Index gaps print to a tenth of a point', () => {
    expect([value('gap:mmlu-2023'), value('gap:mmlu-2024'), value('gap:math-2024')]).toEqual(['17.5', '0.3', '1.6']);
  });

  test('events print at their precision, or to the month; GPU-count rows only to the month', () => {
    expect(value('date:ai-diffusion-rescinded')).toBe('13 May 2025');
    expect(value('date:ai-diffusion-rescinded', 'zh')).toBe('2025 年 5 月 13 日');
    expect(value('month:h20-licence-required')).toBe('April 2025');
    expect(value('date:offshore-training')).toBe('November 2025');
    expect(value('month:colossus-2025')).toBe('March 2025');
    expect(value('month:llama-31-405b')).toBe('July 2024');
    expect(() => value('date:colossus-2025')).toThrow(/take month:/);
  });

  test('sums in billions of dollars, and a lower bound', () => {
    expect(value('fact:nvidia-one-day-loss')).toBe('$589 bn');
    expect(value('fact:nvidia-one-day-loss', 'zh')).toBe('5,890 亿美元');
    expect(value('fact:h20-orders-2025')).toBe('at least $16 bn');
    expect(value('fact:h20-orders-2025', 'zh')).toBe('至少 160 亿美元');
    expect(value('fact:qwen-derivatives')).toBe('more than 113,000');
  });

  test('the RTX 4090D’s TPP is the computed 4,707, the 4090’s scaled to its Tensor cores', () => {
    expect(value('tpp:rtx4090d')).toBe('4,707');
  });

  test('the 2022 rule’s compute test is named as the rule names it, not TPP', () => {
    expect(value('threshold:compute-2022')).toBe('4,800');
    expect(data.thresholds.find((r) => r.id === 'compute-2022')?.metric).toBe('bit_length_tops');
    expect(data.thresholds.some((r) => r.rule === '2022' && r.metric === 'tpp')).toBe(false);
  });

  test('an unknown key stops with the key, the file and line, and the data file named', () => {
    expect(() => value('tpp:h200')).toThrow('<Value of="tpp:h200"> in test.mdx:1: no row "h200" in data/chips.csv');
    expect(() => value('speed:h100')).toThrow(/"speed" is not a kind of value/);
  });
});
