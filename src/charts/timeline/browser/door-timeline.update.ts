import { chartUpdater } from '../../shared/browser/updater';
import { prepareTimeline, updateDoorTimeline } from '../index';

/** The later timeline moves with the timeline's own code. */
export default chartUpdater(updateDoorTimeline, prepareTimeline);
