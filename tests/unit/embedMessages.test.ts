import { describe, expect, test } from 'vitest';
import { asksForHeight, heightMessages, messageSource, pymMessage } from '../../src/embed/messages';
import { readEmbedParams } from '../../src/embed/params';

describe('the height an embed page reports', () => {
  const report = { chart: 'gpu-fleets', height: 845, href: 'https://site.example/embed/en/gpu-fleets/?childId=pym-0', pymChildId: 'pym-0' };

  test('goes out in every dialect hosts listen for', () => {
    expect(heightMessages(report)).toEqual([
      { source: messageSource, type: 'height', chart: 'gpu-fleets', height: 845 },
      { 'datawrapper-height': { 'gpu-fleets': 845 } },
      { sentinel: 'amp', type: 'embed-size', height: 845 },
      JSON.stringify({ src: report.href, context: 'iframe.resize', height: 845 }),
      'pymxPYMxpym-0xPYMxheightxPYMx845',
    ]);
  });

  test('speaks pym.js only to a pym.js Parent, which names the child in ?childId=', () => {
    expect(heightMessages({ ...report, pymChildId: undefined }).filter((m) => typeof m === 'string' && m.startsWith('pym'))).toEqual([]);
  });

  test('is sent again when the loader asks, or when our own pym.js Parent sends its width', () => {
    expect(asksForHeight({ source: messageSource, type: 'request-height' }, undefined)).toBe(true);
    expect(asksForHeight(pymMessage('pym-0', 'width', '640'), 'pym-0')).toBe(true);
    expect(asksForHeight(pymMessage('pym-1', 'width', '640'), 'pym-0')).toBe(false);
    expect(asksForHeight(pymMessage('pym-0', 'width', '640'), undefined)).toBe(false);
    expect(asksForHeight({ source: 'someone-else', type: 'request-height' }, undefined)).toBe(false);
    expect(asksForHeight(null, 'pym-0')).toBe(false);
  });
});

describe('the embed page address', () => {
  test('reads ?step= counting from one, kept within the chart', () => {
    expect(readEmbedParams('?step=3', 4).step).toBe(2);
    expect(readEmbedParams('?step=9', 4).step).toBe(3);
    expect(readEmbedParams('?step=0', 4).step).toBe(0);
    expect(readEmbedParams('?step=two', 4).step).toBe(0);
    expect(readEmbedParams('', 4).step).toBe(0);
  });

  test('reads the theme, transparency and pym.js child id, defaulting to auto and opaque', () => {
    expect(readEmbedParams('?theme=dark&transparent=1&childId=pym-2', 3)).toEqual({ step: 0, theme: 'dark', transparent: true, pymChildId: 'pym-2' });
    expect(readEmbedParams('?theme=purple&transparent=yes', 3)).toEqual({ step: 0, theme: 'auto', transparent: false, pymChildId: undefined });
  });
});
