import type { APIRoute } from 'astro';
import { builtFile, filePaths } from '../../../export/buildFiles';

export const getStaticPaths = filePaths;

/** /files/<lang>/<chart>-steps.svg: every step of the chart as small multiples, in one file. */
export const GET: APIRoute = (context) => builtFile(context, 'svg', 'steps');
