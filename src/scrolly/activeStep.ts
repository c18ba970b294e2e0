/**
 * Which step a scrolly chart shows, decided from what the page last reported: where its steps are and what just
 * happened. Pure, so that flings, jumps, links and resizes are tested without a browser; the browser side only reads
 * boxes and applies the decision.
 */

/** A box's edges, in px from the viewport's top. */
export interface Box {
  top: number;
  bottom: number;
}

/** Where a chart's steps are at one moment. */
export interface StepsView {
  viewportHeight: number;
  /** Where a step takes over, as a fraction of the viewport's height (0 top, 1 bottom). */
  line: number;
  /** The section holding the steps, whose own box says enough while it is off screen; absent where there is none. */
  section?: Box | undefined;
  /** The steps' boxes; absent while the section is off screen, where they are not read. */
  steps?: readonly Box[] | undefined;
}

/** Whether the steps' own boxes are needed: not while their section is off screen, whose box says enough. */
export function stepsNeedReading(section: Box | undefined, viewportHeight: number): boolean {
  return section === undefined || !(section.top > viewportHeight || section.bottom < 0);
}

/**
 * The step being read, from where the steps are: the last one whose top has come above the trigger line or whose
 * card is whole on screen. Before the first step gets there the chart is at its first step, and once the reader is
 * past them all, at its last. Positions, not line crossings, so a fling that carries a step across the line between
 * two frames, or a jump to the top, still lands on the right step.
 */
export function stepBeingRead(steps: readonly Box[], line: number, viewportHeight: number): number {
  let active = 0;
  steps.forEach(({ top, bottom }, index) => {
    if (top <= line || (top >= 0 && bottom <= viewportHeight)) active = index;
  });
  return active;
}

/** The step in front of the reader, and whether they are among the steps rather than above or below them all. */
function stepInView(view: StepsView, count: number): { index: number; reading: boolean } {
  const { section, viewportHeight, steps } = view;
  // With the section off screen, the reader has yet to reach its steps (below) or has read them all (above).
  if (!stepsNeedReading(section, viewportHeight) || !steps || steps.length === 0) {
    return { index: section && section.bottom < 0 ? count - 1 : 0, reading: false };
  }
  const line = viewportHeight * view.line;
  return {
    index: stepBeingRead(steps, line, viewportHeight),
    reading: steps[0]!.top <= line && steps[steps.length - 1]!.bottom >= 0,
  };
}

export interface ScrollyState {
  /** The step the chart shows; -1 before it has shown one. */
  shown: number;
  /**
   * The page moving to a step the reader chose (a button, a link): until the move ends, the steps it passes do not
   * take the chart. It ends when its scroll ends or as soon as the chosen step is the one in view; a link followed
   * as the page opens waits for the page to load, as what loads meanwhile (fonts, images) can move it.
   */
  glide?: { target: number; until: 'scrollend' | 'load' } | undefined;
}

export type ScrollyEvent =
  /** The page opened, at a #step link's step or (none) at the top. */
  | { type: 'open'; linked: number | undefined }
  /** The page finished loading; the view is read after the browser's own jump to a link. */
  | { type: 'load'; view: StepsView }
  /** Something moved the steps: a scroll crossing an edge or ending, a resize, a section above changing height. */
  | { type: 'scroll' | 'scrollend' | 'resize' | 'section-resize'; view: StepsView }
  /** A step button or a #step link: the page moves to the step (`instant` for a link, no smooth glide). */
  | { type: 'choose'; index: number; instant: boolean; view: StepsView }
  /** Keyboard focus entered a step's card: the chart follows, the page does not move. */
  | { type: 'focus'; index: number };

export interface Decision {
  state: ScrollyState;
  /** The step the chart moves to, and whether the address follows (the reader is among this chart's steps). */
  show?: { index: number; followAddress: boolean } | undefined;
  /** The step whose card the page brings to where cards are read. */
  scrollTo?: { index: number; instant: boolean } | undefined;
}

/** A step to show, unless the chart already shows it. */
function showing(state: ScrollyState, index: number, followAddress: boolean): Decision['show'] {
  return index === state.shown || index < 0 ? undefined : { index, followAddress };
}

/** A move to `index` chosen by the reader: shown at once, and a glide unless the step is already in view. */
function choose(state: ScrollyState, index: number, instant: boolean, view: StepsView, count: number): Decision {
  const inPlace = stepInView(view, count).index === index;
  return {
    state: { shown: index, glide: inPlace ? undefined : { target: index, until: 'scrollend' } },
    show: showing(state, index, true),
    scrollTo: { index, instant },
  };
}

/** The next state of a chart with `count` steps, and what the page must do, after `event`. */
export function decide(state: ScrollyState, event: ScrollyEvent, count: number): Decision {
  switch (event.type) {
    case 'open':
      return {
        state: { shown: event.linked ?? 0, glide: event.linked === undefined ? undefined : { target: event.linked, until: 'load' } },
        show: { index: event.linked ?? 0, followAddress: false },
      };
    case 'load':
      // Sections laid out while the page loaded can leave the browser's jump to a link short of its step.
      return state.glide?.until === 'load' ? choose(state, state.glide.target, true, event.view, count) : { state };
    case 'focus':
      return { state: { ...state, shown: event.index }, show: showing(state, event.index, true) };
    case 'choose':
      return choose(state, event.index, event.instant, event.view, count);
    case 'scrollend':
      return follow(state.glide?.until === 'scrollend' ? { shown: state.shown } : state, event.view, count);
    default:
      return follow(state, event.view, count);
  }
}

/** The chart follows the step in view, except while a glide to a chosen step is under way. */
function follow(state: ScrollyState, view: StepsView, count: number): Decision {
  const { index, reading } = stepInView(view, count);
  const { glide } = state;
  if (glide && (glide.until === 'load' || index !== glide.target)) return { state };
  return { state: { shown: index }, show: showing(state, index, reading) };
}
