import type { APIContext, GetStaticPaths } from 'astro';
import { charts } from '../charts/registry';
import { locales, type Locale } from '../i18n/locales';
import { nodeExportFile } from './nodeExport';
import type { FileFormat } from './paths';
import { siteUrl } from '../site/urls';

/** Every chart in every language: /files/<lang>/<chart>.<format>. */
export const filePaths: GetStaticPaths = () => locales.flatMap((lang) => charts.map((chart) => ({ params: { lang, chart: chart.id } })));

const contentTypes: Record<FileFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * A build-time file: the chart's last step, light theme, the calculator's default run; or, with the "steps" layout,
 * every step side by side (/files/<lang>/<chart>-steps.svg).
 */
export async function builtFile({ params }: APIContext, format: FileFormat, layout: 'standard' | 'steps' = 'standard'): Promise<Response> {
  const chartId = params['chart']!;
  const content = await nodeExportFile(
    { chartId, locale: params['lang'] as Locale, site: siteUrl(), base: import.meta.env.BASE_URL, csvFile: `${chartId}.csv`, layout },
    format,
  );
  return new Response(typeof content === 'string' ? content : new Uint8Array(content), { headers: { 'Content-Type': contentTypes[format] } });
}
