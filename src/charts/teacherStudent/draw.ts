import * as Plot from '@observablehq/plot';
import { select } from 'd3-selection';
import { languageTag } from '../../i18n/locales';
import { translator, type Translate } from '../../i18n/ui';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { formatNumber } from '../shared/format';
import { layer } from '../shared/layers';
import { drawLegend, type LegendItem } from '../shared/legend';
import { legendHeight } from '../shared/legendFlow';
import { plotChart, tagged, type PlotDrawOptions } from '../shared/plot';
import { categoryClass, fontSize, palettes, type CategoryToken, type Palette } from '../shared/theme';
import {
  chartLabels,
  dotRadius,
  frame,
  monthTickFormat,
  monthTicks,
  noteLineHeight,
  randomGuess,
  releasedDate,
  scales,
  xDomain,
  yDomain,
  yTicks,
  type ChartLabel,
} from './layout';
import type { Family, PreparedScore, TeacherStudentData } from './prepare';
import { keys } from './state';
import { gapLabel, scoreLabel } from './text';

// OpenAI and Meta are US labs, China's models China's colour: the story's palette (shared/theme.ts). Meta's open
// models are told from OpenAI's by their labels and lines, in the neutral for context; classes let dark mode restyle them.
const familyStatus: Record<Family, CategoryToken> = { openai: 'usLabs', open: 'context', china: 'china' };

function legendItems(data: TeacherStudentData, t: Translate, palette: Palette): LegendItem[] {
  const items: LegendItem[] = (['openai', 'open', 'china'] as const).map((family) => ({
    id: family,
    label: t(`mmlu.family.${family}`),
    swatch: 'dot',
    color: palette[familyStatus[family]],
    fill: palette[familyStatus[family]],
    className: categoryClass[familyStatus[family]],
  }));
  // The hollow swatch explains hollow dots; with none on the chart it would only puzzle.
  if (data.scores.some((s) => isUncertain(s.confidence))) {
    items.push({
      id: 'estimate',
      label: t('legend.estimate'),
      swatch: 'hollow-dot',
      color: palette.muted,
      fill: palette.background,
      className: 'muted hollow',
    });
  }
  return items;
}

function labelMarks(labels: ChartLabel[], invert: { x: (px: number) => Date; y: (px: number) => number }, palette: Palette): Plot.Markish[] {
  const fill = { model: palette.text, line: palette.muted, gap: palette.text, random: palette.muted } as const;
  const className = { model: 'fg', line: 'muted', gap: 'fg', random: 'muted' } as const;
  return (['start', 'end', 'middle'] as const).map((anchor) => {
    const group = labels.filter((l) => l.anchor === anchor);
    return Plot.text(group, {
      x: (d: ChartLabel) => invert.x(d.x),
      y: (d: ChartLabel) => invert.y(d.y),
      text: (d: ChartLabel) => d.lines.join('\n'),
      textAnchor: anchor,
      lineHeight: (fontSize.label + 2) / fontSize.label,
      fontSize: fontSize.label,
      fill: palette.text,
      render: tagged(group, (d) => ({
        'data-step-key': d.key,
        class: `chart-label ${className[d.kind]}`,
        fill: fill[d.kind],
        'font-weight': d.kind === 'model' || d.kind === 'random' ? 400 : 600,
      })).render,
    });
  });
}

