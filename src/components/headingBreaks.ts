import { glue, noLineEnd, noLineStart, textWidthEm, wordSegmenter } from '../charts/shared/wrapText';
import type { Locale } from '../i18n/locales';

const loneHan = /^\p{Script=Han}$/u;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A heading's text cut where a line may break: between words, never inside one. Chinese headings are set
 * `word-break: keep-all` (global.css), so they break only between these pieces: between the words Intl.Segmenter
 * finds, never between a figure and its unit nor inside a date ("2024 年 1 月", held by no-break spaces) nor inside a
 * short quoted term ("“万卡”"). English breaks at its spaces already: its text is one piece.
 */
export function headingPieces(text: string, locale: Locale): string[] {
  // A heading of a dozen characters fits a phone's line at any heading size here: no breaks to mark.
  if (locale !== 'zh' || textWidthEm(text) <= 12) return [text];
  const pieces = glue([...wordSegmenter(locale).segment(text)].map((s) => s.segment));
  const lines: string[] = [];
  pieces.forEach((piece, i) => {
    const prev = pieces[i - 1];
    // Two lone characters in a row may be one word the segmenter's dictionary lacks (芯|片): no break between them.
    const breakable =
      prev !== undefined &&
      prev !== ' ' &&
      piece !== ' ' &&
      !noLineStart.test(piece) &&
      !noLineEnd.test(prev) &&
      !(loneHan.test(prev) && loneHan.test(piece));
    const kept = piece === ' ' ? piece : piece.replace(/ /g, '\u00a0');
    if (breakable || lines.length === 0) lines.push(kept);
    else lines[lines.length - 1] += kept;
  });
  return lines;
}

/** A heading's HTML, with a <wbr> wherever headingPieces allows a break. */
export function headingHtml(text: string, locale: Locale): string {
  return headingPieces(text, locale).map(escapeHtml).join('<wbr>');
}
