import { stepBeingRead } from './steps';

export interface StepEvent {
  element: HTMLElement;
  index: number;
  /** Whether the reader is among the steps (the first has reached the line, the last is not yet off the top), rather
   * than above or below them. */
  reading: boolean;
}

/**
 * Reports the step being read: the last whose top is above a horizontal line at `offset` of the viewport's height (0
 * top, 1 bottom), or whose card is whole on screen. As in scrollama, IntersectionObservers say when to look; unlike a single line-crossing observer, each
 * look reads every step's position, so a step carried past the line between two frames is not missed. Two observers
 * (the line, and the whole screen) and the end of every scroll trigger a look; nothing reads layout on every frame.
 * `region` is the element that skips its layout while off screen (the story's section), if there is one.
 */
export function observeSteps(
  steps: readonly HTMLElement[],
  onStep: (event: StepEvent) => void,
  offset = 0.5,
  region: Element | null = null,
): () => void {
  const look = () => {
    if (steps.length === 0) return;
    // A section off screen is not laid out (content-visibility), and reading a step's box inside it would lay it out
    // now. Its own box says enough: below the screen, the reader has yet to reach its steps; above, they are all read.
    if (region) {
      const { top, bottom } = region.getBoundingClientRect();
      if (top > window.innerHeight || bottom < 0) {
        const index = top > window.innerHeight ? 0 : steps.length - 1;
        onStep({ element: steps[index]!, index, reading: false });
        return;
      }
    }
    const line = window.innerHeight * offset;
    const boxes = steps.map((step) => step.getBoundingClientRect());
    const index = stepBeingRead(boxes, line, window.innerHeight);
    const reading = boxes[0]!.top <= line && boxes[boxes.length - 1]!.bottom >= 0;
    onStep({ element: steps[index]!, index, reading });
  };
  const atLine = new IntersectionObserver(look, { rootMargin: `-${offset * 100}% 0px -${(1 - offset) * 100}% 0px`, threshold: 0 });
  const onScreen = new IntersectionObserver(look, { threshold: [0, 1] });
  for (const step of steps) {
    atLine.observe(step);
    onScreen.observe(step);
  }
  // A section above the screen can come onto it without a scroll: when a skipped section above it is laid out at its
  // real height and the browser keeps the scroll position, the screen can land between two of its cards, where no step
  // crosses an edge. The section's own crossing catches that.
  if (region) onScreen.observe(region);
  // When sections above are laid out at their real heights, this one can be carried from above the screen to below
  // it in one layout, crossing no edge while it is observed: its parent's change of height says to look again.
  const regrown = new ResizeObserver(look);
  if (region?.parentElement) regrown.observe(region.parentElement);
  // A jump (Home, End, a tap on a phone's status bar) may move no step across either observer's edges for a chart far
  // from both ends; the scroll's end catches it. Browsers without `scrollend` get a short pause in scroll events instead.
  let pause = 0;
  const settled = () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(look, 120);
  };
  const endEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
  const onEnd = endEvent === 'scrollend' ? look : settled;
  window.addEventListener(endEvent, onEnd, { passive: true });
  window.addEventListener('resize', settled, { passive: true });
  return () => {
    atLine.disconnect();
    onScreen.disconnect();
    regrown.disconnect();
    window.removeEventListener(endEvent, onEnd);
    window.removeEventListener('resize', settled);
    window.clearTimeout(pause);
  };
}
