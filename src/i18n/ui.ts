import { z } from 'zod';
import en from '../content/ui/en.json';
import zh from '../content/ui/zh.json';
import type { Locale } from './locales';

const dictionarySchema = z.record(z.string(), z.string().min(1));

export type UiKey = keyof typeof en;

// Both dictionaries are checked once, when the module loads; a missing key is a build error.
const dictionaries: Record<Locale, Record<UiKey, string>> = {
  en: dictionarySchema.parse(en) as Record<UiKey, string>,
  zh: dictionarySchema.parse(zh) as Record<UiKey, string>,
};

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The UI string for a key in one language, with `{name}` placeholders filled in. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values = {}) => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`UI string "${key}" is missing for ${locale}`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  };
}

export function uiKeys(locale: Locale): string[] {
  return Object.keys(dictionaries[locale]);
}
