import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles, dataFileText, type DataFileName } from '../../data/files';

export const getStaticPaths: GetStaticPaths = () => dataFiles.map(({ name }) => ({ params: { file: name } }));

/** Each data file, downloadable as /data/<name>.csv; the BOM lets Excel read the Chinese columns as UTF-8. */
export const GET: APIRoute = ({ params }) =>
  new Response('\uFEFF' + dataFileText(params['file'] as DataFileName), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
