import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { shareImagePng, shareImageSvg } from '../../src/share/renderShareImage';
import { postShareImage, shareImageAlt, shareImageNames, shareImageUrl } from '../../src/share/shareImages';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share images', () => {
  test('there is a cover and one image per chart, at an absolute address per language', () => {
    expect(shareImageNames()).toEqual(['cover', ...charts.map((chart) => chart.id)]);
    expect(shareImageUrl('zh', 'timeline')).toMatch(/^https?:\/\/[^/]+\/share\/zh\/timeline\.png$/);
  });

  test('each is a 1200×630 PNG, in Chinese as in English', async () => {
    expect(pngSize(await shareImagePng('en', 'cover'))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await shareImagePng('zh', 'gpu-fleets'))).toEqual({ width: 1200, height: 630 });
  }, 60_000);

  test('a chart’s card shows its title, the source line and the chart at its last step', () => {
    const svg = shareImageSvg('zh', 'chip-thresholds');
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('id="title"');
    expect(svg).toMatch(/id="source"[^>]*>.*来源/);
    // The last step of the chip chart is the rule of October 2023, with the H20 made to fit under it.
    expect(svg).toContain('2023 年 10 月规则');
    expect(svg).toContain('H20');
    expect(svg).toContain("'Noto Sans SC'");
  });

  test('the cover carries the site’s title and standfirst beside its chart', () => {
    const svg = shareImageSvg('en', 'cover');
    expect(svg).toContain('The last loophole');
    expect(svg).toContain('id="subtitle"');
    expect(svg).toContain('id="chart"');
    expect(shareImageAlt('en', 'cover')).toContain('The rule moved the line');
  });

  test('a post shows the first chart it embeds, else the cover', () => {
    expect(postShareImage('Text\n\n<Chart id="gpu-fleets" step={2} />\n<Chart id="timeline" />')).toBe('gpu-fleets');
    expect(postShareImage('No chart here.')).toBe('cover');
    expect(postShareImage('<Chart id="no-such-chart" />')).toBe('cover');
  });
});
