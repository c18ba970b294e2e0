import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { formatNumber } from '../shared/format';
import { tagged } from '../shared/plot';
import { categoryClass, fontSize, type Palette } from '../shared/theme';
import { averageGap, type FleetsLayout, type RowLayout } from './layout';
import { kindSymbol } from './kinds';
import type { GpuFleetsData } from './prepare';
import { wankaGpus } from '../../data/constants';
import { xDomain, xTicks } from './state';
import { rowIds, wankaId } from './steps';
import { averageDescription, averageText, fleetDescription, valueText } from './text';

interface MarkOptions {
  locale: Locale;
  t: Translate;
  palette: Palette;
}

/** Plot's scales, fixed for every step: a log x and pixel rows laid out by fleetsLayout. */
export function fleetsScales(
  layout: FleetsLayout,
  { locale, t }: MarkOptions,
): Pick<Plot.PlotOptions, 'x' | 'y' | 'marginTop' | 'marginRight' | 'marginBottom' | 'marginLeft'> {
  return {
    x: {
      type: 'log',
      domain: xDomain,
      ticks: xTicks,
      tickFormat: (d: number) => formatNumber(locale, d),
      label: t('fleets.axis'),
      labelAnchor: 'right',
      labelArrow: 'none',
      // Clear of the tick labels' descenders, which sit 9 px below the axis.
      labelOffset: 34,
    },
    y: { type: 'identity', axis: null },
    marginTop: layout.margin.top,
    marginRight: layout.margin.right,
    marginBottom: layout.margin.bottom,
    marginLeft: layout.margin.left,
  };
}

