import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { lineBox, placeLabels, textBox, type Box, type PlacedLabel } from '../shared/labels';
import { fontSize } from '../shared/theme';
import { round } from '../shared/svg';
import { textWidthEm } from '../shared/wrapText';
import type { ChipThresholdsState, LineState } from './state';
import { lineLabel, markName } from './text';

// Where everything goes at one step, width and language, in plain numbers: testable without a DOM, and drawn by
// the other files as they find it.

// On a phone the drawing leaves the lower part of the screen to the step's text: a shorter plot, same marks.
export function chartHeight(width: number): number {
  return width < 520 ? 380 : 480;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TextPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChipLayout {
  width: number;
  height: number;
  narrow: boolean;
  margin: Margin;
  x: ScaleLogarithmic<number, number>;
  y: ScaleLinear<number, number>;
  radius: number;
  /** The label of the licence box: top left of it in 2022, bottom right in 2023, where no chip sits. */
  regionLabel: TextPlace;
  /** Each threshold line's end points and where its label goes, by line id. */
  lines: Map<string, { x1: number; x2: number; y1: number; y2: number; label: TextPlace; text: string }>;
  /** Each mark's label, placed clear of the others, of the points and of the lines. */
  labels: Map<string, PlacedLabel>;
  /** What the marks' labels keep clear of: the lines and the lines' and regions' labels. */
  obstacles: Box[];
}

/** Mirrors the shared drawLegend's flow, so that the plot can start below the legend before it is drawn. */
export function legendHeight(labels: readonly string[], width: number): number {
  const rowHeight = fontSize.legend + 8;
  let cursor = 0;
  let rows = 1;
  for (const label of labels) {
    const itemWidth = 15 + textWidthEm(label) * fontSize.legend + 16;
    if (cursor > 0 && cursor + itemWidth > width) {
      cursor = 0;
      rows += 1;
    }
    cursor += itemWidth;
  }
  return rows * rowHeight;
}

export function chipLayout(
  state: ChipThresholdsState,
  { width, locale, t, legendLabels }: { width: number; locale: Locale; t: Translate; legendLabels: readonly string[] },
): ChipLayout {
  const height = chartHeight(width);
  const narrow = width < 520;
  const legend = legendHeight(legendLabels, width - 16);
  const margin = { top: legend + (narrow ? 70 : 80), right: narrow ? 14 : 24, bottom: narrow ? 42 : 48, left: narrow ? 40 : 52 };
  const x = scaleLog()
    .domain(state.xDomain)
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain(state.yDomain)
    .range([height - margin.bottom, margin.top]);

  const main = state.regions.find((r) => r.id === 'controlled-a')!;
  const corner =
    state.rule === '2022'
      ? { x: x(main.x[0]) + 6, y: y(main.y[1]) + 18, anchor: 'start' as const }
      : { x: x(main.x[1]) - 6, y: y(main.y[0]) - 10, anchor: 'end' as const };
  const regionLabel = { x: round(corner.x), y: round(corner.y), anchor: corner.anchor };

  const [x0, x1] = [x(state.xDomain[0]), x(state.xDomain[1])];
  const [yBottom, yTop] = [y(state.yDomain[0]), y(state.yDomain[1])];
  const lines = new Map(
    state.lines.map((d: LineState) => [
      d.id,
      {
        x1: round(d.axis === 'x' ? x(d.value) : x0),
        x2: round(d.axis === 'x' ? x(d.value) : x1),
        y1: round(d.axis === 'x' ? yBottom : y(d.value)),
        y2: round(d.axis === 'x' ? yTop : y(d.value)),
        label: {
          x: round(d.axis === 'x' ? x(d.value) : x1 - 4),
          y: round(d.axis === 'x' ? margin.top - 8 : y(d.value) - 6),
          anchor: d.axis === 'x' ? ('middle' as const) : ('end' as const),
        },
        text: lineLabel(d, state, locale, t),
      },
    ]),
  );

  // Chip names keep clear of the lines as well as of the lines' labels: a name across a line misreads the rule.
  const obstacles = [
    textBox(t('chip.status.controlled'), regionLabel.x, regionLabel.y, fontSize.label, regionLabel.anchor),
    ...state.lines.flatMap((d) => {
      const line = lines.get(d.id)!;
      return [
        textBox(line.text, line.label.x, line.label.y, fontSize.annotation, line.label.anchor),
        d.axis === 'x' ? lineBox(x(d.value), yBottom, x(d.value), yTop) : lineBox(x0, y(d.value), x1, y(d.value)),
      ];
    }),
  ];

  const radius = narrow ? 5 : 6;
  const placed = placeLabels(
    state.marks.map((m) => ({ id: m.id, x: x(m.tpp), y: y(m.y), label: markName(m) })),
    { fontSize: fontSize.label, radius, bounds: { x0: margin.left, x1: width - 2, y0: margin.top - 4, y1: height - margin.bottom }, obstacles },
  );
  return { width, height, narrow, margin, x, y, radius, regionLabel, lines, labels: new Map(placed.map((l) => [l.id, l])), obstacles };
}
