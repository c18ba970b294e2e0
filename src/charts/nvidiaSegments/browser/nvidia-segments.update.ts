import { chartUpdater } from '../../shared/browser/updater';
import { nvidiaSegmentsDrawing } from '../update';

export default chartUpdater(nvidiaSegmentsDrawing);
