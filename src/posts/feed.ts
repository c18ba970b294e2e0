import type { Locale } from '../i18n/locales';
import { absoluteUrl, sitePath } from '../site/urls';

/** Each language's posts as an RSS feed, beside the posts index: /<lang>/posts/rss.xml. */
export function feedUrl(locale: Locale): string {
  return absoluteUrl(sitePath(`${locale}/posts/rss.xml`));
}
