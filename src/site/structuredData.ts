// Schema.org descriptions of the site's pages as JSON-LD: an Article for the story and each post, a Dataset for
// the data on the methods page. Pure functions of their inputs; the pages give them absolute addresses.
import type { Dataset } from '../data';
import { licence } from './licence';

export type JsonLd = Record<string, unknown>;

/** Who made the site: it speaks for itself, under its own name. */
function organization(name: string, url: string): JsonLd {
  return { '@type': 'Organization', name, url };
}

export interface ArticleFields {
  headline: string;
  description: string;
  url: string;
  /** YYYY-MM-DD */
  datePublished: string;
  dateModified: string;
  /** BCP 47, e.g. "zh-CN". */
  inLanguage: string;
  image: string;
  site: { name: string; url: string };
}

export function articleLd({ headline, description, url, datePublished, dateModified, inLanguage, image, site }: ArticleFields): JsonLd {
  const maker = organization(site.name, site.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    description,
    url,
    mainEntityOfPage: url,
    datePublished,
    dateModified,
    inLanguage,
    image: [image],
    author: maker,
    publisher: maker,
    license: licence.url,
  };
}

export interface DatasetFields {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  site: { name: string; url: string };
  /** One per CSV file a reader can download. */
  files: { name: string; description: string; contentUrl: string }[];
  temporalCoverage: string;
}

export function datasetLd({ name, description, url, inLanguage, site, files, temporalCoverage }: DatasetFields): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url,
    inLanguage,
    license: licence.url,
    isAccessibleForFree: true,
    creator: organization(site.name, site.url),
    temporalCoverage,
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      description: file.description,
      contentUrl: file.contentUrl,
      encodingFormat: 'text/csv',
    })),
  };
}

/** The span the data covers, as an ISO 8601 interval: the earliest and latest date in any dated row. */
export function temporalCoverage(data: Pick<Dataset, 'events' | 'mmlu' | 'nvidiaRevenue'>): string {
  const dates = [...data.events.map((e) => e.date), ...data.mmlu.map((m) => m.released), ...data.nvidiaRevenue.map((r) => r.quarter_end)].sort();
  if (dates.length === 0) throw new Error('temporalCoverage: the data has no dated rows');
  return `${dates[0]}/${dates.at(-1)}`;
}

/**
 * JSON-LD as the text of a <script type="application/ld+json">: "<" escaped, so no string in the data can close
 * the element or open a comment.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
