import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/ui';
import { formatDate } from '../shared/format';
import type { NvidiaSegmentsData } from './prepare';
import { clampStep } from '../shared/clampStep';
import { nvidiaSegmentsStepCount } from './state';
import { formatPercent, formatUsd, quarterName } from './text';

/** The screen-reader description of a step, with every number it states taken from or computed on the data. */
export function describeNvidiaSegments(data: NvidiaSegmentsData, requestedStep: number, locale: Locale): string {
  const step = clampStep(requestedStep, nvidiaSegmentsStepCount);
  const t = translator(locale);
  const usd = (bn: number, digits = 3) => formatUsd(locale, bn, t, digits);
  const year = (fy: number) => data.fiscalYears.find((y) => y.fiscalYear === fy);
  const quarter = (id: string) => data.quarters.find((q) => q.id === id)!;
  const eventDate = (id: string) => {
    const event = data.events.find((e) => e.id === id);
    return event ? formatDate(locale, event.date, event.precision === 'day' ? 'month' : event.precision) : '';
  };
  const fy21 = year(2021);
  const fy22 = year(2022);
  const slump = quarter(data.slump.id);
  const peak = quarter(data.peak.id);
  const values = {
    g21: fy21 ? usd(fy21.totals.gaming, 1) : '',
    dc21: fy21 ? usd(fy21.totals['data-center'], 1) : '',
    g22: fy22 ? usd(fy22.totals.gaming, 1) : '',
    dc22: fy22 ? usd(fy22.totals['data-center'], 1) : '',
    stadiaLaunch: eventDate('stadia-launch'),
    tencentStart: eventDate('nvidia-tencent-start'),
    slumpQuarter: quarterName(slump, t),
    slumpEnd: formatDate(locale, slump.end, 'month'),
    slumpValue: usd(slump.usdBn),
    slumpPercent: formatPercent(locale, Math.abs(data.slump.change)),
    stadiaClose: eventDate('stadia-close'),
    chatgpt: eventDate('chatgpt-launch'),
    peakQuarter: quarterName(peak, t),
    peakEnd: formatDate(locale, peak.end, 'month'),
    peakDc: usd(peak.usdBn),
    peakGaming: usd(quarter(data.peak.gamingId).usdBn),
    rule: eventDate('bis-oct-2023'),
    rtx4090d: eventDate('rtx-4090d'),
  };
  const key = (['revenue.desc.0', 'revenue.desc.1', 'revenue.desc.2'] as const)[step]!;
  return t(key, values);
}
