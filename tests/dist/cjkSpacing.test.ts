// The Chinese pages follow one spacing rule (src/i18n/cjkSpacing.ts): a space between Han and Latin letters or
// digits, in the prose, the UI and the charts' SVG text alike. Counted on the built HTML, as a reader gets it.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { countHanSpacing } from '../../src/i18n/cjkSpacing';
import { builtFileOf } from '../support/builtSite';
import { readerText } from './readerText';

const pages = ['/zh/', '/zh/posts/moving-the-line/'];

for (const path of pages) {
  test(`${path}: at least 95% of Han–Latin and Han–digit boundaries are spaced`, () => {
    const { spaced, unspaced, examples } = countHanSpacing(readerText(readFileSync(builtFileOf(path), 'utf8')));
    const share = spaced / (spaced + unspaced);
    const counts = `${path}: ${spaced} spaced, ${unspaced} not (${(100 * share).toFixed(1)}%)`;
    expect(spaced + unspaced, `${counts}; the page has boundaries to count`).toBeGreaterThan(100);
    expect(share, `${counts}; e.g. ${examples.map((e) => JSON.stringify(e)).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
}
