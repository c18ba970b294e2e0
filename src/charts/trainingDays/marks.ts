import { evidenceAttributes } from '../shared/evidence';
import { lineBox, placeLabels, slopedLineBoxes } from '../shared/labels';
import { halo } from '../shared/halo';
import { layer } from '../shared/layers';
import { animate } from '../shared/motion';
import { round } from '../shared/svg';
import { fontSize } from '../shared/theme';
import { curveLabel, pointLabel } from './describe';
import type { Frame } from './frame';
import { formatDays } from './format';
import type { TrainingDaysData } from './prepare';
import { wankaGpus } from '../../data/constants';
import { type TrainingDaysState } from './state';
import { keyed } from '../shared/keyed';

const setAttributes = (element: Element, attributes: Record<string, string>) => {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
};

/** The line for the chosen model, chip and utilisation, and the point for the chosen GPU count. */
export function drawRun(frame: Frame, data: TrainingDaysData, state: TrainingDaysState): void {
  const { root, idPrefix, width, height, narrow, margin, x, y, palette, locale, t, duration } = frame;
  const group = layer(root, idPrefix, 'run');
  const confidence = state.uncertain ? 'estimate' : 'computed';
  const sources = [...new Set([...state.model.sources, ...state.chip.sources])];
  const [first, last] = [state.curve[0]!, state.curve[state.curve.length - 1]!];
  const px = x(state.inputs.gpus);
  const py = y(state.days);

  // Keyed by a fixed id: the same elements glide from one run to the next instead of being replaced.
  const curve = group
    .selectAll<SVGGElement, TrainingDaysState>('g.curve')
    .data([state], () => 'curve')
    .join((enter) => {
      const g = enter.append('g').attr('class', 'curve');
      g.append('title');
      g.append('line').attr('class', 'ink run-line');
      return g;
    })
    .attr('data-uncertain', String(state.uncertain))
    .each(function () {
      setAttributes(this, evidenceAttributes({ id: 'days-curve', label: curveLabel(data, state, locale, t), confidence, sources }));
    });
  curve.select('title').text(curveLabel(data, state, locale, t));
  const line = curve
    .select<SVGLineElement>('line')
    .attr('stroke', palette.text)
    .attr('stroke-width', 2.5)
    .attr('stroke-linecap', 'round')
    .attr('stroke-dasharray', state.uncertain ? '8 5' : null);
  animate(line, duration)
    .attr('x1', round(x(first.gpus)))
    .attr('y1', round(y(first.days)))
    .attr('x2', round(x(last.gpus)))
    .attr('y2', round(y(last.days)));

  // A dotted leader down to the GPU axis; the days are written beside the point.
  const leaders = [{ id: 'to-x', x1: px, y1: py, x2: px, y2: height - margin.bottom }];
  const leader = group
    .selectAll<SVGLineElement, (typeof leaders)[number]>('line.leader')
    .data(
      leaders,
      keyed((d) => d.id),
    )
    .join('line')
    .attr('data-key', (d) => d.id)
    .attr('class', 'leader')
    .attr('stroke', palette.muted)
    .attr('stroke-dasharray', '1 3');
  animate(leader, duration)
    .attr('x1', (d) => round(d.x1))
    .attr('y1', (d) => round(d.y1))
    .attr('x2', (d) => round(d.x2))
    .attr('y2', (d) => round(d.y2));

  const radius = narrow ? 6 : 7;
  const label = pointLabel(data, state, locale, t);
  const point = group
    .selectAll<SVGGElement, TrainingDaysState>('g.point')
    .data([state], () => 'point')
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'point')
        .attr('transform', `translate(${round(px)},${round(py)})`);
      g.append('title');
      g.append('circle');
      return g;
    })
    .attr('data-gpus', state.inputs.gpus)
    .each(function () {
      setAttributes(this, evidenceAttributes({ id: 'days-run', label, confidence, sources }));
    });
  point.select('title').text(label);
  point
    .select('circle')
    .attr('r', radius)
    .attr('class', state.uncertain ? 'ink hollow' : 'ink')
    .attr('fill', state.uncertain ? palette.background : palette.text)
    .attr('stroke', palette.text)
    .attr('stroke-width', 2.5)
    .attr('stroke-dasharray', state.uncertain ? '2 2' : null);
  animate(point, duration).attr('transform', `translate(${round(px)},${round(py)})`);

  const text = t('days.about', { value: formatDays(locale, t, state.days) });
  // The headline already gives the answer: where the label would cross a reference line, it is left out.
  const [placed] = placeLabels([{ id: 'run', x: px, y: py, label: text, optional: true }], {
    fontSize: fontSize.label,
    radius: radius + 2,
    bounds: { x0: margin.left, x1: width - 2, y0: margin.top, y1: height - margin.bottom },
    obstacles: [
      ...[data.essayGpus.gpus, wankaGpus].map((gpus) => lineBox(x(gpus), margin.top - 4, x(gpus), height - margin.bottom)),
      // Its own line: the label goes in the corner the line leaves free, not along it.
      ...slopedLineBoxes(x(first.gpus), y(first.days), x(last.gpus), y(last.days), 8, 3),
    ],
  });
  const pointText = group
    .selectAll<SVGTextElement, null>('text.point-label')
    .data([null])
    .join('text')
    .attr('class', 'point-label fg')
    .attr('fill', palette.text)
    .call(halo, palette)
    .attr('font-weight', 700)
    .attr('text-anchor', placed!.anchor)
    .text(placed!.dropped ? '' : text);
  animate(pointText, duration)
    .attr('x', round(placed!.x))
    .attr('y', round(placed!.y + 4));
}
