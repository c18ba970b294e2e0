import type { Locale } from '../i18n/locales';

export const fileFormats = ['svg', 'png', 'csv', 'json'] as const;
export type FileFormat = (typeof fileFormats)[number];

/** The build-time file of a chart: its last step, light theme, the calculator at its default. */
export function builtFilePath(locale: Locale, chartId: string, format: FileFormat, base = '/'): string {
  return `${base.replace(/\/$/, '')}/files/${locale}/${chartId}.${format}`;
}

/** The build-time file of every step of a chart side by side, in one SVG. */
export function stepsFilePath(locale: Locale, chartId: string, base = '/'): string {
  return `${base.replace(/\/$/, '')}/files/${locale}/${chartId}-steps.svg`;
}

/** A file name that says what the file holds: "chip-thresholds-zh-step-2.svg", "…-phone.png". */
export function exportFileName(
  chartId: string,
  locale: Locale,
  format: FileFormat,
  { step, phone = false }: { step: number; phone?: boolean },
): string {
  return `${chartId}-${locale}-step-${step + 1}${phone ? '-phone' : ''}.${format}`;
}
