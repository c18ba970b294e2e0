import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { languageTag, locales, type Locale } from '../../../i18n/locales';
import { translator } from '../../../i18n/ui';
import { posts, postsIn } from '../../../posts/collection';
import { absoluteUrl, sitePath } from '../../../site/urls';

export const getStaticPaths: GetStaticPaths = () => locales.map((lang) => ({ params: { lang } }));

/** /<lang>/posts/rss.xml: one language's posts, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as Locale;
  const t = translator(locale);
  return rss({
    title: t('feed.title', { site: t('site.title') }),
    description: t('posts.intro'),
    site: absoluteUrl(sitePath(`${locale}/posts/`)),
    items: postsIn(posts(await getCollection('posts')), locale).map(({ slug, entry }) => ({
      title: entry.data.title,
      description: entry.data.description,
      pubDate: entry.data.published,
      link: absoluteUrl(sitePath(`${locale}/posts/${slug}/`)),
    })),
    customData: `<language>${languageTag[locale]}</language>`,
    trailingSlash: true,
  });
};
