import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataset } from '../../src/data';
import type { SourceKind } from '../../src/data/sources';

// The hosts a desk would cite, each with the kind of publisher it is. A source links the primary document where one
// exists (the rule, the paper, the filing, the release, the company's own post), else the outlet of record or the
// trade press that reported it; estimates come from the houses that make them. Mirrors, proxies, forums, personal
// notes, aggregators, content farms, resellers and spec databases are not on the list, so a row linking one fails.
// On github.com and huggingface.co the first path segment is the publisher, so it is part of the key.
const allowedHosts: Record<string, SourceKind> = {
  // Primary: governments and legislatures.
  'www.federalregister.gov': 'primary',
  'www.govinfo.gov': 'primary',
  'bis.gov': 'primary',
  'www.bis.gov': 'primary',
  'www.sec.gov': 'primary',
  'chinaselectcommittee.house.gov': 'primary',
  // Primary: companies, labs and their papers.
  'arxiv.org': 'primary',
  'nvidianews.nvidia.com': 'primary',
  'images.nvidia.com': 'primary',
  'resources.nvidia.com': 'primary',
  'www.nvidia.com': 'primary',
  'openai.com': 'primary',
  'www.anthropic.com': 'primary',
  'ai.meta.com': 'primary',
  'about.fb.com': 'primary',
  'news.microsoft.com': 'primary',
  'hai.stanford.edu': 'primary',
  'crfm.stanford.edu': 'primary',
  'lmsys.org': 'primary',
  'blog.eleuther.ai': 'primary',
  'github.com/01-ai': 'primary',
  'github.com/QwenLM': 'primary',
  'github.com/THUDM': 'primary',
  'github.com/baichuan-inc': 'primary',
  'github.com/tatsu-lab': 'primary',
  'huggingface.co/01-ai': 'primary',
  'huggingface.co/blog': 'primary',
  // Outlets of record.
  'www.reuters.com': 'outlet-of-record',
  'news.bloomberglaw.com': 'outlet-of-record',
  'www.cnbc.com': 'outlet-of-record',
  'asia.nikkei.com': 'outlet-of-record',
  'www.straitstimes.com': 'outlet-of-record',
  'www.hindustantimes.com': 'outlet-of-record',
  'www.business-standard.com': 'outlet-of-record',
  'www.brecorder.com': 'outlet-of-record',
  'www.nature.com': 'outlet-of-record',
  // Trade press.
  'www.tomshardware.com': 'trade-press',
  'www.theregister.com': 'trade-press',
  'www.theverge.com': 'trade-press',
  'techcrunch.com': 'trade-press',
  'www.macrumors.com': 'trade-press',
  'hothardware.com': 'trade-press',
  'www.tweaktown.com': 'trade-press',
  'www.datacenterdynamics.com': 'trade-press',
  'www.datacenterfrontier.com': 'trade-press',
  'www.itpro.com': 'trade-press',
  'www.worldecr.com': 'trade-press',
  'internationaltradetoday.com': 'trade-press',
  'technode.com': 'trade-press',
  'en.tmtpost.com': 'trade-press',
  'www.asianfin.com': 'trade-press',
  'www.chinamoneynetwork.com': 'trade-press',
  'the-decoder.com': 'trade-press',
  'www.fool.com': 'trade-press',
  // Estimate houses.
  'epoch.ai': 'estimate-house',
  'semianalysis.com': 'estimate-house',
  'www.semianalysis.com': 'estimate-house',
};

/** The allow-list's key for an address: its host, with the publisher's path segment on shared hosts. */
function hostKey(address: string): string {
  const url = new URL(address);
  const shared = url.hostname === 'github.com' || url.hostname === 'huggingface.co';
  return shared ? `${url.hostname}/${url.pathname.split('/')[1] ?? ''}` : url.hostname;
}

const sources = dataset().sources;

