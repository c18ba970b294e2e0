import type { APIRoute } from 'astro';
import { charts, chartById } from '../../../charts/registry';
import { dataset } from '../../../data';

export const getStaticPaths = () => charts.map((chart) => ({ params: { chart: chart.id } }));

/**
 * /charts/<chart>/data.json: the data a chart in the story redraws from, the same in both languages. Story pages
 * fetch it when a chart needs to move, rather than carry six charts' data in their HTML.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(chartById(params['chart'] ?? '').prepare(dataset())), { headers: { 'Content-Type': 'application/json' } });
