/** Every chart on the story page, in story order, as the tests expect to find them. */
export const storyCharts: readonly string[] = [
  'timeline',
  'chip-thresholds',
  'gpu-fleets',
  'training-days',
  'teacher-student',
  'nvidia-segments',
  'door-timeline',
  'gpu-runs',
  'benchmark-gap',
  'scorecard',
];
