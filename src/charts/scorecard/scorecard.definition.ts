import { defineChart } from '../definition';
import { scorecardExport } from './csv';
import { scorecardDrawing } from './draw';
import { chartHeight } from './layout';
import { prepareScorecard } from './prepare';
import { scorecardStepCount } from './state';
import { scorecardTable } from './table';

/** The essay's points against the later record. */
export const scorecardDefinition = defineChart({
  id: 'scorecard',
  stepCount: scorecardStepCount,
  titleKey: 'score.title',
  subtitleKey: 'score.subtitle',
  sourceKey: 'score.source',
  height: chartHeight,
  prepare: prepareScorecard,
  drawing: scorecardDrawing,
  table: scorecardTable,
  csv: scorecardExport,
});
