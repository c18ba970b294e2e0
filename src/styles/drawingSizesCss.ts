import { charts } from '../charts/registry';
import { figureLayouts } from '../charts/widths';

// Each drawing's proportions as CSS, written from the charts' heights when the site is built (generatedStylesheets.ts).
// A story's drawing is laid out only when it nears the screen (content-visibility in global.css); until then its box
// takes its size from these, so the page is as tall before it is read as after, and nothing below a drawing moves
// when the drawing is laid out.

/** A drawing's height is the same at every step: it is one SVG that moves from step to step. */
function heightAt(chart: (typeof charts)[number], width: number): number {
  const heights = new Set(Array.from({ length: chart.stepCount }, (_, step) => chart.height(width, step)));
  if (heights.size !== 1) throw new Error(`${chart.id}: its drawing at ${width} px changes height between steps (${[...heights].join(', ')})`);
  return [...heights][0]!;
}

export function drawingSizesCss(): string {
  return charts
    .flatMap((chart) =>
      figureLayouts.map(
        ({ name, width }) =>
          `.scrolly[data-chart='${chart.id}'] .chart-svg[data-layout='${name}'] {\n  aspect-ratio: ${width} / ${heightAt(chart, width)};\n}\n`,
      ),
    )
    .join('');
}
