import { chartUpdater } from '../../shared/browser/updater';
import { updateBenchmarkGap } from '../index';

export default chartUpdater(updateBenchmarkGap);
