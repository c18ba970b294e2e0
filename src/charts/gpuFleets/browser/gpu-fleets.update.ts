import { chartUpdater } from '../../shared/browser/updater';
import { fleetsDrawing } from '../update';

export default chartUpdater(fleetsDrawing);
