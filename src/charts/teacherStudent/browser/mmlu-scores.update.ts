import { chartUpdater } from '../../shared/browser/updater';
import { teacherStudentDrawing } from '../update';

export default chartUpdater(teacherStudentDrawing);
