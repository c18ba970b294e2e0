import type { Locale } from '../../i18n/locales';
import { textWidthEm, wrapText } from './wrapText';

/**
 * A wrap without a stub for a last line: narrows the width step by step, keeping the number of lines, until
 * the last line is at least 40% as long as the longest. Narrowing no further keeps words whole where it can.
 */
export function balancedWrap(label: string, maxWidth: number, size: number, locale: Locale): string[] {
  const first = wrapText(label, maxWidth, size, locale);
  const balanced = (lines: string[]) => textWidthEm(lines.at(-1)!) >= 0.4 * Math.max(...lines.map(textWidthEm));
  if (first.length < 2 || balanced(first)) return first;
  for (let width = maxWidth - size / 2; width > maxWidth / 2; width -= size / 2) {
    const lines = wrapText(label, width, size, locale);
    if (lines.length !== first.length) break;
    if (balanced(lines)) return lines;
  }
  return first;
}

const openers = '“‘（「《(';
const closers: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '「': '」', '《': '》', '(': ')' };

/**
 * Wraps a label, but if the plain wrap would break inside quotation marks or brackets, breaks before them
 * instead, at the cost of one line at most: "华为被列入 / “实体清单”", not "华为被列入“实体 / 清单”".
 */
export function wrapLabel(label: string, maxWidth: number, labelSize: number, locale: Locale): string[] {
  const plain = balancedWrap(label, maxWidth, labelSize, locale);
  if (plain.length < 2) return plain;
  const breaks: number[] = [];
  let offset = 0;
  for (const line of plain.slice(0, -1)) {
    offset = label.indexOf(line, offset) + line.length;
    breaks.push(offset);
  }
  for (let i = 1; i < label.length; i++) {
    const open = label[i]!;
    if (!openers.includes(open)) continue;
    const close = label.indexOf(closers[open]!, i + 1);
    if (close < 0 || !breaks.some((b) => b > i && b <= close)) continue;
    const split = [
      ...balancedWrap(label.slice(0, i).trimEnd(), maxWidth, labelSize, locale),
      ...balancedWrap(label.slice(i), maxWidth, labelSize, locale),
    ];
    if (split.length <= plain.length + 1) return split;
  }
  return plain;
}
