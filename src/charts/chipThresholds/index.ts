import { d3Chart } from '../shared/d3Chart';
import { describeChipThresholds } from './describe';
import { chartHeight, drawChipThresholds } from './draw';
import type { ChipThresholdsData } from './prepare';
import { chipThresholdsStepCount } from './state';

export const id = 'chip-thresholds';
export const stepCount = chipThresholdsStepCount;

const chart = d3Chart<ChipThresholdsData>({
  id,
  stepCount,
  titleKey: 'chip.title',
  height: chartHeight,
  description: describeChipThresholds,
  draw: drawChipThresholds,
});

/** The chart at one step as a new SVG element: the same function at build time, in exports and in the browser. */
export const chipThresholds = chart.render;
/** Moves an SVG drawn by chipThresholds to another step, in place. */
export const updateChipThresholds = chart.update;
