import { chartPayload } from '../../charts/shared/browser/figurePayload';
import { readerInputsOf } from '../../charts/shared/readerInputs';
import { pageTheme } from '../../charts/shared/browser/pageTheme';
import { exportData, exportSvg, type ChartExportRequest } from '../exportChart';
import { exportFileName } from '../paths';
import type { ExportTexts } from '../texts';
import { rasterize } from './rasterize';

export type BrowserFormat = 'svg' | 'png' | 'png-phone' | 'csv';

/** PNG pixels per SVG pixel: sharp on high-density screens; the phone layout at 1080 px wide, WeChat's usual. */
const pngScale = { standard: 2, phone: 3 } as const;

/** What the reader sees in a figure: its chart and data, its step, the calculator's inputs, the colour scheme. */
async function readerView(
  figure: HTMLElement,
  texts: ExportTexts,
  stepCount: number,
  layout: ChartExportRequest['layout'],
): Promise<ChartExportRequest> {
  const payload = await chartPayload<ChartExportRequest['data']>(figure);
  const step = Math.min(stepCount - 1, Math.max(0, Number(figure.dataset['step'] ?? stepCount - 1) || 0));
  // The reader's own inputs show on the last step only, as on the page.
  const svg = figure.querySelector('.chart-svg svg');
  const inputs = step === stepCount - 1 && svg ? readerInputsOf(svg) : undefined;
  const theme = pageTheme(document);
  return {
    chartId: payload.chart,
    data: payload.data,
    locale: payload.locale,
    step,
    stepCount,
    theme,
    layout,
    ...(inputs === undefined ? {} : { inputs }),
    texts,
    document,
  };
}

/** The file for one download button, made in the page by the same code as the build's files. */
export async function exportFigure(
  figure: HTMLElement,
  format: BrowserFormat,
  texts: ExportTexts,
  stepCount: number,
): Promise<{ blob: Blob; name: string }> {
  const phone = format === 'png-phone';
  const request = await readerView(figure, texts, stepCount, phone ? 'phone' : 'standard');
  const name = (extension: 'svg' | 'png' | 'csv') => exportFileName(request.chartId, request.locale, extension, { step: request.step, phone });
  if (format === 'csv') {
    const { csv } = await exportData(request, name('csv'));
    return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), name: name('csv') };
  }
  const svg = await exportSvg(request);
  if (format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name: name('svg') };
  return { blob: await rasterize(svg, pngScale[request.layout]), name: name('png') };
}
