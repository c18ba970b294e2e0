import type { Source } from '../data/sources';
import type { Locale } from '../i18n/locales';

/** The sources a `<Cite ids="…">` names, in its order; an unknown id stops the build, naming it and the file. */
export function citedSources(ids: string, sources: readonly Source[], from = 'an MDX file'): Source[] {
  const wanted = ids.trim().split(/\s+/).filter(Boolean);
  if (wanted.length === 0) throw new Error(`<Cite> in ${from} names no source: give ids="…" from data/sources.csv`);
  return wanted.map((id) => {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new Error(`<Cite ids="${ids}"> in ${from}: "${id}" is not an id in data/sources.csv`);
    return source;
  });
}

/** The name a citation shows: the publisher without its reprint host or detail ("Reuters", "Federal Register", "虎嗅网"). */
export function shortPublisher(publisher: string): string {
  return publisher.split(/ via |;|\s\(|, |（|；|，/)[0]!.trim();
}

/** The publisher as the reader's edition names it: the Chinese name where sources.csv gives one. */
export function localPublisher(source: Pick<Source, 'publisher' | 'publisher_zh'>, locale: Locale): string {
  return locale === 'zh' ? (source.publisher_zh ?? source.publisher) : source.publisher;
}

/**
 * The labels one citation shows, in order: the short publisher, with the source's year where two sources of one
 * citation would otherwise read the same ("Federal Register, 2021; Federal Register, 2024"), or its date if the year is shared too.
 */
export function citationLabels(sources: readonly Pick<Source, 'publisher' | 'date'>[]): string[] {
  const clash = (labels: string[], index: number) => labels.filter((label) => label === labels[index]).length > 1;
  const short = sources.map((source) => shortPublisher(source.publisher));
  const withYear = short.map((name, index) => (clash(short, index) ? `${name}, ${sources[index]!.date.slice(0, 4)}` : name));
  return withYear.map((label, index) => (clash(withYear, index) ? `${short[index]}, ${sources[index]!.date}` : label));
}

/** MDX elements that are layout, not prose: a paragraph made only of them states no figure. */
const layoutTag = /^<\/?(Scrolly|Step|Chart|ChartControls)\b/;

/**
 * The paragraphs of an MDX text (story section, step card or post) that state a figure, a date or a quotation
 * and cite nothing: a paragraph with a digit or a `<Value>` must hold a `<Cite>`. Headings and layout tags are
 * skipped; link targets and tag attributes do not count as figures.
 */
export function uncitedParagraphs(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#') && !layoutTag.test(block))
    .filter((block) => {
      const prose = block
        // The page's own dateline ("record as of …") is ours to state, not a sourced figure.
        .replace(/<span class="as-of">[\s\S]*?<\/span>/g, '')
        .replace(/<Value\b[^>]*\/>/g, '0')
        .replace(/<Cite\b[^>]*\/>/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/<[^>]+>/g, '')
        // Names with digits in them are not figures: A100, GPT-4, 910B, gpt-3.5-turbo, Llama 2, section 3 / 第 3 节.
        .replace(/\b(Llama|LLaMA)\s+\d\b|\b[Ss]ection\s+\d\b|第\s*\d\s*节/g, '')
        .replace(/[\w.-]*[A-Za-z][\w.-]*/g, '');
      return /\d/.test(prose) && !/<Cite\s+ids="[^"]+"/.test(block);
    });
}
