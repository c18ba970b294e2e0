import { describe, expect, test } from 'vitest';
import { offsetStep, stepFromHash, stepStatus } from '../../src/scrolly/steps';

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
});
