import { csvFormatRows } from 'd3-dsv';
import type { ExportTable } from './table';

/** Without it Excel reads UTF-8 as the system's code page, and Chinese headers turn to mojibake. */
const byteOrderMark = '\uFEFF';

/** A header cell: the label in the chart's language, then the stable key in brackets, e.g. "芯片 [chip]". */
const headerCell = (label: string, key: string) => `${label} [${key}]`;

export function tableToCsv({ columns, rows }: ExportTable): string {
  return `${byteOrderMark}${csvFormatRows([columns.map((c) => headerCell(c.text, c.key)), ...rows])}\n`;
}
