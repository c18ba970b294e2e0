import { updateGpuFleets } from '../../charts/gpuFleets/update';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateGpuFleets as ChartUpdater);
