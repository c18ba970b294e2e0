import type { APIRoute } from 'astro';
import { builtFile, filePaths } from '../../../export/buildFiles';

export const getStaticPaths = filePaths;

/** /files/<lang>/<chart>.svg */
export const GET: APIRoute = (context) => builtFile(context, 'svg');
