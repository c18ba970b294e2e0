import { updateTeacherStudent } from '../../charts/teacherStudent/update';
import type { ChartUpdater } from '../../charts/clientRegistry';
import { provideEmbedUpdater } from '../embedUpdater';

provideEmbedUpdater(updateTeacherStudent as ChartUpdater);
