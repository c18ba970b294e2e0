import { chartPayload } from '../../charts/shared/browser/figurePayload';
import { readerInputsOf } from '../../charts/shared/readerInputs';
import { pageTheme } from '../../charts/shared/browser/pageTheme';
import { exportData, exportSvg, type ChartExportRequest } from '../exportChart';
import { exportFileName } from '../paths';
import { exportTexts } from '../texts';
import { loadDefinition } from './chartDefinitions';
import { rasterize } from './rasterize';

export type BrowserFormat = 'svg' | 'png' | 'png-phone' | 'csv';

/** PNG pixels per SVG pixel: sharp on high-density screens; the phone layout at 1080 px wide, WeChat's usual. */
const pngScale = { standard: 2, phone: 3 } as const;

/** What the reader sees in a figure: its chart and data, its step, the calculator's inputs, the colour scheme. */
async function readerView(figure: HTMLElement, storyPage: string, layout: ChartExportRequest['layout']): Promise<ChartExportRequest> {
  const [chart, payload] = await Promise.all([loadDefinition(figure.dataset['chart'] ?? ''), chartPayload<ChartExportRequest['data']>(figure)]);
  const { stepCount } = chart;
  const step = Math.min(stepCount - 1, Math.max(0, Number(figure.dataset['step'] ?? stepCount - 1) || 0));
  // The reader's own inputs show on the last step only, as on the page.
  const svg = figure.querySelector('.chart-svg svg');
  const inputs = step === stepCount - 1 && svg ? readerInputsOf(svg) : undefined;
  const theme = pageTheme(document);
  return {
    chart,
    data: payload.data,
    locale: payload.locale,
    step,
    theme,
    layout,
    ...(inputs === undefined ? {} : { inputs }),
    // The words around the drawing, as the build's files have them (export/texts.ts), linking back to the chart's place.
    texts: exportTexts(chart, payload.locale, new URL(`#${chart.id}-caption`, storyPage).href),
    document,
  };
}

/** The file for one download button, made in the page by the same code as the build's files. */
export async function exportFigure(figure: HTMLElement, format: BrowserFormat, storyPage: string): Promise<{ blob: Blob; name: string }> {
  const phone = format === 'png-phone';
  const request = await readerView(figure, storyPage, phone ? 'phone' : 'standard');
  const name = (extension: 'svg' | 'png' | 'csv') => exportFileName(request.chart.id, request.locale, extension, { step: request.step, phone });
  if (format === 'csv') {
    const { csv } = exportData(request, name('csv'));
    return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), name: name('csv') };
  }
  const svg = exportSvg(request);
  if (format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name: name('svg') };
  return { blob: await rasterize(svg, pngScale[phone ? 'phone' : 'standard']), name: name('png') };
}
