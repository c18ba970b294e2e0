// The pages load only the Latin subsets of their Latin face (layouts/Base.astro): a Greek, Cyrillic, Vietnamese or
// Devanagari letter in the text would be drawn in whatever face the reader's system has.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { builtFileOf, builtPages } from '../support/builtSite';

const outsideLatinSubsets =
  /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8a\u2de0-\u2dff\ua640-\ua69f\u0900-\u097f\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u20ab]/g;

test('no page writes a letter outside the Latin subsets of its face', () => {
  const found = builtPages().flatMap((page) =>
    [...new Set(readFileSync(builtFileOf(page), 'utf8').match(outsideLatinSubsets) ?? [])].map((c) => `${page}: ${c}`),
  );
  expect(found).toEqual([]);
});
