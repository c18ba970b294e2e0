import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataset } from '../../src/data';
import { storyValue } from '../../src/story/values';

// What the corrections of 6 December 2026 put right, held in the text, the captions and the data alike, in both
// languages, so that a later edit cannot bring an error back.

const data = dataset();
const ui = (locale: 'en' | 'zh') => JSON.parse(readFileSync(`src/content/ui/${locale}.json`, 'utf8')) as Record<string, string>;
const en = ui('en');
const zh = ui('zh');
const story = (locale: 'en' | 'zh', name: string) => readFileSync(`src/content/story/${locale}/${name}.mdx`, 'utf8');
const whole = (locale: 'en' | 'zh') =>
  readdirSync(`src/content/story/${locale}`)
    .sort()
    .map((name) => story(locale, name.replace(/\.mdx$/, '')))
    .join('\n');
/** A Chinese MDX text with each <Value> replaced by what it prints, as the page shows it. */
const rendered = (mdx: string) => mdx.replace(/<Value of="([^"]+)" \/>/g, (_, key: string) => storyValue(data, key, 'zh', 'test'));

describe('the essay’s per-firm figure is an average of cards held, not what closing the loophole would leave', () => {
  test('every English caption that gives the figure says “on average”', () => {
    // Every string that quotes the figure, whichever it is: a note or caption written later is held to it too.
    const quoting = Object.keys(en).filter((key) => /\{claim\}|\{perFirm\}/.test(en[key]!));
    expect(quoting).toEqual(expect.arrayContaining(['hero.claim', 'hero.label', 'fleets.desc.1', 'runs.desc.0']));
    for (const key of ['story.standfirst', ...quoting]) expect(en[key], key).toMatch(/on average|average of/);
    expect(en['story.standfirst']).not.toMatch(/would leave/);
  });

  test('the Chinese standfirst says 平均每家, not 只剩', () => {
    expect(zh['story.standfirst']).toContain('平均每家');
    expect(zh['story.standfirst']).not.toContain('只剩');
  });
});

describe('what the essay said about the gap', () => {
  test('nothing says the essay expected the gap to widen', () => {
    expect(whole('en')).not.toMatch(/expected the gap to widen|instead of widening/);
    expect(whole('zh')).not.toMatch(/预计差距会拉大|没有拉大/);
    for (const strings of [en, zh]) for (const key of ['gap.title', 'gap.subtitle']) expect(strings[key], key).not.toMatch(/widen|拉大/);
  });
});

