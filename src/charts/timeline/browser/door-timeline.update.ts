import { chartUpdater } from '../../shared/browser/updater';
import { timelineDrawing } from '../draw';

/** The later timeline moves with the timeline's own code. */
export default chartUpdater(timelineDrawing);
