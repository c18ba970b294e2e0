import type { ControlStatus } from '../../derive/exportControls';
import { isUncertain } from '../shared/evidence';
import type { ChipThresholdsData, PreparedChip } from './prepare';
import { clampStep } from '../shared/clampStep';

/**
 * The chart's steps, in story order: each rule, then Nvidia's answer to it. At an answer step the answering
 * chips are the subject and the others fall back to context.
 */
export const chipThresholdSteps = [
  { rule: '2022', groups: ['rule-2022'], focus: ['rule-2022'] },
  { rule: '2022', groups: ['rule-2022', 'answer-2022'], focus: ['answer-2022'] },
  { rule: '2023', groups: ['rule-2022', 'answer-2022', 'rule-2023'], focus: ['rule-2022', 'answer-2022', 'rule-2023'] },
  { rule: '2023', groups: ['rule-2022', 'answer-2022', 'rule-2023', 'answer-2023'], focus: ['answer-2023'] },
] as const;

export const chipThresholdsStepCount = chipThresholdSteps.length;

type YMetric = 'interconnect' | 'density';

/** A chip this close under a line (as a share of it) is called out with both numbers: on a log axis the gap cannot be seen. */
const justUnder = 0.97;

export interface ChipMark {
  /** The chip's id: a chip keeps its mark from step to step, so it moves when the axes change. */
  id: string;
  chip: PreparedChip;
  tpp: number;
  y: number;
  status: ControlStatus;
  hollow: boolean;
  /** The subject of the step, or context drawn fainter. */
  focus: boolean;
  /** The names set beside the mark: its own and those of chips on the same spot; empty on all but the first of them. */
  names: string[];
  /** Another chip's dot is drawn over this one's on the same spot: this one's is not drawn, so a faded spot stays as faint as the others. */
  covered: boolean;
  /** Its value against the line it sits just under, when it does. */
  callout?: { value: number; line: number; kind: 'controlled' | 'notify' } | undefined;
}

interface RegionState {
  id: string;
  kind: 'controlled' | 'notify';
  x: [number, number];
  y: [number, number];
}

/** A threshold, drawn only where it divides one status from another: `span` runs along the other axis. */
export interface LineState {
  id: string;
  axis: 'x' | 'y';
  value: number;
  span: [number, number];
  kind: 'controlled' | 'notify';
}

export interface ChipThresholdsState {
  step: number;
  rule: '2022' | '2023';
  yMetric: YMetric;
  /** True at the step where the rule, and with it the axes, change. */
  axesChanged: boolean;
  xDomain: [number, number];
  yDomain: [number, number];
  yTicks: number[];
  marks: ChipMark[];
  regions: RegionState[];
  lines: LineState[];
}

const xDomain: [number, number] = [1000, 20000];
export const xTicks = [1000, 2000, 5000, 10000, 20000];

export function chipThresholdsState(data: ChipThresholdsData, requestedStep: number): ChipThresholdsState {
  const step = clampStep(requestedStep, chipThresholdsStepCount);
  const { rule, groups, focus } = chipThresholdSteps[step]!;
  const value = (id: string) => data.thresholds.find((t) => t.id === id)?.value ?? Number.NaN;
  const yMetric: YMetric = rule === '2022' ? 'interconnect' : 'density';
  // Density on a log scale: its tiers (1.6, 3.2, 5.92) roughly double, and the chips crowd the low end.
  const yDomain: [number, number] = yMetric === 'interconnect' ? [0, 1000] : [1, 21];
  const yTicks = yMetric === 'interconnect' ? [0, 200, 400, 600, 800, 1000] : [1, 2, 5, 10, 20];
  const [, xMax] = xDomain;
  const [yMin, yMax] = yDomain;

  const regions: RegionState[] =
    rule === '2022'
      ? [{ id: 'controlled-a', kind: 'controlled', x: [value('compute-2022'), xMax], y: [value('interconnect-2022'), yMax] }]
      : [
          { id: 'controlled-a', kind: 'controlled', x: [value('tpp-2023'), xMax], y: [yMin, yMax] },
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

  // The 2022 rule is a box: its two lines are its edges. The 2023 lines are the edges between its zones.
  const lines: LineState[] =
    rule === '2022'
      ? [
          { id: 'tpp-4800', axis: 'x', value: value('compute-2022'), span: [value('interconnect-2022'), yMax], kind: 'controlled' },
          { id: 'y-main', axis: 'y', value: value('interconnect-2022'), span: [value('compute-2022'), xMax], kind: 'controlled' },
        ]
      : [
          { id: 'tpp-4800', axis: 'x', value: value('tpp-2023'), span: [yMin, yMax], kind: 'controlled' },
          {
            id: 'tpp-2400',
            axis: 'x',
            value: value('tpp-notify-2023'),
            span: [value('density-notify-low-2023'), value('density-notify-high-2023')],
            kind: 'notify',
          },
          { id: 'tpp-1600', axis: 'x', value: value('tpp-floor-2023'), span: [value('density-notify-high-2023'), yMax], kind: 'notify' },
          { id: 'y-main', axis: 'y', value: value('density-2023'), span: [value('tpp-floor-2023'), value('tpp-2023')], kind: 'controlled' },
          {
            id: 'density-3.2',
            axis: 'y',
            value: value('density-notify-high-2023'),
            span: [value('tpp-floor-2023'), value('tpp-notify-2023')],
            kind: 'notify',
          },
          {
            id: 'density-1.6',
            axis: 'y',
            value: value('density-notify-low-2023'),
            span: [value('tpp-notify-2023'), value('tpp-2023')],
            kind: 'notify',
          },
        ];
  const tppLines = lines.filter((l) => l.axis === 'x');

  const visible = data.chips.filter((chip) => (groups as readonly string[]).includes(chip.group));
  const plotted = visible
    .map((chip) => ({ chip, y: yMetric === 'interconnect' ? chip.interconnectGbps : chip.density }))
    .filter((entry): entry is { chip: PreparedChip; y: number } => entry.y !== undefined);
  // Chips that land on the same spot (the A100 and A800 under the density test) share one label, on the first.
  const spot = (e: { chip: PreparedChip; y: number }) => `${Math.round(e.chip.tpp)}:${e.y.toFixed(2)}`;
  const marks = plotted.map(({ chip, y }, i): ChipMark => {
    const same = plotted.filter((e) => spot(e) === spot(plotted[i]!));
    const status = rule === '2022' ? chip.status2022 : chip.status2023;
    const over = tppLines.filter((l) => l.value > chip.tpp).sort((a, b) => a.value - b.value)[0];
    const isFocus = (focus as readonly string[]).includes(chip.group);
    return {
      id: chip.id,
      chip,
      tpp: chip.tpp,
      y,
      status,
      hollow: isUncertain(chip.confidence),
      focus: isFocus,
      names: same[0]!.chip === chip ? same.map((e) => e.chip.name) : [],
      covered: same.at(-1)!.chip !== chip,
      callout:
        isFocus && status === 'outside' && over && chip.tpp / over.value >= justUnder
          ? { value: chip.tpp, line: over.value, kind: over.kind }
          : undefined,
    };
  });

  return {
    step,
    rule,
    yMetric,
    axesChanged: step > 0 && chipThresholdSteps[step - 1]!.rule !== rule,
    xDomain,
    yDomain,
    yTicks,
    marks,
    regions,
    lines,
  };
}
