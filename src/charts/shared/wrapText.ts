import { languageTag, type Locale } from '../../i18n/locales';

// Han, kana, Hangul and full-width forms take a full em; Latin text averages a little over half of one.
const wideGlyph =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const narrowGlyph = /[il.,:;'|!()[\] ]/u;

// A line may not start with closing punctuation, nor end with opening punctuation (kinsoku shori).
export const noLineStart = /^[，。、：；！？）」』】》〉,.;:!?)\]}%…·]/u;
export const noLineEnd = /[（「『【《〈([{]$/u;

/** Estimated advance width of a string in ems, without a font at hand (Node build, exports). */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (wideGlyph.test(char)) width += 1;
    else if (narrowGlyph.test(char)) width += 0.3;
    else if (/[A-Z0-9]/.test(char)) width += 0.64;
    else width += 0.55;
  }
  return width;
}

// Segmenters are costly to make and hold no state between calls: one per language is enough.
const segmenters = new Map<Locale, Intl.Segmenter>();
let graphemes: Intl.Segmenter | undefined;

export function wordSegmenter(locale: Locale): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(languageTag[locale], { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Breaks text into lines no wider than maxWidth pixels at fontSize, at word boundaries as Intl.Segmenter
 * finds them, which for Chinese means between words rather than only at spaces.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, locale: Locale): string[] {
  // A chart re-wraps the same labels at every step and every redraw: each wrap is worked out once.
  const key = `${locale}|${maxWidth}|${fontSize}|${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    lines = breakLines(text, maxWidth / fontSize, locale);
    wrapped.set(key, lines);
  }
  return [...lines];
}

const wrapped = new Map<string, readonly string[]>();

// A figure's end: a digit, or 万 / 亿 after one ("35 万" takes its measure word too: "35 万张").
const endsInDigit = /[0-9]$|[0-9] ?[万亿]$/u;
const startsWithHan = /^\p{Script=Han}/u;
const currencySign = /^[$¥€£]$/u;
// An English unit written after its figure and a space: "$1.57 bn", "12 m".
const unitWord = /^(?:bn|m|k|pp)$/u;

/**
 * Pieces that must stay on one line: a figure with the unit after it ("2022 年", "35 万", "1,000 张", "1.57 bn"), a
 * currency sign with its figure ("US$1.57"), a short quoted term ("“万卡”"), which the word segmenter splits
 * into characters, and closing punctuation with what it closes ("自然》；"), so that a line's width counts it.
 */
export function glue(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i]!;
    const prev = out.at(-1);
    if (piece === '“') {
      const close = pieces.indexOf('”', i);
      if (close > i && close - i <= 6) {
        piece = pieces.slice(i, close + 1).join('');
        i = close;
      }
    }
    if (currencySign.test(piece) && /^[0-9]/.test(pieces[i + 1] ?? '')) {
      piece += pieces[i + 1];
      i++;
    }
    if (prev !== undefined && /[$¥€£]/u.test(piece[0]!) && /US$/.test(prev)) {
      out[out.length - 1] = prev + piece;
      continue;
    }
    const next = pieces[i + 1] ?? '';
    if (prev !== undefined && piece === ' ' && /[0-9]$/.test(prev) && unitWord.test(next)) {
      out[out.length - 1] = prev + piece + next;
      i++;
    } else if (prev !== undefined && endsInDigit.test(prev) && startsWithHan.test(piece)) out[out.length - 1] = prev + piece;
    else if (prev !== undefined && piece === ' ' && /[0-9] ?[年月]$/u.test(prev) && /^[0-9]/.test(next)) {
      // A date is one piece: "2024 年 1 月 26 日".
      out[out.length - 1] = prev + piece + next;
      i++;
    } else if (prev !== undefined && piece === ' ' && endsInDigit.test(prev) && startsWithHan.test(next)) {
      out[out.length - 1] = prev + piece + next;
      i++;
    } else if (prev !== undefined && noLineStart.test(piece)) out[out.length - 1] = prev + piece;
    else out.push(piece);
  }
  return attachOpeners(out);
}

/**
 * An opening bracket or quote goes with what follows it ("《自然》"), so that a line breaks before it rather than
 * leave it at a line's end and push the next word past the width.
 */
function attachOpeners(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let opener = '';
  for (const piece of pieces) {
    if (noLineEnd.test(piece) && piece.trim() !== '') {
      opener += piece;
      continue;
    }
    out.push(opener + piece);
    opener = '';
  }
  if (opener) out.push(opener);
  return out;
}

// A last line of one or two characters ("力。") reads as a stray: the lines are set a little narrower to pull a word down.
const isWidow = (lines: readonly string[]) => lines.length > 1 && textWidthEm(lines.at(-1)!) <= 2;

function breakLines(text: string, limit: number, locale: Locale): string[] {
  const first = fillLines(text, limit, locale);
  if (!isWidow(first)) return first;
  for (const factor of [0.94, 0.88, 0.82]) {
    const lines = fillLines(text, limit * factor, locale);
    if (lines.length === first.length && !isWidow(lines)) return lines;
  }
  return first;
}

function fillLines(text: string, limit: number, locale: Locale): string[] {
  const pieces = glue([...wordSegmenter(locale).segment(text)].map((s) => s.segment));
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    const fits = textWidthEm(candidate.trimEnd()) <= limit;
    if (fits || line.trim() === '' || noLineStart.test(piece) || noLineEnd.test(line)) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = piece.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.flatMap((l) => (textWidthEm(l) > limit * 1.15 ? splitByGrapheme(l, limit) : [l]));
}

/** Last resort for one word longer than a line: break between characters. */
function splitByGrapheme(text: string, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (line !== '' && textWidthEm(line + segment) > limit && !noLineStart.test(segment)) {
      lines.push(line);
      line = '';
    }
    line += segment;
  }
  if (line !== '') lines.push(line);
  return lines;
}
