import { glue, noLineEnd, noLineStart, textWidthEm, wordSegmenter } from '../charts/shared/wrapText';
import type { Locale } from './locales';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A heading's HTML that breaks between words, never inside one. Chinese headings are set `word-break: keep-all`
 * (global.css), so they break only where this puts a <wbr>: between the words Intl.Segmenter finds, never between a
 * figure and its unit nor inside a date ("2024 年 1 月", held by no-break spaces) nor inside a short quoted term ("“万卡”"). English
 * breaks at its spaces already: its text is only escaped.
 */
export function headingHtml(text: string, locale: Locale): string {
  // A heading of a dozen characters fits a phone's line at any heading size here: no breaks to mark.
  if (locale !== 'zh' || textWidthEm(text) <= 12) return escapeHtml(text);
  const pieces = glue([...wordSegmenter(locale).segment(text)].map((s) => s.segment));
  let html = '';
  pieces.forEach((piece, i) => {
    const prev = pieces[i - 1];
    const breakable = prev !== undefined && prev !== ' ' && piece !== ' ' && !noLineStart.test(piece) && !noLineEnd.test(prev);
    html += (breakable ? '<wbr>' : '') + escapeHtml(piece === ' ' ? piece : piece.replace(/ /g, '\u00a0'));
  });
  return html;
}
