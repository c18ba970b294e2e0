// What the calculator's form needs of the chart: loaded with the chart's moving parts when the figure comes near,
// not with the page.
export { clampInputs, defaultInputs, gpuSteps, lastStep, nearestGpuStep } from '../state';
export { describeInputs, gpuCountText } from '../describe';
export { formatPercent } from '../format';
export { default as updateTrainingDays } from './training-days.update';
