import { updateTimeline } from '../../charts/timeline';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateTimeline as ChartUpdater);
