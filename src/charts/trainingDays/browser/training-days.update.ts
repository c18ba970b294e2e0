import { chartUpdater } from '../../shared/browser/updater';
import { updateTrainingDays } from '../index';

export default chartUpdater(updateTrainingDays);
