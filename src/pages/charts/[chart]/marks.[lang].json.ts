import type { APIRoute } from 'astro';
import { charts, chartById } from '../../../charts/registry';
import { chartMarkEvidence } from '../../../charts/markEvidence';
import { dataset } from '../../../data';
import { locales, type Locale } from '../../../i18n/locales';

export const getStaticPaths = () => charts.flatMap((chart) => locales.map((lang) => ({ params: { chart: chart.id, lang } })));

/**
 * /charts/<chart>/marks.<lang>.json: what each mark of a chart says and cites, step by step, in one language. A story
 * page's drawings leave it out and fetch it with the chart's data, before the chart first moves or a mark is inspected.
 */
export const GET: APIRoute = ({ params }) => {
  const chart = chartById(params['chart'] ?? '');
  return new Response(JSON.stringify(chartMarkEvidence(chart, chart.prepare(dataset()), params['lang'] as Locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
