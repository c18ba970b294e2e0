import { describe, expect, test } from 'vitest';
import { offsetStep, stepBeingRead, stepFromHash, stepStatus } from '../../src/scrolly/steps';

describe('scroll steps', () => {
  const ids = ['rule-2022', 'nvidia-answers-2022', 'rule-2023'];
  test('a #hash that names a step opens that step', () => {
    expect(stepFromHash('#rule-2023', ids)).toBe(2);
    expect(stepFromHash('#somewhere-else', ids)).toBeUndefined();
    expect(stepFromHash('', ids)).toBeUndefined();
  });
  test('previous and next stop at the ends', () => {
    expect(offsetStep(0, -1, 3)).toBe(0);
    expect(offsetStep(2, 1, 3)).toBe(2);
    expect(offsetStep(1, 1, 3)).toBe(2);
  });
  test('the status counts from one', () => {
    expect(stepStatus('Step {n} of {total}', 0, 4)).toBe('Step 1 of 4');
  });
  // Steps as their tops and bottoms in px from the viewport's top, on an 800 px screen with the line at 400.
  const at = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 200 }));
  test('the step being read is the last whose top has passed the line, wherever the scroll came from', () => {
    expect(stepBeingRead(at(350, 1200, 2000), 400, 800)).toBe(0);
    expect(stepBeingRead(at(-900, 380, 1200), 400, 800)).toBe(1);
    // A fling that carried two steps past the line between frames lands on the later one.
    expect(stepBeingRead(at(-2400, -1600, 120, 900), 400, 800)).toBe(2);
  });
  test('a card whole on screen is being read, even below the line', () => {
    expect(stepBeingRead(at(-300, 550, 1400), 400, 800)).toBe(1);
    expect(stepBeingRead(at(-300, 650, 1400), 400, 800)).toBe(0);
  });
  test('above all the steps the chart is at its first step, below them all at its last', () => {
    expect(stepBeingRead(at(900, 1700, 2500), 400, 800)).toBe(0);
    expect(stepBeingRead(at(-3000, -2200, -1400), 400, 800)).toBe(2);
  });
});
