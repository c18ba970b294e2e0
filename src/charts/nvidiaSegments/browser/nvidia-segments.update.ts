import { chartUpdater } from '../../shared/browser/updater';
import { updateNvidiaSegments } from '../update';

export default chartUpdater(updateNvidiaSegments);
