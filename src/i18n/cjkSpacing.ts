// The site's one rule for Chinese text: a space between Han characters and Latin letters or digits ("AI 模型",
// "2023 年 10 月"), as most of the prose was written and as 中文文案排版指北 advises; none beside full-width
// punctuation ("“万卡”", "（A100）"), which carries its own space. Prose, UI strings and chart labels follow it.

const han = '\\p{Script=Han}';
const latin = '[A-Za-z0-9]';
const hanThenLatin = new RegExp(`(${han})(${latin})`, 'gu');
const latinThenHan = new RegExp(`(${latin})(${han})`, 'gu');
// A percent sign or a degree belongs to the figure before it: "20% 以上".
const signThenHan = new RegExp(`([%‰])(${han})`, 'gu');

/** Puts a space wherever Han meets a Latin letter or a digit without one. */
export function spaceHan(text: string): string {
  return text.replace(hanThenLatin, '$1 $2').replace(latinThenHan, '$1 $2').replace(signThenHan, '$1 $2');
}

export interface SpacingCount {
  /** Han next to a Latin letter or digit across one space. */
  spaced: number;
  /** Han touching a Latin letter or digit. */
  unspaced: number;
  /** Some unspaced boundaries in context, to find them. */
  examples: string[];
}

// Each boundary matched by its first character, the rest looked ahead to, so neighbours ("年 10 月") count twice.
const spacedBoundary = new RegExp(`${han}(?=[ \\u00a0]${latin})|${latin}(?=[ \\u00a0]${han})`, 'gu');
const unspacedBoundary = new RegExp(`${han}(?=${latin})|${latin}(?=${han})`, 'gu');

/** Counts the Han–Latin and Han–digit boundaries of a text, with a space and without. */
export function countHanSpacing(text: string): SpacingCount {
  const unspacedAt = [...text.matchAll(unspacedBoundary)].map((m) => m.index);
  return {
    spaced: [...text.matchAll(spacedBoundary)].length,
    unspaced: unspacedAt.length,
    examples: unspacedAt.slice(0, 20).map((i) => text.slice(Math.max(0, i - 8), i + 10)),
  };
}
