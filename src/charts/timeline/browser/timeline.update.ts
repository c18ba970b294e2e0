import { chartUpdater } from '../../shared/browser/updater';
import { prepareTimeline, updateTimeline } from '../index';

/** The timeline's moving parts, with the sums it works out ahead of a step. */
export default chartUpdater(updateTimeline, prepareTimeline);
