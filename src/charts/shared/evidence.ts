import type { Source } from '../../data/sources';
import type { Confidence } from '../../data/fields';

/** A source as a chart carries it to the page: enough to name and link it. */
export type SourceRef = Pick<Source, 'id' | 'publisher' | 'title' | 'date' | 'url'>;

/** The sources that some marks cite, in the order of sources.csv, for a chart's payload. */
export function sourcesUsed(sources: readonly Source[], ids: Iterable<string>): SourceRef[] {
  const wanted = new Set(ids);
  return sources.filter((s) => wanted.has(s.id)).map(({ id, publisher, title, date, url }) => ({ id, publisher, title, date, url }));
}

/**
 * The attributes by which the page's mark inspector finds a mark and tells its evidence: what it shows,
 * how sure we are, and where it comes from. Every chart puts them on each mark it draws.
 */
export function evidenceAttributes(mark: { id: string; label: string; confidence: Confidence; sources: readonly string[] }): Record<string, string> {
  return {
    'data-mark': mark.id,
    'data-label': mark.label,
    'data-confidence': mark.confidence,
    'data-sources': mark.sources.join(' '),
  };
}

/** Estimates and claims are drawn hollow and dashed; verified and computed figures solid. */
export function isUncertain(confidence: Confidence): boolean {
  return confidence === 'estimate' || confidence === 'claim';
}
