import { defineChart } from '../definition';
import { scorecardExport } from './csv';
import { id, scorecard, stepCount, updateScorecard } from './index';
import { chartHeight } from './layout';
import { prepareScorecard } from './prepare';
import { scorecardTable } from './table';

/** The essay's points against the later record. */
export const scorecardDefinition = defineChart({
  id,
  stepCount,
  titleKey: 'score.title',
  subtitleKey: 'score.subtitle',
  sourceKey: 'score.source',
  height: (width) => chartHeight(width),
  prepare: prepareScorecard,
  render: scorecard,
  update: updateScorecard,
  table: scorecardTable,
  csv: scorecardExport,
});
