import { languageTag, locales, type Locale } from '../locales';

// In the browser, the page's own language only, named by <html lang>: its strings are a chunk of their own, fetched
// with the first code that needs them, never the other language's. An embed page's classic scripts are built
// per language instead (src/build/classicScripts.ts).
const locale = locales.find((l) => languageTag[l] === document.documentElement.lang) ?? 'en';
const strings = { en: () => import('../../content/ui/en.json'), zh: () => import('../../content/ui/zh.json') };

export const dictionaries: Partial<Record<Locale, Readonly<Record<string, string>>>> = { [locale]: (await strings[locale]()).default };
