import { chartUpdater } from '../../shared/browser/updater';
import { chipThresholdsDrawing } from '../draw';

export default chartUpdater(chipThresholdsDrawing);
