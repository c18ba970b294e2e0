import { chartUpdater } from '../../shared/browser/updater';
import { updateTeacherStudent } from '../update';

export default chartUpdater(updateTeacherStudent);
