import { JSDOM } from 'jsdom';
import { chartById } from '../charts/registry';
import { dataset } from '../data';
import { exportTexts } from '../export/texts';
import { svgToPng } from '../export/png';
import { serializeSvg } from '../export/serialize';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { siteUrl } from '../site/urls';
import { shareCardSvg, shareChartWidth } from './shareCard';
import { coverChartId } from './shareImages';

/** A share image as SVG text: the cover (site title and standfirst beside one chart) or a chart's own card. */
export function shareImageSvg(locale: Locale, name: string): string {
  const chartId = name === 'cover' ? coverChartId : name;
  const chart = chartById(chartId);
  const t = translator(locale);
  const texts = exportTexts(chart, locale, '');
  const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  // The last step: the whole picture a chart builds up to.
  const drawing = chart.render(chart.prepare(dataset()), {
    width: shareChartWidth,
    locale,
    step: chart.stepCount - 1,
    theme: 'light',
    document,
    idPrefix: chartId,
  });
  const site = siteUrl().host;
  const card =
    name === 'cover'
      ? { title: t('site.title'), subtitle: t('site.description'), source: texts.source, site }
      : { kicker: t('site.title'), title: texts.title, subtitle: texts.subtitle, source: texts.source, site };
  return serializeSvg(shareCardSvg(drawing, card, locale));
}

/** The share image as a 1200×630 PNG, drawn by the same resvg setup as the PNG exports (Chinese glyphs included). */
export function shareImagePng(locale: Locale, name: string): Promise<Buffer> {
  return svgToPng(shareImageSvg(locale, name), locale, { scale: 1 });
}
