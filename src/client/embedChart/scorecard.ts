import { updateScorecard } from '../../charts/scorecard';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateScorecard as ChartUpdater);
