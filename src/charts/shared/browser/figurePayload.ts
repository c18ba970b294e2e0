import type { SourceRef } from '../evidence';
import { isLocale, languageTag, locales, type Locale } from '../../../i18n/locales';
import { chartDataPath } from '../../chartDataPath';

/**
 * What a figure redraws from: its chart and language, and its data inline (an embed's <script data-chart-payload>) or
 * at dataUrl. A figure marked data-redraw (story pages, posts) fetches its chart's data file, in its page's language.
 */
interface InlinePayload {
  chart: string;
  locale: string;
  data?: unknown;
  dataUrl?: string;
}

export interface ChartPayload<D> {
  chart: string;
  locale: Locale;
  data: D;
}

const fetched = new Map<string, Promise<unknown>>();

/** One request per chart, whichever figures share it; a failed one is forgotten so that the next need retries. */
function fetchData(url: string): Promise<unknown> {
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
  return { chart, locale: pageLocale(), dataUrl: chartDataPath(chart) };
}

const labelsOf = (inline: InlinePayload) => ({
  chart: inline.chart,
  locale: isLocale(inline.locale) ? inline.locale : ('en' as Locale),
});

/** The figure's labels, read at once from the page; undefined for a figure without a payload. */
export function figureLabels(figure: HTMLElement): Omit<ChartPayload<never>, 'data'> | undefined {
  return hasPayload(figure) ? labelsOf(readInline(figure)) : undefined;
}

/** The figure's labels and data, fetching the data the first time a figure without it inline needs it. */
export async function chartPayload<D>(figure: HTMLElement): Promise<ChartPayload<D>> {
  const inline = readInline(figure);
  const data = inline.data ?? (inline.dataUrl ? await fetchData(inline.dataUrl) : undefined);
  if (data === undefined) throw new Error(`The ${inline.chart} figure's payload has neither data nor dataUrl`);
  return { ...labelsOf(inline), data: data as D };
}

/** The sources a figure's marks cite, by id. */
export async function figureSources(figure: HTMLElement): Promise<readonly SourceRef[]> {
  return (await chartPayload<{ sources?: SourceRef[] }>(figure)).data.sources ?? [];
}
