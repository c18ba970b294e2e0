import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../../i18n/locales';
import { shareImagePng } from '../../../share/renderShareImage';
import { shareImageNames } from '../../../share/shareImages';
import type { Locale } from '../../../i18n/locales';

export const getStaticPaths: GetStaticPaths = () => locales.flatMap((lang) => shareImageNames().map((image) => ({ params: { lang, image } })));

/** /share/<lang>/<cover|chart>.png: the image a link to the page shows in social posts and chats. */
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await shareImagePng(params['lang'] as Locale, params['image']!)), { headers: { 'Content-Type': 'image/png' } });
