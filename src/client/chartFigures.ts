import { figureLabels, figureSources } from '../charts/shared/browser/figurePayload';
import './dataTables';
import { inspectMarks } from './markInspector';

// Every chart on the page gets its evidence inspector, whether or not it scrolls.
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  if (figureLabels(figure)) inspectMarks(figure, () => figureSources(figure));
}
