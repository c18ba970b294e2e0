import { chartUpdater } from '../../shared/browser/updater';
import { benchmarkGapDrawing } from '../draw';

export default chartUpdater(benchmarkGapDrawing);
