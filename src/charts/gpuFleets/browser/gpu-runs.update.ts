import { chartUpdater } from '../../shared/browser/updater';
import { updateGpuFleets } from '../update';

/** The same code as gpu-fleets: the rows and steps come with the data. */
export default chartUpdater(updateGpuFleets);
