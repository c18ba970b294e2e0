import type { SourceRef } from '../charts/shared/evidence';
import { inspectMarks } from './markInspector';

interface Payload {
  data: { sources?: SourceRef[] };
  inspector: Parameters<typeof inspectMarks>[2];
}

// Every chart on the page gets its evidence inspector, whether or not it scrolls.
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const text = figure.querySelector('script[data-chart-payload]')?.textContent;
  if (!text) continue;
  const payload = JSON.parse(text) as Payload;
  inspectMarks(figure, payload.data.sources ?? [], payload.inspector);
}
