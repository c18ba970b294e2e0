import type { ChartUpdater } from '../charts/shared/browser/updater';
import { loadEmbedUpdater } from './embedUpdater';
import { chartPayload, figureLabels } from '../charts/shared/browser/figurePayload';
import { pageTheme } from '../charts/shared/browser/pageTheme';
import { offsetStep, stepStatus } from '../scrolly/steps';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Steps on an embed page: the chart opens at the step its address asks for, and the buttons move through the
 * rest in place. The link back to the story follows, to the step shown.
 */
export async function startEmbedSteps(figure: HTMLElement, first: number): Promise<void> {
  const chartId = figure.dataset['chart'] ?? '';
  const labels = figureLabels(figure);
  const code = document.documentElement.dataset['chartCode'];
  if (!labels || !code) return;
  const { locale } = labels;
  let updater: Promise<{ update: ChartUpdater; data: unknown }> | undefined;
  const ready = () =>
    (updater ??= Promise.all([loadEmbedUpdater(code), chartPayload(figure)]).then(([update, payload]) => ({ update, data: payload.data })));
  const count = Number(figure.dataset['steps']);
  const storyLink = figure.querySelector<HTMLAnchorElement>('a[data-step-anchors]');
  const anchors = storyLink?.dataset['stepAnchors']?.split(' ') ?? [];
  const controls = figure.querySelector<HTMLElement>('.step-controls');
  const [previous, next] = (['previous', 'next'] as const).map((action) => figure.querySelector<HTMLButtonElement>(`[data-step-action="${action}"]`));
  const status = figure.querySelector<HTMLElement>('.step-status');
  // The build drew the figure's first data-step; only a different step needs the chart's code.
  let current = Number(figure.dataset['step'] ?? 0);
  let drawn = current;

  const show = async (index: number, duration: number) => {
    current = index;
    figure.dataset['step'] = String(index);
    updateControls(index);
    if (index === drawn) return;
    const { update, data } = await ready();
    if (index !== current) return;
    drawn = index;
    for (const holder of figure.querySelectorAll<HTMLElement>('.chart-svg')) {
      const svg = holder.querySelector('svg');
      if (svg)
        update(svg, data, {
          width: Number(holder.dataset['width']),
          locale,
          step: index,
          theme: pageTheme(document),
          idPrefix: `${chartId}-${holder.dataset['layout']}`,
          duration,
        });
    }
  };

  function updateControls(index: number) {
    if (status) status.textContent = stepStatus(status.dataset['template'] ?? '{n}/{total}', index, count);
    if (previous) previous.disabled = index === 0;
    if (next) next.disabled = index === count - 1;
    const anchor = anchors[index] ?? anchors[0];
    if (storyLink && anchor) storyLink.hash = anchor;
  }

  const move = (delta: number) => void show(offsetStep(current, delta, count), reducedMotion.matches ? 0 : 700);
  previous?.addEventListener('click', () => move(-1));
  next?.addEventListener('click', () => move(1));
  await show(first, 0);
  if (controls && count > 1) controls.hidden = false;
}
