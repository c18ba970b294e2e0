import type { SourceRef } from '../evidence';
import type { StepMarkEvidence } from '../markEvidence';
import { isLocale, languageTag, locales, type Locale } from '../../../i18n/locales';
import { chartDataPath, chartMarksPath } from '../../chartDataPath';
import { restoreMarkEvidence } from './markEvidence';

/**
 * What a figure redraws from: its chart and language, its data and its marks' words and evidence, inline (an embed's
 * <script data-chart-payload>) or at dataUrl and marksUrl. A figure marked data-redraw (story pages, posts) fetches
 * its chart's data file and, in its page's language, its marks file.
 */
interface InlinePayload {
  chart: string;
  locale: string;
  data?: unknown;
  marks?: StepMarkEvidence[];
  dataUrl?: string;
  marksUrl?: string;
}

export interface ChartPayload<D> {
  chart: string;
  locale: Locale;
  data: D;
}

const fetched = new Map<string, Promise<unknown>>();

/** One request per file, whichever figures share it; a failed one is forgotten so that the next need retries. */
function fetchJson(url: string): Promise<unknown> {
  let request = fetched.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
      return response.json() as Promise<unknown>;
    });
    request.catch(() => fetched.delete(url));
    fetched.set(url, request);
  }
  return request;
}

const pageLocale = (): Locale => locales.find((locale) => languageTag[locale] === document.documentElement.lang) ?? 'en';

const hasPayload = (figure: HTMLElement) =>
  Boolean(figure.querySelector('script[data-chart-payload]')?.textContent) ||
  (figure.hasAttribute('data-redraw') && Boolean(figure.dataset['chart']));

function readInline(figure: HTMLElement): InlinePayload {
  const text = figure.querySelector('script[data-chart-payload]')?.textContent;
  if (text) return JSON.parse(text) as InlinePayload;
  const chart = figure.dataset['chart'];
  if (!chart || !figure.hasAttribute('data-redraw')) throw new Error(`The ${chart ?? ''} figure has no chart payload`);
  const locale = pageLocale();
  return { chart, locale, dataUrl: chartDataPath(chart), marksUrl: chartMarksPath(chart, locale) };
}

const labelsOf = (inline: InlinePayload) => ({
  chart: inline.chart,
  locale: isLocale(inline.locale) ? inline.locale : ('en' as Locale),
});

/** The figure's labels, read at once from the page; undefined for a figure without a payload. */
export function figureLabels(figure: HTMLElement): Omit<ChartPayload<never>, 'data'> | undefined {
  return hasPayload(figure) ? labelsOf(readInline(figure)) : undefined;
}

/**
 * The figure's labels and data, fetching the data and the marks' evidence the first time a figure without them inline
 * needs them. Its drawings have their marks' words and evidence back by the time it resolves, unless their file
 * could not be fetched: the chart moves all the same, and a later need asks for the file again.
 */
export async function chartPayload<D>(figure: HTMLElement): Promise<ChartPayload<D>> {
  const inline = readInline(figure);
  const [data, marks] = await Promise.all([
    inline.data ?? (inline.dataUrl ? fetchJson(inline.dataUrl) : undefined),
    inline.marks ?? (inline.marksUrl ? (fetchJson(inline.marksUrl) as Promise<StepMarkEvidence[]>).catch(() => undefined) : undefined),
  ]);
  if (data === undefined) throw new Error(`The ${inline.chart} figure's payload has neither data nor dataUrl`);
  if (marks) restoreMarkEvidence(figure, marks);
  return { ...labelsOf(inline), data: data as D };
}

/** The sources a figure's marks cite, by id. */
export async function figureSources(figure: HTMLElement): Promise<readonly SourceRef[]> {
  return (await chartPayload<{ sources?: SourceRef[] }>(figure)).data.sources ?? [];
}