describe('section 5 and the close say no more than their evidence', () => {
  test('Chinese labs are not said to have reached the frontier without 万卡 clusters', () => {
    expect(story('en', '05-what-happened-next')).not.toMatch(/without them/);
    expect(story('zh', '05-what-happened-next')).not.toMatch(/没有它也/);
  });

  test('going abroad is a rising practice the FT reported, and the unclosed loophole an absence of a final rule', () => {
    expect(story('en', '06-close')).not.toMatch(/main road|was never closed/);
    expect(story('en', '06-close')).toMatch(/We found no final rule/);
    expect(story('zh', '06-close')).not.toMatch(/主路|始终没有堵上/);
    expect(story('zh', '06-close')).toMatch(/没有找到堵上这最后一道漏洞的终版规则/);
  });

  test('the AI Diffusion rule took effect; BIS announced on 13 May 2025 that it would rescind it', () => {
    expect(whole('en')).not.toMatch(/before it took effect/);
    expect(whole('zh')).not.toMatch(/生效前被撤销|未生效即被撤/);
    expect(en['door.desc.1']).toMatch(/in force from 13 January 2025, which BIS said on 13 May 2025 it would rescind/);
    const rescinded = data.events.find((e) => e.id === 'ai-diffusion-rescinded')!;
    expect(rescinded.label_en).toBe('BIS to rescind AI Diffusion rule');
    expect(rescinded.source).toEqual(['bis-ai-diffusion-rescission']);
  });

  test('the market’s fall follows R1, not V3', () => {
    expect(whole('en')).not.toMatch(/shook the market/);
    expect(whole('zh')).not.toMatch(/震动市场/);
    expect(story('en', '05-what-happened-next')).toMatch(/R1 on <Value of="date:deepseek-r1" \/>[^.]*\. A week later Nvidia lost/);
  });

  test('no distillation claim is called ongoing: each carries its date', () => {
    expect(story('en', '05-what-happened-next')).not.toMatch(/still accuse|still allege/);
    expect(story('zh', '05-what-happened-next')).not.toMatch(/至今仍指控/);
    expect(story('en', '05-what-happened-next')).toMatch(/In <Value of="month:openai-distillation-claim" \/> Bloomberg reported/);
  });

  test('Llama 3.1 405B was released in July 2024, and its compute is Meta’s own figure', () => {
    expect(whole('en')).not.toMatch(/in July 2024 <Cite|trained on 16,384 H100s in July|Epoch AI's 3\.8/);
    expect(story('en', '05-what-happened-next')).toMatch(/released in <Value of="month:llama-31-405b" \/>/);
    expect(data.modelCompute.find((m) => m.id === 'llama-31-405b')).toMatchObject({ confidence: 'verified', source: ['arxiv-llama3'] });
  });

  test('the implied utilisation is given against the 16-bit peak, with the FP8 figure and what the hours include beside it', () => {
    for (const locale of ['en', 'zh'] as const) {
      const text = story(locale, '05-what-happened-next');
      const at = text.indexOf('<Value of="utilisation:deepseek-v3" />');
      const note = text.slice(at, at + 600);
      expect(note, locale).toContain('<Value of="utilisation-8bit:deepseek-v3" />');
      expect(note, locale).toMatch(locale === 'en' ? /context extension and post-training/ : /上下文扩展和后训练/);
    }
  });
});

describe('the essay, its title and its chip', () => {
  const title = '禁止云计算厂商为中国训练AI大模型，美国图啥？';

  test('the title is given in full, in Chinese, in the opening of both editions, with one English translation', () => {
    expect(story('en', '00-opening')).toContain(`“${title}” (“Banning cloud providers from training AI models for China: what is America after?”)`);
    expect(story('zh', '00-opening')).toContain(`《${title}》`);
    expect(whole('en').match(/Banning cloud providers from training AI models for China/g)).toHaveLength(1);
    expect(en['footer.credit']).toContain('“{title}”');
    expect(zh['footer.credit']).toContain('《{title}》');
    expect(en['methods.essay']).not.toMatch(/link goes to Huxiu/);
  });

  test('the calculator’s chip is our assumption, not the essay’s', () => {
    expect(story('en', '02-cloud-loophole')).not.toMatch(/essay’s 2,000 A100s/);
    expect(story('en', '02-cloud-loophole')).toMatch(/the essay names no chip/);
    expect(story('zh', '02-cloud-loophole')).toMatch(/文章没有说是哪种芯片/);
    expect(en['days.desc.1']).toMatch(/the essay names no chip/);
    expect(zh['days.desc.1']).toMatch(/文章没有说是哪种芯片/);
  });
});

describe('the timeline and the data sets', () => {
  test('Raimondo spoke to Reuters on Friday 26 January 2024; no second statement is dated the 27th', () => {
    expect(data.events.filter((e) => e.date === '2024-01-27')).toEqual([]);
    expect(data.events.find((e) => e.id === 'raimondo-reuters')).toMatchObject({ date: '2024-01-26', source: ['reuters-raimondo-kyc'] });
    expect(data.sources.some((s) => s.url?.includes('techhq.com'))).toBe(false);
  });

  test('the events data set’s caption covers its span, to November 2026', () => {
    expect(en['dataset.events']).toBe('Timeline events, 2019 to November 2026');
    expect(zh['dataset.events']).toContain('2026 年 11 月');
    expect(
      data.events
        .map((e) => e.date)
        .sort()
        .at(-1)!
        .slice(0, 4),
    ).toBe('2026');
  });

  test('Qwen-7B’s first score is not typed in the text, since only the update’s is plotted', () => {
    expect(whole('en')).not.toContain('56.7');
    expect(whole('zh')).not.toContain('56.7');
    expect(data.mmlu.filter((m) => m.model === 'Qwen-7B')).toHaveLength(1);
  });

  test('the files readers download drop the old framing: no teacher family, no TPP for the 2022 rule', () => {
    expect(new Set(data.mmlu.map((m) => m.family))).toEqual(new Set(['openai', 'open', 'china']));
    expect(readFileSync('data/mmlu.csv', 'utf8')).not.toMatch(/,teacher,/);
    expect(readFileSync('data/thresholds.csv', 'utf8')).not.toMatch(/^tpp-2022,/m);
  });

  test('every correction of this round is logged, in both languages, with its sources', () => {
    const logged = new Set(data.corrections.filter((c) => c.date === '2026-12-06').map((c) => c.id));
    for (const id of [
      'standfirst-average',
      'gap-words',
      'wanka-record',
      'close-hedge',
      'essay-title',
      'ai-diffusion',
      'market-run',
      'distillation-dates',
      'rtx-4090d-tpp',
      'llama-31',
      'events-caption',
      'market-source',
      'essay-chip',
      'raimondo-date',
      'qwen-prose',
      'scorecard-reasons',
      'utilisation-fp8',
      'renames',
      'sources-desk',
      'values-section5',
      'chinese-edition',
    ])
      expect(logged.has(id), id).toBe(true);
  });
});

describe('the Chinese edition, read as an editor reads it', () => {
  const text = () => whole('zh');

  test('claims that are not accusations are 说法, and state-funded is not 国资', () => {
    expect(text()).not.toContain('国资');
    expect(zh['door.desc.2']).not.toContain('国资');
    expect(data.events.find((e) => e.id === 'state-dc-domestic')!.label_zh).not.toContain('国资');
    expect(zh['score.legend.hollow']).toContain('说法');
  });

  test('no words are put in a committee’s mouth, no groundwork is a 伏笔, and no concession is added', () => {
    expect(text()).not.toMatch(/“鞭长莫及”|伏笔|也许如此|中国境外数据中心里/);
    expect(text()).not.toMatch(/这条规则的其他支撑/);
  });

  test('figures are grouped as elsewhere in the edition, and a count in 万 sits next to its measure word', () => {
    // Grouped digits, as the rest of the edition writes them: 12,288 and 2,048, never 12288 or 2048.
    for (const row of data.scorecard)
      expect(`${row.point_zh} ${row.evidence_zh}`, row.id).not.toMatch(/\d{5,}(?!\d*\s*号)|(?<!\d)(1000|2000|2048)(?!\d)/);
    for (const event of data.events) expect(event.label_zh, event.id).not.toMatch(/\d{5,}(?!\d*\s*号)/);
    const shown = rendered(text());
    expect(shown).not.toMatch(/[万亿] [张个条台份对的]/);
    expect(shown).not.toMatch(/\p{Script=Han} 至少|1000–2000/u);
  });

  test('the essay is cited by its Chinese publisher’s name, not “WeChat account”', () => {
    const essay = data.sources.find((s) => s.id === 'essay-huxiu')!;
    expect(essay.publisher_zh?.split(/（|；/)[0]).toBe('虎嗅网');
  });
});
