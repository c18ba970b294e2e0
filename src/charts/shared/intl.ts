import { languageTag, type Locale } from '../../i18n/locales';

// Making an Intl formatter costs far more than using one, and a chart's step formats hundreds of labels: each
// formatter is made once per language and set of options.
const made = new Map<string, unknown>();

function cached<T>(kind: string, locale: Locale, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(languageTag[locale], options));

// English dates are written day first, as the prose writes them (17 October 2023); plain `en` is American. Only
// dates with a day differ, and en-GB's short September is "Sept": months and years stay with `en`.
const dateTag = (locale: Locale, options: Intl.DateTimeFormatOptions) => (locale === 'en' && options.day ? 'en-GB' : languageTag[locale]);

/** Prefer the functions of ./format, which also space Chinese dates; this is for the parts they do not cover. */
export const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(dateTag(locale, options), options));

export const listFormat = (locale: Locale, options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(languageTag[locale], options));

export const pluralRules = (locale: Locale): Intl.PluralRules => cached('plural', locale, {}, () => new Intl.PluralRules(languageTag[locale]));