/** Every mark of every step, drawn once; steps only change opacity (see index.ts). */
export function drawTeacherStudent(data: TeacherStudentData, options: PlotDrawOptions): SVGSVGElement {
  const { document, width, height, locale, theme, idPrefix, description } = options;
  const t = translator(locale);
  const palette = palettes[theme];
  const legend = legendItems(data, t, palette);
  const legendLabels = legend.map((item) => item.label);
  const f = frame(width, legendHeight(legendLabels, width - 16), locale, t, height);
  const { x, y } = scales(f);
  const labels = chartLabels(data, f, locale, t);
  const label = (s: PreparedScore) => scoreLabel(s, data, locale, t);
  const evidence = (s: PreparedScore, key: string) => evidenceAttributes({ id: key, label: label(s), confidence: s.confidence, sources: s.sources });

  const dots = (['openai', 'open', 'china'] as const).map((family) => {
    const rows = data.scores.filter((s) => s.family === family);
    const color = palette[familyStatus[family]];
    return Plot.dot(rows, {
      x: (d: PreparedScore) => releasedDate(d.released),
      y: 'score',
      r: dotRadius,
      fill: color,
      stroke: color,
      strokeWidth: 1.5,
      title: label,
      render: tagged(rows, (d) => ({
        ...evidence(d, keys.dot(d.id)),
        'data-step-key': keys.dot(d.id),
        class: isUncertain(d.confidence) ? `${categoryClass[familyStatus[family]]} hollow` : categoryClass[familyStatus[family]],
        ...(isUncertain(d.confidence) ? { fill: palette.background, 'stroke-dasharray': '2 2' } : {}),
      })).render,
    });
  });

  const gapSources = [...new Set(data.scores.filter((s) => s.id === data.gap.studentId || s.id === data.gap.teacherId).flatMap((s) => s.sources))];
  const svg = plotChart(
    {
      marginTop: f.margin.top,
      marginRight: f.margin.right,
      marginBottom: f.margin.bottom,
      marginLeft: f.margin.left,
      // No tick marks or axis lines: gridlines carry the scale, as in the other charts.
      x: { type: 'utc', domain: xDomain, ticks: monthTicks(f.narrow), tickFormat: monthTickFormat(locale), tickSize: 0, tickPadding: 8, label: null },
      // The axis title is drawn below, under the legend: Plot would put it over the legend.
      y: { domain: yDomain, ticks: yTicks, tickFormat: (n: number) => formatNumber(locale, n), tickSize: 0, tickPadding: 6, label: null },
      marks: [
        Plot.gridY(yTicks, { stroke: palette.grid, strokeOpacity: 1, render: tagged(yTicks, () => ({ class: 'grid' })).render }),
        // Random guessing (four choices a question) is the scale's floor.
        Plot.ruleY([randomGuess], {
          stroke: palette.muted,
          strokeWidth: 1,
          strokeDasharray: '4 3',
          render: tagged([randomGuess], () => ({ 'data-step-key': keys.randomLine, class: 'random-guess' })).render,
        }),
        // Each teacher's line starts when the model came out, not before.
        Plot.ruleY(data.references, {
          x1: (d: PreparedScore) => releasedDate(d.released),
          x2: () => xDomain[1],
          y: 'score',
          stroke: palette.muted,
          strokeWidth: 1.5,
          title: label,
          render: tagged(data.references, (d) => ({ ...evidence(d, keys.line(d.id)), 'data-step-key': keys.line(d.id), class: 'line-reference' }))
            .render,
        }),
        Plot.ruleX([data.gap], {
          x: (d: TeacherStudentData['gap']) => releasedDate(d.studentReleased),
          y1: 'studentScore',
          y2: 'teacherScore',
          stroke: palette.text,
          strokeWidth: 2,
          title: () => gapLabel(data, locale, t),
          render: tagged([data.gap], () => ({
            ...evidenceAttributes({ id: keys.gap, label: gapLabel(data, locale, t), confidence: 'computed', sources: gapSources }),
            'data-step-key': keys.gap,
            class: 'line-gap',
          })).render,
        }),
        ...dots,
        ...labelMarks(labels, { x: (px) => x.invert(px), y: (px) => y.invert(px) }, palette),
        // After the labels, so that a label is the first element of its key.
        ...labels
          .filter((l) => l.connector)
          .map((l) =>
            Plot.ruleY([l], {
              x1: (d: ChartLabel) => x.invert(d.connector!.x1),
              x2: (d: ChartLabel) => x.invert(d.connector!.x2),
              y: (d: ChartLabel) => y.invert(d.connector!.y),
              stroke: palette.text,
              strokeWidth: 1,
              render: tagged([l], (d) => ({ 'data-step-key': d.key, class: 'connector' })).render,
            }),
          ),
      ],
    },
    { document, width, height: f.height, title: t('mmlu.title'), description, idPrefix, lang: languageTag[locale], palette },
  );

  const root = select(svg);
  layer(root, idPrefix, 'axis-title')
    .selectAll('text')
    .data([t('mmlu.axis.score')])
    .join('text')
    .attr('class', 'muted')
    .attr('x', 8)
    .attr('y', f.margin.top - 16)
    .attr('font-size', fontSize.tick)
    .attr('fill', palette.muted)
    .text((d) => d);
  drawLegend(layer(root, idPrefix, 'legend'), legend, { x: 8, y: 18, width: width - 16, fontSize: fontSize.legend, palette });
  // The harness caveat belongs on the chart itself, so that it travels with every export and embed.
  layer(root, idPrefix, 'note')
    .selectAll('text')
    .data([f.noteLines])
    .join('text')
    .attr('class', 'muted chart-note')
    .attr('x', 8)
    .attr('y', f.height - f.noteLines.length * noteLineHeight + 8)
    .attr('font-size', fontSize.annotation)
    .attr('fill', palette.muted)
    .selectAll('tspan')
    .data((lines) => lines)
    .join('tspan')
    .attr('x', 8)
    .attr('dy', (_, i) => (i === 0 ? 0 : noteLineHeight))
    .text((line) => line);
  return svg;
}
