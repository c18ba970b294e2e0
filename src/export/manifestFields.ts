import { locales, type Locale } from '../i18n/locales';
import { builtFilePath, fileFormats, type FileFormat } from './paths';

/** What the export work adds to each entry of /charts/index.json: the paths of its build-time files. */
export function exportManifestFields(chartId: string): { files: Record<Locale, Record<FileFormat, string>> } {
  const files = (locale: Locale) =>
    Object.fromEntries(fileFormats.map((format) => [format, builtFilePath(locale, chartId, format)])) as Record<FileFormat, string>;
  return { files: Object.fromEntries(locales.map((locale) => [locale, files(locale)])) as Record<Locale, Record<FileFormat, string>> };
}
