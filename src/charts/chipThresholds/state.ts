import type { ControlStatus } from '../../derive/exportControls';
import { isUncertain } from '../shared/evidence';
import type { ChipThresholdsData, PreparedChip } from './prepare';
import { clampStep } from '../shared/clampStep';

export { clampStep };

/** The chart's steps, in story order: each rule, then Nvidia's answer to it. */
export const chipThresholdSteps = [
  { rule: '2022', groups: ['rule-2022'] },
  { rule: '2022', groups: ['rule-2022', 'answer-2022'] },
  { rule: '2023', groups: ['rule-2022', 'answer-2022', 'rule-2023'] },
  { rule: '2023', groups: ['rule-2022', 'answer-2022', 'rule-2023', 'answer-2023'] },
] as const;

export const chipThresholdsStepCount = chipThresholdSteps.length;

export type YMetric = 'interconnect' | 'density';

export interface ChipMark {
  id: string;
  names: string[];
  tpp: number;
  y: number;
  status: ControlStatus;
  hollow: boolean;
  chips: PreparedChip[];
}

export interface RegionState {
  id: string;
  kind: 'controlled' | 'notify';
  x: [number, number];
  y: [number, number];
}

export interface LineState {
  id: string;
  axis: 'x' | 'y';
  value: number;
  kind: 'controlled' | 'notify';
}

export interface ChipThresholdsState {
  step: number;
  rule: '2022' | '2023';
  yMetric: YMetric;
  xDomain: [number, number];
  yDomain: [number, number];
  yTicks: number[];
  marks: ChipMark[];
  regions: RegionState[];
  lines: LineState[];
}

export const xDomain: [number, number] = [1000, 20000];
export const xTicks = [1000, 2000, 5000, 10000, 20000];

export function chipThresholdsState(data: ChipThresholdsData, requestedStep: number): ChipThresholdsState {
  const step = clampStep(requestedStep, chipThresholdsStepCount);
  const { rule, groups } = chipThresholdSteps[step]!;
  const value = (id: string) => data.thresholds.find((t) => t.id === id)?.value ?? Number.NaN;
  const yMetric: YMetric = rule === '2022' ? 'interconnect' : 'density';
  const yDomain: [number, number] = yMetric === 'interconnect' ? [0, 1000] : [0, 21];
  const yTicks = yMetric === 'interconnect' ? [0, 200, 400, 600, 800, 1000] : [0, 5, 10, 15, 20];
  const [, xMax] = xDomain;
  const [, yMax] = yDomain;

  const visible = data.chips.filter((chip) => (groups as readonly string[]).includes(chip.group));
  const plotted = visible
    .map((chip) => ({ chip, y: yMetric === 'interconnect' ? chip.interconnectGbps : chip.density }))
    .filter((entry): entry is { chip: PreparedChip; y: number } => entry.y !== undefined);

  // Chips that land on the same spot (A100 and A800 under the density test) share one mark and one label.
  const byPosition = new Map<string, { chip: PreparedChip; y: number }[]>();
  for (const entry of plotted) {
    const key = `${Math.round(entry.chip.tpp)}:${entry.y.toFixed(2)}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), entry]);
  }
  const marks = [...byPosition.values()].map((entries): ChipMark => {
    const chips = entries.map((e) => e.chip);
    const first = entries[0]!;
    return {
      id: chips.map((c) => c.id).join('+'),
      names: chips.map((c) => c.name),
      tpp: first.chip.tpp,
      y: first.y,
      status: rule === '2022' ? first.chip.status2022 : first.chip.status2023,
      hollow: chips.some((c) => isUncertain(c.confidence)),
      chips,
    };
  });

  const regions: RegionState[] =
    rule === '2022'
      ? [{ id: 'controlled-a', kind: 'controlled', x: [value('tpp-2022'), xMax], y: [value('interconnect-2022'), yMax] }]
      : [
          { id: 'controlled-a', kind: 'controlled', x: [value('tpp-2023'), xMax], y: [0, yMax] },
          { id: 'controlled-b', kind: 'controlled', x: [value('tpp-floor-2023'), value('tpp-2023')], y: [value('density-2023'), yMax] },
          {
            id: 'notify-a',
            kind: 'notify',
            x: [value('tpp-notify-2023'), value('tpp-2023')],
            y: [value('density-notify-low-2023'), value('density-2023')],
          },
          {
            id: 'notify-b',
            kind: 'notify',
            x: [value('tpp-floor-2023'), value('tpp-notify-2023')],
            y: [value('density-notify-high-2023'), value('density-2023')],
          },
        ];

  const lines: LineState[] =
    rule === '2022'
      ? [
          { id: 'tpp-4800', axis: 'x', value: value('tpp-2022'), kind: 'controlled' },
          { id: 'y-main', axis: 'y', value: value('interconnect-2022'), kind: 'controlled' },
        ]
      : [
          { id: 'tpp-4800', axis: 'x', value: value('tpp-2023'), kind: 'controlled' },
          { id: 'tpp-2400', axis: 'x', value: value('tpp-notify-2023'), kind: 'notify' },
          { id: 'tpp-1600', axis: 'x', value: value('tpp-floor-2023'), kind: 'notify' },
          { id: 'y-main', axis: 'y', value: value('density-2023'), kind: 'controlled' },
        ];

  return { step, rule, yMetric, xDomain, yDomain, yTicks, marks, regions, lines };
}
