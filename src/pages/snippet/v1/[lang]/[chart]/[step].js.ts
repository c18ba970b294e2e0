import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../../../charts/registry';
import { locales, type Locale } from '../../../../../i18n/locales';
import { fragmentScript, snippetPayload } from '../../../../../snippet/fragment';
import { storyPlaces } from '../../../../../story/storyPlaces';

export const getStaticPaths: GetStaticPaths = () =>
  locales.flatMap((lang) =>
    charts.flatMap((chart) => Array.from({ length: chart.stepCount }, (_, step) => ({ params: { lang, chart: chart.id, step: String(step) } }))),
  );

/** /snippet/v1/<lang>/<chart>/<step>.js: one chart at one step, as a script the loader can load from any origin. */
export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as Locale;
  const chartId = params['chart']!;
  const place = (await storyPlaces(locale)).get(chartId);
  return new Response(fragmentScript(snippetPayload(chartId, locale, place, Number(params['step']))), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
