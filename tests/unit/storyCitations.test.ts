import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAll } from '../../src/data';
import { citationLabels, citedSources, localPublisher, shortPublisher, uncitedParagraphs } from '../../src/story/citations';
import { storyValue } from '../../src/story/values';

const data = loadAll();
const contentDir = join(process.cwd(), 'src/content');
const mdxFiles = ['story', 'posts'].flatMap((collection) =>
  ['en', 'zh'].flatMap((lang) =>
    readdirSync(join(contentDir, collection, lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join(collection, lang, f)),
  ),
);
const read = (file: string) => readFileSync(join(contentDir, file), 'utf8');

describe('every figure in the prose cites its source', () => {
  test.each(mdxFiles)('%s: each paragraph and step card with a figure has a <Cite>', (file) => {
    expect(uncitedParagraphs(read(file))).toEqual([]);
  });

  test.each(mdxFiles)('%s: every <Cite> names sources that exist and every <Value> resolves', (file) => {
    const text = read(file);
    for (const [, ids] of text.matchAll(/<Cite ids="([^"]*)"/g)) expect(() => citedSources(ids!, data.sources, file)).not.toThrow();
    for (const [, key] of text.matchAll(/<Value of="([^"]*)"/g)) expect(() => storyValue(data, key!, 'en', file)).not.toThrow();
  });

  test('a paragraph with a figure and no citation is caught; model names and links are not figures', () => {
    const mdx = [
      '---\ntitle: "x"\n---',
      'Nvidia sold 4,000 cards.',
      'The A100, GPT-4 and Llama 2 are names, and [a link](posts/2023/) is no figure.',
      '<Step id="a">\n\n    The H20 scores <Value of="tpp:h20" />.\n\n  </Step>',
      'Cited: 1,600 chips. <Cite ids="hawkinsight-baidu" />',
      '## 2022: a heading',
    ].join('\n\n');
    expect(uncitedParagraphs(mdx)).toEqual(['Nvidia sold 4,000 cards.', 'The H20 scores <Value of="tpp:h20" />.']);
  });

  test('an unknown source id stops with the id and the file named', () => {
    expect(() => citedSources('reuters-raimondo-kyc no-such-source', data.sources, 'src/content/story/en/00-opening.mdx:7')).toThrow(
      /src\/content\/story\/en\/00-opening\.mdx:7: "no-such-source" is not an id in data\/sources\.csv/,
    );
  });

  test('a citation names the publisher without its reprint host', () => {
    expect(shortPublisher('Reuters (David Shepardson) via Yahoo Finance')).toBe('Reuters');
    expect(shortPublisher('Federal Register (GovInfo)')).toBe('Federal Register');
  });

  test('the Chinese edition cites the essay as 虎嗅网, the English as Huxiu; neither as “WeChat account”', () => {
    const essay = citedSources('essay-huxiu', data.sources)[0]!;
    expect(shortPublisher(localPublisher(essay, 'en'))).toBe('Huxiu');
    expect(shortPublisher(localPublisher(essay, 'zh'))).toBe('虎嗅网');
    expect(shortPublisher('中国音像与数字出版协会；游戏出版工作委员会')).toBe('中国音像与数字出版协会');
    // A source with no Chinese name keeps its own in both editions.
    const reuters = citedSources('reuters-raimondo-kyc', data.sources)[0]!;
    expect(localPublisher(reuters, 'zh')).toBe(reuters.publisher);
  });

  test('two sources of one citation that would read the same are told apart by year, or by date', () => {
    expect(citationLabels(citedSources('fr-eo-13984 fr-iaas-nprm reuters-raimondo-kyc', data.sources))).toEqual([
      'Federal Register, 2021',
      'Federal Register, 2024',
      'Reuters',
    ]);
    expect(citationLabels(citedSources('register-h20 register-4090d', data.sources))).toEqual([
      'The Register, 2023-11-27',
      'The Register, 2023-12-28',
    ]);
  });
});
