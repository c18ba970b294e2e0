import { updateTrainingDays } from '../../charts/trainingDays';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateTrainingDays as ChartUpdater);
