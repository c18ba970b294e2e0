import { chartById } from '../charts/registry';
import { serverDocument } from '../charts/renderToString';
import { languageTag, type Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { chartAttribute, langAttribute, stepAttribute } from './loader';
import { absoluteUrl, sitePath } from '../site/urls';
import type { ChartPlace } from '../story/chartPlaces';
import { storyStepPath } from './storySteps';

/** A path under the site's base as an absolute address: pasted code runs on other sites. */
const snippetUrl = (path: string) => absoluteUrl(sitePath(path));

/** Where the loader lives; a fragment's path is relative to it. */
const loaderPath = 'snippet/v1.js';

/**
 * The HTML a writer pastes: a placeholder naming the chart, language and step, then our script. The placeholder's
 * own links, to the chart in the story and to its PNG, are what a reader gets where the script is blocked.
 */
export function snippetHtml(chartId: string, locale: Locale, place: ChartPlace | undefined, step = 0): string {
  const chart = chartById(chartId);
  const t = translator(locale);
  const document = serverDocument();
  const paragraph = (href: string, text: string) => {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    p.append(a);
    return p;
  };
  const placeholder = document.createElement('div');
  placeholder.setAttribute(chartAttribute, chartId);
  placeholder.setAttribute(langAttribute, locale);
  placeholder.setAttribute(stepAttribute, String(step));
  placeholder.lang = languageTag[locale];
  placeholder.append(
    paragraph(snippetUrl(storyStepPath(chartId, locale, place, step)), t('snippet.chartLink', { title: t(chart.titleKey) })),
    paragraph(snippetUrl(`files/${locale}/${chartId}.png`), t('snippet.pngLink')),
  );
  const script = document.createElement('script');
  script.setAttribute('async', '');
  script.src = snippetUrl(loaderPath);
  return `${placeholder.outerHTML}\n${script.outerHTML}`;
}
