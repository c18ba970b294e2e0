import type { APIRoute } from 'astro';
import { charts, chartById } from '../../../charts/registry';
import { dataset } from '../../../data';
import { locales, type Locale } from '../../../i18n/locales';

export const getStaticPaths = () => charts.flatMap((chart) => locales.map((lang) => ({ params: { chart: chart.id, lang } })));

/**
 * /charts/<chart>/table.<lang>.json: the table under a chart in one language, which a story page builds when a reader
 * first opens it rather than carry every chart's rows in its HTML.
 */
export const GET: APIRoute = ({ params }) => {
  const chart = chartById(params['chart'] ?? '');
  return new Response(JSON.stringify(chart.table(chart.prepare(dataset()), params['lang'] as Locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