describe('sources a desk would cite', () => {
  test('every linked source is on a host of the allow-list, and its kind is the host’s', () => {
    const off = sources.filter((s) => s.url !== undefined && !(hostKey(s.url) in allowedHosts)).map((s) => `${s.id}: ${s.url}`);
    expect(off).toEqual([]);
    const wrongKind = sources
      .filter((s) => s.url !== undefined && allowedHosts[hostKey(s.url)] !== s.kind)
      .map((s) => `${s.id}: ${s.kind}, host is ${allowedHosts[hostKey(s.url!)]}`);
    expect(wrongKind).toEqual([]);
  });

  test('the allow-list fails a mirror, a proxy, a forum, personal notes, an aggregator and a reseller', () => {
    for (const address of [
      'https://vuink.com/post/guriretr-d-dpbz/2023/3/8/23629362/meta-ai-language-model-llama-leak-online-misuse',
      'https://finboldsc.pages.dev/posts/nvidia-q2',
      'https://semiwiki.com/forum/threads/colossus.21244',
      'https://medium.com/@someone/gpt4-all-details-leaked',
      'https://github.com/peaklau2008/peaklau2008.github.io',
      'https://incidentdatabase.ai/entities/claude-api',
      'https://www.mullet.se/product.html?product_id=355414',
      'https://huggingface.co/yanismiraoui/Yi-6B-sharded',
    ])
      expect(hostKey(address) in allowedHosts, address).toBe(false);
  });

  test('no linked address is an AMP page, a CMS test subdomain or a bare IP address', () => {
    for (const source of sources.filter((s) => s.url !== undefined)) {
      const url = new URL(source.url!);
      expect(url.pathname, source.id).not.toMatch(/\/amp\//i);
      expect(url.hostname, source.id).not.toMatch(/^(amp|test|stage|dev)\.|^\d+\.\d+\.\d+\.\d+$/);
    }
  });

  test('the essay is cited by its full title, Huxiu and the WeChat account, with no link to Huxiu’s home page', () => {
    const essay = sources.find((s) => s.id === 'essay-huxiu')!;
    expect(essay.title).toBe('禁止云计算厂商为中国训练AI大模型，美国图啥？');
    expect(essay.url).toBeUndefined();
    expect(essay.publisher).toMatch(/^Huxiu .*WeChat account 互联网怪盗团/);
    expect(essay.publisher_zh).toMatch(/^虎嗅网.*微信公众号“互联网怪盗团”/);
    expect(essay.kind).toBe('primary');
  });

  test('the facts the issue names cite their primary sources', () => {
    const cited = (file: { id: string; source: string[] }[], id: string) => file.find((r) => r.id === id)!.source;
    const d = dataset();
    expect(cited(d.benchmarkGaps, 'mmlu-2024')).toEqual(['hai-ai-index-2025']);
    expect(cited(d.modelCompute, 'llama-31-405b')).toEqual(['arxiv-llama3']);
    expect(cited(d.events, 'eo-14110-revoked')).toEqual(['fr-eo-14148']);
    expect(cited(d.events, 'anthropic-distillation-claim')).toEqual(['anthropic-distillation']);
    expect(cited(d.facts, 'nvidia-one-day-loss')).toEqual(['bloomberg-nvidia-rout']);
    expect(d.nvidiaRevenue.every((r) => r.source.length === 1 && r.source[0]!.startsWith('nvidia-fy'))).toBe(true);
    expect(sources.find((s) => s.id === 'arxiv-llama3')!.url).toBe('https://arxiv.org/abs/2407.21783');
  });

  test('every kind is shown on the methods page in both languages', () => {
    for (const locale of ['en', 'zh']) {
      const strings = JSON.parse(readFileSync(`src/content/ui/${locale}.json`, 'utf8')) as Record<string, string>;
      for (const kind of new Set(sources.map((s) => s.kind))) expect(strings[`source.kind.${kind}`], `${locale} ${kind}`).toBeTruthy();
    }
    expect(readFileSync('src/pages/[lang]/methods.astro', 'utf8')).toContain('source.kind.${source.kind}');
  });
});
