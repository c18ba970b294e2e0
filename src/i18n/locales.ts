/** URL segments of the site's languages. The segment is kept apart from the BCP 47 tag. */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

/** The language tag for `<html lang>`, hreflang and Intl. */
export const languageTag: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
