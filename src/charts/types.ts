import type { Locale } from '../i18n/locales';
import type { ThemeName } from './shared/theme';

/** What every chart function takes besides its data. */
export interface ChartOptions {
  /** Width in CSS pixels; the height follows from it. */
  width: number;
  locale: Locale;
  /** Zero-based scroll step; out-of-range values are clamped. */
  step: number;
  /** The palette to draw in, light by default; an update draws in the one it is given, whatever the SVG was drawn in. */
  theme?: ThemeName;
  /** The document to create elements with: a jsdom one in Node, the page's in the browser. */
  document: Document;
  /** Prefix for element ids, unique per SVG on a page. */
  idPrefix?: string;
  /** What the reader set beyond the step, for a chart that takes it (the calculator's run). */
  inputs?: unknown;
}

export interface TableCell {
  text: string;
  numeric?: boolean;
  links?: { text: string; href: string }[];
}

/** A chart's data as a reader can open it under the figure. */
export interface DataTable {
  columns: string[];
  rows: TableCell[][];
}
