import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../../charts/registry';
import { oembedResponse } from '../../../../embed/oembed';
import { locales, type Locale } from '../../../../i18n/locales';

export const getStaticPaths = (() =>
  locales.flatMap((lang) => charts.map((chart) => ({ params: { lang, chart: chart.id } })))) satisfies GetStaticPaths;

/** /embed/<lang>/<chart>/oembed.json: a static oEmbed response, found through the pages' discovery links. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(oembedResponse(params['chart'] ?? '', params['lang'] as Locale), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
