export interface StepEvent {
  element: HTMLElement;
  index: number;
}

/**
 * Reports the step that crosses a horizontal line at `offset` of the viewport's height (0 top, 1 bottom),
 * in the manner of scrollama: one IntersectionObserver, no scroll listeners, and no layout read on the way.
 */
export function observeSteps(steps: readonly HTMLElement[], onStep: (event: StepEvent) => void, offset = 0.5): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const element = entry.target as HTMLElement;
        onStep({ element, index: steps.indexOf(element) });
      }
    },
    { rootMargin: `-${offset * 100}% 0px -${(1 - offset) * 100}% 0px`, threshold: 0 },
  );
  for (const step of steps) observer.observe(step);
  return () => observer.disconnect();
}
