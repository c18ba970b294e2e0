import { updateChipThresholds } from '../../charts/chipThresholds';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateChipThresholds as ChartUpdater);
