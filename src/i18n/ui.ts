import type en from '../content/ui/en.json';
import { dictionaries } from '#ui-strings';
import { spaceHan } from './cjkSpacing';
import type { Locale } from './locales';

export type UiKey = keyof typeof en;

// The two files' key sets and placeholders are checked by tests/unit/uiStrings.test.ts; a key missing at run
// time throws below. No schema library here: this module ships to the browser with every chart, and there with
// its page's language only.

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The UI string for a key in one language, with `{name}` placeholders filled in. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  if (!dictionary) throw new Error(`No UI strings for ${locale} here: a page's scripts carry its own language's only`);
  return (key, values = {}) => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`UI string "${key}" is missing for ${locale}`);
    const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
    // A figure or a name put into a Chinese string takes the spacing rule like the rest of it.
    return locale === 'zh' ? spaceHan(text) : text;
  };
}
