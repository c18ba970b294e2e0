import { reasonUnder2022, reasonUnder2023 } from '../../derive/exportControls';
import type { Locale } from '../../i18n/locales';
import { translator, type UiKey } from '../../i18n/ui';
import { formatNumber } from '../shared/format';
import type { ChipThresholdsData, PreparedChip } from './prepare';
import { chipThresholdSteps } from './state';

// The chart's <desc> at each step, written from each chip's computed status so the words cannot drift from
// the marks: a chip is said to escape a test only if the arithmetic says it does.

const joinClauses = (locale: Locale, clauses: string[]) => clauses.join(locale === 'zh' ? '；' : '; ');
const joinNames = (locale: Locale, names: string[]) => new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(names);

/** The numbers every sentence may name: the rule's lines and the chip's own figures. */
function values(data: ChipThresholdsData, locale: Locale, chip?: PreparedChip): Record<string, string> {
  const line = (id: string, digits = 0) => formatNumber(locale, data.thresholds.find((t) => t.id === id)?.value ?? Number.NaN, digits);
  return {
    tppLine: line('tpp-2023'),
    ioLine: line('interconnect-2022'),
    computeLine: line('compute-2022'),
    floor: line('tpp-floor-2023'),
    densityLine: line('density-2023', 2),
    notifyTpp: line('tpp-notify-2023'),
    notifyDensity: line('density-notify-high-2023', 2),
    ...(chip && {
      name: chip.name,
      tpp: formatNumber(locale, chip.tpp),
      gbps: chip.interconnectGbps === undefined ? '' : formatNumber(locale, chip.interconnectGbps),
      density: chip.density === undefined ? '' : formatNumber(locale, chip.density, 2),
    }),
  };
}

/** One sentence per chip of a group: why it is, or is not, caught by that step's rule. */
export function reasonClauses(data: ChipThresholdsData, group: string, rule: '2022' | '2023', locale: Locale): string[] {
  const t = translator(locale);
  return data.chips
    .filter((chip) => chip.group === group)
    .map((chip) => {
      const reason = rule === '2022' ? reasonUnder2022(chip, data.thresholds) : reasonUnder2023(chip, data.thresholds);
      return t(`chip.reason${rule}.${reason}` as UiKey, values(data, locale, chip));
    });
}

export function describeChipThresholds(data: ChipThresholdsData, requestedStep: number, locale: Locale): string {
  const t = translator(locale);
  const step = Math.min(Math.max(0, Math.round(requestedStep)), chipThresholdSteps.length - 1);
  const caught = (group: string[], status: 'status2022' | 'status2023') =>
    joinNames(
      locale,
      data.chips.filter((c) => group.includes(c.group) && c[status] === 'controlled').map((c) => c.name),
    );
  const base = values(data, locale);
  switch (step) {
    case 0:
      return t('chip.desc.0', { ...base, chips: caught(['rule-2022'], 'status2022') });
    case 1:
      return t('chip.desc.1', { ...base, reasons: joinClauses(locale, reasonClauses(data, 'answer-2022', '2022', locale)) });
    case 2:
      return t('chip.desc.2', { ...base, chips: caught(['answer-2022', 'rule-2023'], 'status2023') });
    default:
      return t('chip.desc.3', { ...base, reasons: joinClauses(locale, reasonClauses(data, 'answer-2023', '2023', locale)) });
  }
}
