import { describe, expect, test } from 'vitest';
import { lineBox, placeLabels, textBox, type Box } from '../../src/charts/shared/labels';

const bounds: Box = { x0: 0, x1: 400, y0: 0, y1: 300 };
const options = { fontSize: 13, radius: 5, bounds };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** The box of a placed label, as the placer centres it on its y. */
const placedBox = (label: string, p: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }) => textBox(label, p.x, p.y + 13 / 2, 13, p.anchor);

describe('placeLabels', () => {
  test('puts a label right of its point when nothing is there', () => {
    const [placed] = placeLabels([{ id: 'a', x: 100, y: 100, label: 'A100' }], options);
    expect(placed).toMatchObject({ side: 'right', anchor: 'start', dropped: false });
  });

  test('keeps a label off a threshold line through its point: a dot where two lines cross gets a corner', () => {
    // The A100 · A800 case: the dot sits just right of a vertical line and on a horizontal one.
    const lines = [lineBox(96, 0, 96, 300), lineBox(0, 100, 400, 100)];
    const [placed] = placeLabels([{ id: 'a', x: 100, y: 100, label: 'A100 · A800' }], { ...options, obstacles: lines });
    expect(placed!.side).toMatch(/^(above|below)-right$/);
    const box = placedBox('A100 · A800', placed!);
    for (const line of lines) expect(overlaps(box, line)).toBe(false);
  });

  test('never lays a label over one placed before it', () => {
    const points = [
      { id: 'a', x: 200, y: 100, label: 'L40S' },
      { id: 'b', x: 200, y: 112, label: 'RTX 4090' },
    ];
    const [a, b] = placeLabels(points, options);
    expect(overlaps(placedBox('L40S', a!), placedBox('RTX 4090', b!))).toBe(false);
  });

  test('gives a multi-line label the height of all its lines', () => {
    // A dot just under the top: a two-line label no longer fits beside it, and goes below.
    const [placed] = placeLabels([{ id: 'a', x: 380, y: 10, label: 'ChatGLM3-6B', lines: 2 }], options);
    expect(placed!.side).toMatch(/below/);
  });

  test('drops an optional label that has nowhere free to go, and keeps a required one at the least crowded side', () => {
    const wall = [lineBox(0, 0, 0, 300), ...[-1, 1].map((d) => lineBox(0, 100 + d * 12, 400, 100 + d * 12)), lineBox(60, 0, 60, 300)];
    const point = { id: 'a', x: 10, y: 100, label: 'about 23 days' };
    expect(placeLabels([{ ...point, optional: true }], { ...options, obstacles: wall })[0]).toMatchObject({ dropped: true });
    expect(placeLabels([point], { ...options, obstacles: wall })[0]).toMatchObject({ dropped: false });
  });
});
