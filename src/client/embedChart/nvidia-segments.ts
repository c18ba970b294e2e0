import { updateNvidiaSegments } from '../../charts/nvidiaSegments/update';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateNvidiaSegments as ChartUpdater);
