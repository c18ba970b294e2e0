import { updateGpuFleets } from '../../charts/gpuFleets/update';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

// The same chart code as gpu-fleets: the rows and steps come with the data.
provideEmbedUpdater(updateGpuFleets as ChartUpdater);
