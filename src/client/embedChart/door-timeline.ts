import { updateDoorTimeline } from '../../charts/timeline';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateDoorTimeline as ChartUpdater);
