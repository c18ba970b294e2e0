import { chartUpdater } from '../../shared/browser/updater';
import { updateScorecard } from '../index';

export default chartUpdater(updateScorecard);
