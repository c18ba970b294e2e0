import { charts, chartById } from '../charts/registry';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/ui';
import { absoluteUrl, sitePath } from '../site/urls';

/** The chart on the story's cover: the rule moving the line and the chips moving to it is the story in one picture. */
export const coverChartId = 'chip-thresholds';

/** Every share image of one language: the story's cover, then one per chart. */
export function shareImageNames(): string[] {
  return ['cover', ...charts.map((chart) => chart.id)];
}

/** Where a share image lives: /share/<lang>/<cover|chart>.png, made by the build. */
export function shareImageUrl(locale: Locale, name: string): string {
  return absoluteUrl(sitePath(`share/${locale}/${name}.png`));
}

/** The words that stand in for a share image (og:image:alt, twitter:image:alt). */
export function shareImageAlt(locale: Locale, name: string): string {
  const t = translator(locale);
  const chartTitle = (id: string) => t(chartById(id).titleKey);
  return name === 'cover' ? t('share.coverAlt', { title: t('site.title'), chart: chartTitle(coverChartId) }) : chartTitle(name);
}

/** A post's link preview shows the first chart it embeds (`<Chart id="…" />`), else the story's cover. */
export function postShareImage(body: string | undefined): string {
  const first = /<Chart\s[^>]*\bid=["']([^"']+)["']/.exec(body ?? '')?.[1];
  return first && charts.some((chart) => chart.id === first) ? first : 'cover';
}
