import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { evidenceAttributes, isUncertain } from '../shared/evidence';
import { keyed } from '../shared/keyed';
import { layer } from '../shared/layers';
import { animate } from '../shared/motion';
import { round } from '../shared/svg';
import type { Palette } from '../shared/theme';
import type { ChipLayout } from './layout';
import type { ChipThresholdsData } from './prepare';
import type { ChipMark, ChipThresholdsState } from './state';
import { markDescription, markName } from './text';

type Root = Parameters<typeof layer>[0];

/** One dot per mark, coloured by its status under the step's rule, hollow where a figure is uncertain, named beside it. */
export function drawMarks(
  root: Root,
  idPrefix: string,
  state: ChipThresholdsState,
  data: ChipThresholdsData,
  layout: ChipLayout,
  { palette, locale, t, duration }: { palette: Palette; locale: Locale; t: Translate; duration: number },
): void {
  const { x, y, radius, labels } = layout;
  const color = (mark: ChipMark) => palette[mark.status];
  const place = (d: ChipMark) => labels.get(d.id)!;
  const marks = layer(root, idPrefix, 'chips')
    .selectAll<SVGGElement, ChipMark>('g.chip')
    .data(
      state.marks,
      keyed((d) => d.id),
    )
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('class', 'chip')
          .attr('data-chip', (d) => d.id)
          .attr('opacity', duration > 0 ? 0 : 1)
          .attr('transform', (d) => `translate(${round(x(d.tpp))},${round(y(d.y))})`);
        g.append('title');
        g.append('circle');
        g.append('text').attr('class', 'fg chip-label');
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('data-key', (d) => d.id);
  marks
    .attr('data-status', (d) => d.status)
    .each(function (d) {
      const confidence = d.chips.find((c) => isUncertain(c.confidence))?.confidence ?? d.chips[0]!.confidence;
      const attributes = evidenceAttributes({
        id: d.id,
        label: markDescription(d, state, data, locale, t),
        confidence,
        sources: [...new Set(d.chips.flatMap((c) => c.sources))],
      });
      for (const [name, value] of Object.entries(attributes)) this.setAttribute(name, value);
    });
  marks.select('title').text((d) => markDescription(d, state, data, locale, t));
  marks
    .select('circle')
    .attr('r', radius)
    .attr('class', (d) => (d.hollow ? `status-${d.status} hollow` : `status-${d.status}`))
    .attr('fill', (d) => (d.hollow ? palette.background : color(d)))
    .attr('stroke', color)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', (d) => (d.hollow ? '2 2' : null));
  marks.select('text').attr('fill', palette.text).attr('font-weight', 600).text(markName);
  animate(marks, duration)
    .attr('opacity', 1)
    .attr('transform', (d) => `translate(${round(x(d.tpp))},${round(y(d.y))})`);
  animate(marks.select<SVGTextElement>('text'), duration)
    .attr('x', (d) => round(place(d).x - x(d.tpp)))
    .attr('y', (d) => round(place(d).y - y(d.y) + 4))
    .attr('text-anchor', (d) => place(d).anchor);
}
