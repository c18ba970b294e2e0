import { describe, expect, test } from 'vitest';
import { dataset } from '../../src/data';
import { dataFiles } from '../../src/data/files';
import { articleLd, datasetLd, jsonLdText, temporalCoverage } from '../../src/site/structuredData';

const site = { name: 'The last loophole', url: 'https://last-loophole.pages.dev/en/' };

describe('articleLd', () => {
  test('an Article carries everything search engines ask of one', () => {
    const article = articleLd({
      headline: 'How the chip line moved',
      description: 'Twice.',
      url: 'https://last-loophole.pages.dev/en/posts/moving-the-line/',
      datePublished: '2026-11-27',
      dateModified: '2026-11-30',
      inLanguage: 'en',
      image: 'https://last-loophole.pages.dev/share/en/chip-thresholds.png',
      site,
    });
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'How the chip line moved',
      datePublished: '2026-11-27',
      dateModified: '2026-11-30',
      inLanguage: 'en',
      image: ['https://last-loophole.pages.dev/share/en/chip-thresholds.png'],
      author: { '@type': 'Organization', name: site.name },
      publisher: { '@type': 'Organization', name: site.name },
    });
  });
});

describe('datasetLd', () => {
  test('the Dataset is CC BY 4.0 and offers one DataDownload per CSV', () => {
    const files = dataFiles.map(({ name }) => ({
      name: `${name}.csv`,
      description: name,
      contentUrl: `https://last-loophole.pages.dev/data/${name}.csv`,
    }));
    const ld = datasetLd({
      name: 'Data',
      description: 'All of it',
      url: 'https://last-loophole.pages.dev/en/methods/',
      inLanguage: 'en',
      site,
      files,
      temporalCoverage: '2019-01-01/2024-02-01',
    });
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization' },
      temporalCoverage: '2019-01-01/2024-02-01',
    });
    const downloads = ld['distribution'] as { '@type': string; contentUrl: string; encodingFormat: string }[];
    expect(downloads).toHaveLength(dataFiles.length);
    expect(downloads.every((d) => d['@type'] === 'DataDownload' && d.encodingFormat === 'text/csv' && d.contentUrl.endsWith('.csv'))).toBe(true);
  });

  test('temporalCoverage spans the earliest to the latest dated row of the data', () => {
    const coverage = temporalCoverage(dataset());
    expect(coverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
    const [from, to] = coverage.split('/');
    expect(from! <= '2019-12-31').toBe(true);
    expect(to! >= '2024-01-26').toBe(true);
    expect(dataset().events.every((e) => e.date >= from! && e.date <= to!)).toBe(true);
  });
});

test('jsonLdText keeps the data inside its script element, whatever the strings hold', () => {
  const text = jsonLdText({ headline: '</script><script>alert(1)</script><!--' });
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script><!--' });
});
