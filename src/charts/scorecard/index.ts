import { translator } from '../../i18n/ui';
import { d3Chart } from '../shared/d3Chart';
import { chartHeight } from './layout';
import { drawScorecard } from './draw';
import type { ScorecardData } from './prepare';
import { scorecardChartId, scorecardStepCount, scorecardSteps } from './state';
import { verdictList } from './text';

export const id = scorecardChartId;
export const stepCount = scorecardStepCount;

const chart = d3Chart<ScorecardData>({
  id,
  stepCount,
  titleKey: 'score.title',
  height: chartHeight,
  description: (data, step, locale) => {
    const t = translator(locale);
    return t('score.desc', { rows: verdictList(data, locale, t, scorecardSteps[step]!.emphasis) });
  },
  draw: drawScorecard,
});

/** The essay's points against the later record, at one step, as a new SVG element. */
export const scorecard = chart.render;
/** Moves an SVG drawn by scorecard to another step, in place. */
export const updateScorecard = chart.update;
