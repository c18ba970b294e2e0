import { chartUpdater } from '../../shared/browser/updater';
import { timelineDrawing } from '../draw';

/** The timeline's moving parts, with the sums it works out ahead of a step. */
export default chartUpdater(timelineDrawing);
