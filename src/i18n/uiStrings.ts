import en from '../content/ui/en.json';
import zh from '../content/ui/zh.json';
import type { Locale } from './locales';

/**
 * Every language's UI strings, for the build, the export command and the tests. The browser resolves `#ui-strings`
 * to its page's language only (src/i18n/browser/pageStrings.ts; package.json "imports").
 */
export const dictionaries: Partial<Record<Locale, Readonly<Record<string, string>>>> = { en, zh };
