import { stepsNeedReading, type StepsView } from './activeStep';

/** What moved the steps, as the decision in activeStep.ts names it. */
export type StepsMove = 'scroll' | 'resize' | 'section-resize' | 'scrollend';

/**
 * Where the steps are now. `region` is the story's section holding them, if there is one: while it is off screen only
 * its own box is read, which says enough (the reader has yet to reach its steps, or has read them all).
 */
export function readSteps(steps: readonly HTMLElement[], region: Element | null, line: number): StepsView {
  const viewportHeight = window.innerHeight;
  const section = region?.getBoundingClientRect();
  return {
    viewportHeight,
    line,
    section,
    steps: stepsNeedReading(section, viewportHeight) ? steps.map((step) => step.getBoundingClientRect()) : undefined,
  };
}

/**
 * Reports, with a fresh reading of the steps, whenever they may have moved past the line at `line` of the viewport's
 * height or across the screen's edges. As in scrollama, IntersectionObservers say when to look; unlike a single
 * line-crossing observer, each look reads every step's position, so a step carried past the line between two frames
 * is not missed. Nothing reads layout on every frame.
 */
export function watchSteps(
  steps: readonly HTMLElement[],
  region: Element | null,
  line: number,
  onMove: (move: StepsMove, view: StepsView) => void,
): () => void {
  const look = (move: StepsMove) => () => {
    if (steps.length > 0) onMove(move, readSteps(steps, region, line));
  };
  const atLine = new IntersectionObserver(look('scroll'), { rootMargin: `-${line * 100}% 0px -${(1 - line) * 100}% 0px`, threshold: 0 });
  const onScreen = new IntersectionObserver(look('scroll'), { threshold: [0, 1] });
  for (const step of steps) {
    atLine.observe(step);
    onScreen.observe(step);
  }
  // A section can come onto the screen without a scroll: when something above it changes height (a web font arriving,
  // a phone held sideways drawing its short drawings) and the browser keeps the scroll position, the screen can land
  // between two of its cards, where no step crosses an edge. The section's own crossing catches that.
  if (region) onScreen.observe(region);
  // Such a change can carry this section from above the screen to below it in one layout, crossing no edge while it is
  // observed: its parent's change of height says to look again.
  const regrown = new ResizeObserver(look('section-resize'));
  if (region?.parentElement) regrown.observe(region.parentElement);
  // A jump (Home, End, a tap on a phone's status bar) may move no step across either observer's edges for a chart far
  // from both ends; the scroll's end catches it, and ends a glide to a chosen step. Browsers without `scrollend` get a
  // short pause in scroll events instead; a resize (a phone's address bar coming and going) is read once it pauses.
  let pause = 0;
  const afterPause = (move: StepsMove) => () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(look(move), 120);
  };
  const endEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
  const onEnd = endEvent === 'scrollend' ? look('scrollend') : afterPause('scrollend');
  const onResize = afterPause('resize');
  window.addEventListener(endEvent, onEnd, { passive: true });
  window.addEventListener('resize', onResize, { passive: true });
  return () => {
    atLine.disconnect();
    onScreen.disconnect();
    regrown.disconnect();
    window.removeEventListener(endEvent, onEnd);
    window.removeEventListener('resize', onResize);
    window.clearTimeout(pause);
  };
}
