import { chartUpdater } from '../../shared/browser/updater';
import { updateGpuFleets } from '../update';

export default chartUpdater(updateGpuFleets);