/** Every mark, drawn once; steps only change their opacity and weight, found again by data-row. */
export function fleetsMarks(data: GpuFleetsData, layout: FleetsLayout, { locale, t, palette }: MarkOptions): Plot.Markish[] {
  // Whose GPUs sets the colour (Chinese firms or US labs); what was counted sets the shape.
  const color = (r: RowLayout) => (r.fleet.side === 'china' ? palette.china : palette.usLabs);
  const colorClass = (r: RowLayout) => categoryClass[r.fleet.side === 'china' ? 'china' : 'usLabs'];
  const describe = (r: RowLayout) => fleetDescription(r.fleet, data, locale, t);
  const evidence = (r: RowLayout) =>
    evidenceAttributes({ id: r.fleet.id, label: describe(r), confidence: r.fleet.confidence, sources: r.fleet.sources });
  const markClass = (r: RowLayout) => (isUncertain(r.fleet.confidence) ? `${colorClass(r)} hollow` : colorClass(r));
  const hollowStyle = (uncertain: boolean) =>
    uncertain ? { fill: palette.background, strokeDasharray: '3 2', strokeWidth: 2 } : { fill: color, strokeWidth: 1 };

  const ranges = layout.rows.filter((r) => r.fleet.low < r.fleet.high);
  const points = layout.rows.filter((r) => r.fleet.low === r.fleet.high);
  const averaged = layout.rows.filter((r) => r.fleet.average !== undefined);
  const inline = layout.rows.filter((r) => r.inline !== undefined);
  const stacked = layout.rows.filter((r) => r.inline === undefined);
  const byUncertainty = (uncertain: boolean) => points.filter((r) => isUncertain(r.fleet.confidence) === uncertain);
  const bySide = (side: RowLayout['valueSide']) => layout.rows.filter((r) => r.valueSide === side);
  const wanka = [{ value: wankaGpus }];
  const segments = layout.wankaSegments.map(([y1, y2]) => ({ value: wankaGpus, y1, y2 }));
  const wankaLabel = t('fleets.mark.wanka', { wanka: formatNumber(locale, wankaGpus) });
  const wankaEvidence = evidenceAttributes({
    id: wankaId,
    label: wankaLabel,
    confidence: 'verified',
    sources: data.fleets.find((f) => f.id === rowIds.claim)?.sources ?? [],
  });

  return [
    // Gridlines in the grid colour, drawn as such, so that dark mode recolours them (Plot's own are near-black at 10%).
    Plot.gridX(xTicks, { stroke: palette.grid, strokeOpacity: 1, render: tagged(xTicks, () => ({ class: 'grid' })).render }),
    Plot.ruleX(segments, {
      x: 'value',
      y1: 'y1',
      y2: 'y2',
      stroke: palette.muted,
      strokeWidth: 1.5,
      strokeDasharray: '5 3',
      title: () => wankaLabel,
      ...tagged(segments, () => ({ 'data-row': wankaId, class: 'line-reference', ...wankaEvidence })),
    }),
    Plot.text(wanka, {
      x: 'value',
      y: layout.plotTop - (layout.short ? 12 : 14),
      dx: 5,
      text: () => t('fleets.wanka'),
      textAnchor: 'start',
      lineAnchor: 'middle',
      fill: palette.text,
      fontSize: fontSize.annotation,
      fontWeight: 700,
      ...tagged(wanka, () => ({ 'data-row': wankaId, class: 'fg' })),
    }),
    ...[false, true].flatMap((uncertain) => {
      const rows = ranges.filter((r) => isUncertain(r.fleet.confidence) === uncertain);
      return rows.length === 0
        ? []
        : [
            Plot.rect(rows, {
              x1: (r: RowLayout) => r.fleet.low,
              x2: (r: RowLayout) => r.fleet.high,
              y1: (r: RowLayout) => r.markY - 6,
              y2: (r: RowLayout) => r.markY + 6,
              stroke: color,
              rx: 3,
              ...hollowStyle(uncertain),
              title: describe,
              ...tagged(rows, (r) => ({ 'data-row': r.fleet.id, class: markClass(r), ...evidence(r) })),
            }),
          ];
    }),
    ...[false, true].map((uncertain) =>
      Plot.dot(byUncertainty(uncertain), {
        x: (r: RowLayout) => r.fleet.high,
        y: (r: RowLayout) => r.markY,
        r: 6,
        symbol: (r: RowLayout) => kindSymbol[r.fleet.kind],
        stroke: uncertain ? color : palette.background,
        ...hollowStyle(uncertain),
        title: describe,
        ...tagged(byUncertainty(uncertain), (r) => ({ 'data-row': r.fleet.id, class: markClass(r), ...evidence(r) })),
      }),
    ),
    Plot.dot(averaged, {
      x: (r: RowLayout) => r.fleet.average,
      y: (r: RowLayout) => r.markY,
      r: 4.5,
      symbol: (r: RowLayout) => kindSymbol[r.fleet.kind],
      fill: color,
      stroke: palette.background,
      title: (r: RowLayout) => averageDescription(r.fleet, data, locale, t),
      ...tagged(averaged, (r) => ({
        'data-row': r.fleet.id,
        'data-average': 'true',
        class: colorClass(r),
        ...evidenceAttributes({
          id: `${r.fleet.id}-average`,
          label: averageDescription(r.fleet, data, locale, t),
          confidence: 'computed',
          sources: r.fleet.sources,
        }),
      })),
    }),
    // Under its mark, or beside it on a short screen, where a row has one line.
    Plot.text(averaged, {
      x: (r: RowLayout) => r.fleet.average,
      y: (r: RowLayout) => r.markY + (layout.short ? 0 : layout.narrow ? 15 : 16),
      dx: layout.short ? -averageGap : -4,
      text: (r: RowLayout) => averageText(r.fleet, locale, t),
      textAnchor: layout.short ? 'end' : 'start',
      lineAnchor: 'middle',
      fill: palette.text,
      fontSize: fontSize.tick,
      ...tagged(averaged, (r) => ({ 'data-row': r.fleet.id, class: 'fg fleet-value' })),
    }),
    ...(['right', 'left'] as const).map((side) =>
      Plot.text(bySide(side), {
        x: (r: RowLayout) => r.fleet.high,
        y: (r: RowLayout) => r.markY,
        dx: side === 'right' ? 10 : -10,
        text: (r: RowLayout) => valueText(r.fleet, locale, t),
        textAnchor: side === 'right' ? 'start' : 'end',
        lineAnchor: 'middle',
        fill: palette.text,
        fontSize: fontSize.tick,
        ...tagged(bySide(side), (r) => ({ 'data-row': r.fleet.id, class: 'fg fleet-value' })),
      }),
    ),
    Plot.text(stacked, {
      y: (r: RowLayout) => r.nameY,
      frameAnchor: 'left',
      dx: layout.narrow ? 0 : 8 - layout.margin.left,
      text: (r: RowLayout) => r.nameLines.join('\n'),
      textAnchor: 'start',
      lineAnchor: layout.narrow ? 'bottom' : 'middle',
      lineHeight: layout.sizes.nameLine / layout.sizes.name,
      fill: palette.text,
      fontSize: layout.sizes.name,
      ...tagged(stacked, (r) => ({ 'data-row': r.fleet.id, class: 'fg fleet-name' })),
    }),
    ...(['start', 'end'] as const).map((anchor) => {
      const rows = inline.filter((r) => r.inline!.anchor === anchor);
      return Plot.text(rows, {
        x: (r: RowLayout) => layout.x.invert(r.inline!.x),
        y: (r: RowLayout) => r.nameY,
        text: (r: RowLayout) => r.nameLines[0],
        textAnchor: anchor,
        lineAnchor: 'middle',
        fill: palette.text,
        fontSize: layout.sizes.name,
        ...tagged(rows, (r) => ({ 'data-row': r.fleet.id, class: 'fg fleet-name' })),
      });
    }),
  ];
}
