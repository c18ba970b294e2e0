import { describe, expect, test } from 'vitest';
import { placeTip, type Box } from '../../src/client/tipPlacement';

const area: Box = { left: 0, top: 0, width: 360, height: 400 };
const tip = { width: 200, height: 80 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const placed = (mark: Box) => ({ ...placeTip(mark, tip, area), ...tip });

describe('placeTip', () => {
  test('puts the tip to the right of a mark where it fits, level with it', () => {
    expect(placeTip({ left: 40, top: 200, width: 10, height: 10 }, tip, area)).toEqual({ left: 58, top: 165 });
  });

  test('puts it to the left of a mark near the right edge', () => {
    expect(placeTip({ left: 300, top: 200, width: 10, height: 10 }, tip, area)).toEqual({ left: 92, top: 165 });
  });

  test('on a narrow drawing, where neither side has room, puts it below a mark high up and above one low down', () => {
    expect(placeTip({ left: 175, top: 50, width: 10, height: 10 }, tip, area)).toEqual({ left: 80, top: 68 });
    expect(placeTip({ left: 175, top: 350, width: 10, height: 10 }, tip, area)).toEqual({ left: 80, top: 262 });
  });

  test('never covers the mark, wherever the mark is', () => {
    for (let left = 0; left <= 350; left += 25)
      for (let top = 0; top <= 390; top += 30) {
        const mark = { left, top, width: 10, height: 10 };
        expect(overlaps(placed(mark), mark), `${left},${top}`).toBe(false);
      }
  });

  test('a tip too tall for either side of a row as wide as the chart starts inside the area, never above it', () => {
    const tall = { width: 300, height: 250 };
    const row = { left: 0, top: 180, width: 360, height: 40 };
    const at = placeTip(row, tall, area);
    expect(at.top).toBeGreaterThanOrEqual(area.top);
    expect(at.top + tall.height).toBeLessThanOrEqual(area.top + area.height);
    // Taller than the whole area: it starts at the area's top.
    expect(placeTip(row, { width: 300, height: 500 }, area).top).toBe(area.top);
  });
});
