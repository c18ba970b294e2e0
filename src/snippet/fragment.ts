import { chartById } from '../charts/registry';
import { figureLayouts } from '../charts/widths';
import { serverDocument } from '../charts/renderToString';
import { dataset } from '../data';
import { languageTag, type Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { frameStyles } from './frameStyles';
import { payloadEvent } from './loader';
import type { SnippetNode, SnippetPayload } from './payload';
import { absoluteUrl, sitePath } from '../site/urls';
import type { ChartPlace } from '../story/chartPlaces';
import { storyStepPath } from './storySteps';

/** An element as plain data; namespace declarations are left out, since the loader creates nodes in theirs. */
function treeOf(element: Element): SnippetNode {
  const attributes = Object.fromEntries([...element.attributes].filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value]));
  const children = [...element.childNodes].flatMap((child): SnippetNode[] => {
    if (child.nodeType === child.TEXT_NODE) return [child.textContent ?? ''];
    return child.nodeType === child.ELEMENT_NODE ? [treeOf(child as Element)] : [];
  });
  return [element.localName, attributes, children];
}

/** The figure a placeholder shows: title, the chart as the story draws it at that step, source and a link back. */
export function snippetPayload(chartId: string, locale: Locale, place: ChartPlace | undefined, step: number): SnippetPayload {
  const chart = chartById(chartId);
  const t = translator(locale);
  const data = chart.prepare(dataset());
  const document = serverDocument();
  // The same two drawings as the story's figure: text keeps its size in a narrow and in a wide column.
  const drawings = figureLayouts.map(({ name, width }): SnippetNode => {
    const svg = chart.render(data, { width, locale, step, document, idPrefix: `${chartId}-${name}` });
    return ['div', { class: `svg ${name}` }, [treeOf(svg)]];
  });
  const tree: SnippetNode = [
    'figure',
    { class: 'frame', lang: languageTag[locale], 'data-chart': chartId, 'data-step': String(step) },
    [
      ['figcaption', {}, [['span', { class: 'title' }, [t(chart.titleKey)]], ' ', ['span', { class: 'subtitle' }, [t(chart.subtitleKey)]]]],
      ['div', { class: 'graphic' }, drawings],
      ['p', { class: 'source' }, [t('snippet.sourceLine', { source: t(chart.sourceKey) })]],
      ['p', { class: 'more' }, [['a', { href: absoluteUrl(sitePath(storyStepPath(chartId, locale, place, step))) }, [t('snippet.storyLink')]]]],
    ],
  ];
  return { css: frameStyles, tree };
}

/** JSON with every non-ASCII character escaped: the script then reads the same on a page in any encoding. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A fragment file: a classic script that fires its payload at its own element, where the loader listens. Loaded
 * as a script, not fetched, it needs no CORS header and leaves no global behind.
 */
export function fragmentScript(payload: SnippetPayload): string {
  return `(function (script) {\n  if (script) script.dispatchEvent(new CustomEvent(${JSON.stringify(payloadEvent)}, { detail: ${asciiJson(payload)} }));\n})(document.currentScript);\n`;
}
