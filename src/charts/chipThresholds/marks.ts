import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { evidenceAttributes } from '../shared/evidence';
import { fade } from '../shared/fade';
import { keyed } from '../shared/keyed';
import { layer } from '../shared/layers';
import { animate } from '../shared/motion';
import { round } from '../shared/svg';
import type { Palette } from '../shared/theme';
import type { ChipLayout } from './layout';
import type { ChipThresholdsData } from './prepare';
import type { ChipMark, ChipThresholdsState } from './state';
import { setBack } from './emphasis';
import { labelLeading } from './layout';
import { markDescription } from './text';

type Root = Parameters<typeof layer>[0];
interface Span {
  d: ChipMark;
  line: string;
  i: number;
}

/**
 * One dot per chip, coloured by its status under the step's rule, hollow where a figure is uncertain, named beside
 * it; the step's subject in full, the rest faded to context. A chip keeps its dot from step to step, so when the
 * axes change the reader sees each one move.
 */
export function drawMarks(
  root: Root,
  idPrefix: string,
  state: ChipThresholdsState,
  data: ChipThresholdsData,
  layout: ChipLayout,
  { palette, locale, t, duration }: { palette: Palette; locale: Locale; t: Translate; duration: number },
): void {
  const { x, y, radius, labels } = layout;
  // Context is greyed, not made transparent: a faded licence chip must not pass for a notification chip.
  const color = (mark: ChipMark) => (mark.focus ? palette[mark.status] : palette[setBack[mark.status]]);
  // A dot under another chip's on the same spot is not drawn, so that a faded spot stays as faint as the others.
  const dotOpacity = (mark: ChipMark) => (mark.covered ? 0 : 1);
  const label = (d: ChipMark) => labels.get(d.id);
  const lines = (d: ChipMark) => {
    const placed = label(d);
    return placed && !placed.dropped ? placed.lines : [];
  };
  const isCallout = (d: ChipMark, i: number) => d.callout !== undefined && i >= lines(d).length - (label(d)?.callout ?? 0);
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
    .attr('data-focus', (d) => (d.focus ? 'subject' : 'context'))
    .each(function (d) {
      const attributes = evidenceAttributes({
        id: d.id,
        label: markDescription(d, state, data, locale, t),
        confidence: d.chip.confidence,
        sources: d.chip.sources,
      });
      for (const [name, value] of Object.entries(attributes)) this.setAttribute(name, value);
    });
  marks.select('title').text((d) => markDescription(d, state, data, locale, t));
  marks
    .select('circle')
    .attr('r', radius)
    .attr('class', (d) => [`status-${d.status}`, d.focus ? null : 'set-back', d.hollow ? 'hollow' : null].filter(Boolean).join(' '))
    .attr('fill', (d) => (d.hollow ? palette.background : color(d)))
    .attr('stroke', color)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', (d) => (d.hollow ? '2 2' : null));
  fade(marks.select<SVGCircleElement>('circle'), (_, d) => dotOpacity(d), duration, palette);

  // Context names in the muted colour, which keeps its contrast; the subject's in the text colour, semi-bold.
  const text = marks
    .select<SVGTextElement>('text')
    .attr('class', (d) => (d.focus ? 'fg chip-label' : 'muted chip-label'))
    .attr('fill', (d) => (d.focus ? palette.text : palette.muted))
    .attr('font-weight', (d) => (d.focus ? 600 : 400))
    .attr('text-anchor', (d) => label(d)?.anchor ?? null);
  const dx = (d: ChipMark) => round((label(d)?.x ?? x(d.tpp)) - x(d.tpp));
  const spans = text
    .selectAll<SVGTSpanElement, Span>('tspan')
    .data((d) => lines(d).map((line, i) => ({ d, line, i })))
    .join('tspan')
    .attr('class', ({ d, i }) => (isCallout(d, i) ? `status-text-${d.callout!.kind}` : null))
    .attr('fill', ({ d, i }) => (isCallout(d, i) ? palette[d.callout!.kind] : null))
    .attr('font-weight', ({ d, i }) => (isCallout(d, i) ? 700 : null))
    .attr('dy', ({ i }) => (i === 0 ? null : labelLeading))
    .text(({ line }) => line);
  animate(marks, duration)
    .attr('opacity', 1)
    .attr('transform', (d) => `translate(${round(x(d.tpp))},${round(y(d.y))})`);
  // Lines centred on the label's middle; every line starts at the same x.
  animate(text, duration).attr('y', (d) => round((label(d)?.y ?? y(d.y)) - y(d.y) + 4 - ((lines(d).length - 1) * labelLeading) / 2));
  animate(spans, duration).attr('x', ({ d }) => dx(d));
}
