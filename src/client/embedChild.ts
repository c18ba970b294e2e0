import { asksForHeight, heightMessages } from '../embed/messages';
import { readEmbedParams } from '../embed/params';
import { watchHeight } from '../embed/sizeReporter';
import './chartFigures';
import './webFonts';
import { startEmbedSteps } from './embedSteps';

// The embed page's one script, run deferred: steps, the evidence inspector (chartFigures), sizing, and the
// Chinese web font once the chart is on screen.
const figure = document.querySelector<HTMLElement>('figure[data-chart]');
if (figure) {
  const chart = figure.dataset['chart'] ?? '';
  const params = readEmbedParams(location.search, Number(figure.dataset['steps']));
  void startEmbedSteps(figure, params.step);

  const host = window.parent;
  if (host !== window) {
    const { resend } = watchHeight(document, (height) => {
      for (const message of heightMessages({ chart, height, href: location.href, pymChildId: params.pymChildId })) host.postMessage(message, '*');
    });
    window.addEventListener('message', (event) => {
      if (event.source === host && asksForHeight(event.data, params.pymChildId)) resend();
    });
  }
}
