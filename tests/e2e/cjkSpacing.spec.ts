// The Chinese pages follow one spacing rule (src/i18n/cjkSpacing.ts): a space between Han and Latin letters or
// digits, in the prose, the UI and the charts' SVG text alike. Counted on the built HTML, as a reader gets it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { countHanSpacing } from '../../src/i18n/cjkSpacing';
import { builtHtmlFiles, builtPages } from './pages';
import { readerText } from './readerText';

const pages = ['/zh/', '/zh/posts/moving-the-line/'];

for (const path of pages) {
  test(`${path}: at least 95% of Han–Latin and Han–digit boundaries are spaced`, () => {
    const file = builtHtmlFiles()[builtPages().indexOf(path)]!;
    const { spaced, unspaced, examples } = countHanSpacing(readerText(readFileSync(file, 'utf8')));
    const share = spaced / (spaced + unspaced);
    test.info().annotations.push({ type: 'spacing', description: `${path}: ${spaced} spaced, ${unspaced} not (${(100 * share).toFixed(1)}%)` });
    expect(spaced + unspaced, 'the page has boundaries to count').toBeGreaterThan(100);
    expect(share, `${path}: ${spaced} spaced, ${unspaced} not; e.g. ${examples.map((e) => JSON.stringify(e)).join(', ')}`).toBeGreaterThanOrEqual(
      0.95,
    );
  });
}
