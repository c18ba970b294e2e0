import { chartUpdater } from '../../shared/browser/updater';
import { updateChipThresholds } from '../index';

export default chartUpdater(updateChipThresholds);
