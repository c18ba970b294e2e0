import type { Dataset } from '../../data';
import type { Confidence } from '../../data/fields';
import type { RevenueRow } from '../../data/nvidiaRevenue';
import type { TimelineEvent } from '../../data/events';
import { revenueInBillions } from '../../derive/revenue';
import { sourcesUsed, type SourceRef } from '../shared/evidence';

export type Segment = RevenueRow['segment'];
export const segments: readonly Segment[] = ['data-center', 'gaming'];

export interface PreparedQuarter {
  id: string;
  fiscalYear: number;
  quarter: number;
  /** ISO dates: the day after the previous quarter ended, and the day this one ended. */
  start: string;
  end: string;
  segment: Segment;
  usdBn: number;
  confidence: Confidence;
  sources: string[];
}

interface FiscalYear {
  fiscalYear: number;
  start: string;
  end: string;
  totals: Record<Segment, number>;
}

export type PreparedEvent = Pick<TimelineEvent, 'id' | 'date' | 'precision' | 'label_en' | 'label_zh' | 'confidence'> & { sources: string[] };

/** What the chart needs, derived once at build time and shipped to the browser as JSON. */
export interface NvidiaSegmentsData {
  quarters: PreparedQuarter[];
  fiscalYears: FiscalYear[];
  events: PreparedEvent[];
  /** The gaming quarter that fell furthest on a year earlier, and by how much (a fraction, negative). */
  slump: { id: string; change: number };
  /** The largest data-center quarter, and gaming in the same quarter. */
  peak: { id: string; gamingId: string };
  /** The essay's cloud-gaming "lifeline", which no public source corroborates, and the one related report. */
  claim: { sources: string[]; relatedEventId: string };
  sources: SourceRef[];
}

/** Events the chart marks, in story order: the cloud-gaming bets, the slump, then the AI boom and the 4090. */
const chartEventIds = ['stadia-launch', 'nvidia-tencent-start', 'stadia-close', 'chatgpt-launch', 'bis-oct-2023', 'rtx-4090d'] as const;
const essaySource = 'essay-huxiu';
const reboardingEvent = 'rtx-4090-reboarding';

const dayBefore = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Change on the same quarter a year earlier, as a fraction; undefined where that quarter is not in the data. */
export function yearOnYear(quarters: readonly PreparedQuarter[], row: PreparedQuarter): number | undefined {
  const before = quarters.find((q) => q.segment === row.segment && q.fiscalYear === row.fiscalYear - 1 && q.quarter === row.quarter);
  return before ? row.usdBn / before.usdBn - 1 : undefined;
}

/** Fiscal-year totals by segment: the sum of the four quarters, each converted to USD bn. */
function fiscalYearTotals(quarters: readonly PreparedQuarter[]): FiscalYear[] {
  const years = [...new Set(quarters.map((q) => q.fiscalYear))].sort((a, b) => a - b);
  return years.map((fiscalYear) => {
    const rows = quarters.filter((q) => q.fiscalYear === fiscalYear);
    const total = (segment: Segment) => rows.filter((q) => q.segment === segment).reduce((sum, q) => sum + q.usdBn, 0);
    return {
      fiscalYear,
      start: rows.map((q) => q.start).sort()[0]!,
      end: rows
        .map((q) => q.end)
        .sort()
        .at(-1)!,
      totals: { 'data-center': total('data-center'), gaming: total('gaming') },
    };
  });
}

export function prepareNvidiaSegments({ nvidiaRevenue, events, sources }: Pick<Dataset, 'nvidiaRevenue' | 'events' | 'sources'>): NvidiaSegmentsData {
  const ends = [...new Set(nvidiaRevenue.map((r) => r.quarter_end))].sort();
  const quarters = nvidiaRevenue
    .map((row): PreparedQuarter => {
      const [, year, quarter] = /^FY(\d{4}) Q([1-4])$/.exec(row.fiscal_quarter)!;
      const previousEnd = ends[ends.indexOf(row.quarter_end) - 1];
      return {
        id: row.id,
        fiscalYear: Number(year),
        quarter: Number(quarter),
        // Nvidia's quarters run 13 or 14 weeks; the first has no predecessor in the data, so take 13.
        start: previousEnd ? dayBefore(previousEnd, -1) : dayBefore(row.quarter_end, 13 * 7 - 1),
        end: row.quarter_end,
        segment: row.segment,
        usdBn: revenueInBillions(row.value, row.unit),
        confidence: row.confidence,
        sources: row.source,
      };
    })
    .sort((a, b) => a.end.localeCompare(b.end) || segments.indexOf(a.segment) - segments.indexOf(b.segment));

  const chartEvents = chartEventIds.map((id): PreparedEvent => {
    const event = events.find((e) => e.id === id);
    if (!event) throw new Error(`nvidia-segments: events.csv has no row "${id}"`);
    return {
      id,
      date: event.date,
      precision: event.precision,
      label_en: event.label_en,
      label_zh: event.label_zh,
      confidence: event.confidence,
      sources: event.source,
    };
  });
  const related = events.find((e) => e.id === reboardingEvent);
  if (!related) throw new Error(`nvidia-segments: events.csv has no row "${reboardingEvent}"`);

  const gaming = quarters.filter((q) => q.segment === 'gaming');
  const [slump] = gaming
    .map((q) => ({ id: q.id, change: yearOnYear(quarters, q) }))
    .filter((c): c is { id: string; change: number } => c.change !== undefined)
    .sort((a, b) => a.change - b.change);
  const peak = quarters.filter((q) => q.segment === 'data-center').reduce((top, q) => (q.usdBn > top.usdBn ? q : top));
  const peakGaming = gaming.find((q) => q.end === peak.end)!;
  const claimSources = [essaySource, ...related.source];

  return {
    quarters,
    fiscalYears: fiscalYearTotals(quarters),
    events: chartEvents,
    slump: slump!,
    peak: { id: peak.id, gamingId: peakGaming.id },
    claim: { sources: claimSources, relatedEventId: related.id },
    sources: sourcesUsed(sources, [...quarters.flatMap((q) => q.sources), ...chartEvents.flatMap((e) => e.sources), ...claimSources]),
  };
}
