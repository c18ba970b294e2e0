import type { APIRoute } from 'astro';
import { builtFile, filePaths } from '../../../export/buildFiles';

export const getStaticPaths = filePaths;

/** /files/<lang>/<chart>.json */
export const GET: APIRoute = (context) => builtFile(context, 'json');
