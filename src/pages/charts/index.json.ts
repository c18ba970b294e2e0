import type { APIRoute } from 'astro';
import { chartManifest } from '../../site/chartManifest';

/** /charts/index.json: every chart with its titles and step count. */
export const GET: APIRoute = () => new Response(JSON.stringify(chartManifest(), null, 2), { headers: { 'Content-Type': 'application/json' } });
