// The same chart functions the build calls, gathered for the browser: the baseline draws each of them on load.
import { charts } from '../../../src/charts/registry';
import type { ChartOptions } from '../../../src/charts/shared/drawing';

export type ChartRenderer = (data: never, options: ChartOptions) => SVGSVGElement;

export const renderers: Record<string, ChartRenderer> = Object.fromEntries(charts.map((chart) => [chart.id, chart.render]));
