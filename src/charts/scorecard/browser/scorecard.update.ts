import { chartUpdater } from '../../shared/browser/updater';
import { scorecardDrawing } from '../draw';

export default chartUpdater(scorecardDrawing);
