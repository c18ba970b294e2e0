import type { Locale } from '../i18n/locales';

/**
 * Chinese on every platform: the self-hosted face's name, the name Debian and Ubuntu give the same font,
 * Adobe's, then macOS's and Windows's own, then the platform's sans-serif.
 */
const chineseStack = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Latin first for English (the site's Noto Sans, then the platforms' standbys), then the Chinese stack for Han characters. */
const latinStack = "'Noto Sans', Helvetica, Arial";

/** The font stack an exported file names, set once on its root. */
export function exportFontFamily(locale: Locale): string {
  return locale === 'zh' ? chineseStack : `${latinStack}, ${chineseStack}`;
}
