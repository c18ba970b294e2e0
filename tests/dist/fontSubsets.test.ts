// The pages load only the basic Latin subset of their Latin face (layouts/Base.astro): a letter of Latin Extended, or a
// Greek, Cyrillic, Vietnamese or Devanagari one, in the text would be drawn in whatever face the reader's system has.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { builtFileOf, builtPages } from '../support/builtSite';

// Latin Extended (fontsource's latin-ext subset), Greek, Cyrillic, Devanagari and the letters only Vietnamese uses, by
// code point.
const outsideRanges = [
  [0x100, 0x2af],
  [0x1e00, 0x1eff],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0x370, 0x3ff],
  [0x1f00, 0x1fff],
  [0x400, 0x52f],
  [0x1c80, 0x1c8a],
  [0x2de0, 0x2dff],
  [0xa640, 0xa69f],
  [0x900, 0x97f],
  [0x1ea0, 0x1ef9],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x20ab, 0x20ab],
];
const outsideLatinSubsets = (text: string) =>
  [...new Set(text)].filter((c) => outsideRanges.some(([from, to]) => c.codePointAt(0)! >= from! && c.codePointAt(0)! <= to!));

test('no page writes a letter outside the Latin subsets of its face', () => {
  const found = builtPages().flatMap((page) => outsideLatinSubsets(readFileSync(builtFileOf(page), 'utf8')).map((c) => `${page}: ${c}`));
  expect(found).toEqual([]);
});
