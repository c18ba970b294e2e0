import { chartUpdater } from '../../shared/browser/updater';
import { trainingDaysDrawing } from '../draw';

export default chartUpdater(trainingDaysDrawing);
