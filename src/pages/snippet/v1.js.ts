import type { APIRoute } from 'astro';
import { loaderScript } from '../../snippet/loaderScript';

/** /snippet/v1.js: the one script a pasted snippet loads. Its path stays put; fragments live in /snippet/v1/. */
export const GET: APIRoute = () => new Response(loaderScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
