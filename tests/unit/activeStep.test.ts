import { describe, expect, test } from 'vitest';
import { decide, stepBeingRead, type Decision, type ScrollyEvent, type ScrollyState, type StepsView } from '../../src/scrolly/activeStep';

// An 800 px screen; cards 200 px tall, given by their tops in px from the viewport's top.
const height = 800;
const cards = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 200 }));

/** The page with the steps at these tops, their section on screen; the line in the middle (steps beside the chart). */
const at = (...tops: number[]): StepsView => ({
  viewportHeight: height,
  line: 0.5,
  section: { top: Math.min(...tops) - 300, bottom: Math.max(...tops) + 500 },
  steps: cards(...tops),
});
/** The section far below the screen (the reader has yet to reach it) or above it (read); its steps are not read. */
const below: StepsView = { viewportHeight: height, line: 0.5, section: { top: 5000, bottom: 9000 } };
const above: StepsView = { viewportHeight: height, line: 0.5, section: { top: -9000, bottom: -5000 } };

const count = 4;
const shownAt = (shown: number): ScrollyState => ({ shown });

/** Runs events in order from a state, returning every decision. */
function run(state: ScrollyState, ...events: ScrollyEvent[]): Decision[] {
  return events.map((event) => {
    const decision = decide(state, event, count);
    state = decision.state;
    return decision;
  });
}
const scroll = (view: StepsView): ScrollyEvent => ({ type: 'scroll', view });
const scrollEnd = (view: StepsView): ScrollyEvent => ({ type: 'scrollend', view });

describe('the step being read', () => {
  test('is the last whose top has passed the line', () => {
    expect(stepBeingRead(cards(350, 1200, 2000), 400, height)).toBe(0);
    expect(stepBeingRead(cards(-900, 380, 1200), 400, height)).toBe(1);
  });
  test('is a card whole on screen, even below the line', () => {
    expect(stepBeingRead(cards(-300, 550, 1400), 400, height)).toBe(1);
    expect(stepBeingRead(cards(-300, 650, 1400), 400, height)).toBe(0);
  });
});

describe('scrolling moves the chart to the step in view', () => {
  test('a fling that carried two steps past the line between two frames lands on the later one', () => {
    const [decision] = run(shownAt(0), scroll(at(-2400, -1600, 120, 900)));
    expect(decision!.show).toEqual({ index: 2, followAddress: true });
  });
  test('a fling back up lands on the step in view, however many it passed', () => {
    const [decision] = run(shownAt(3), scroll(at(-1000, 300, 1400, 2500)));
    expect(decision!.show?.index).toBe(1);
  });
  test('a jump to the top puts a chart whose section is now below the screen at its first step, without taking the address', () => {
    const [decision] = run(shownAt(2), scrollEnd(below));
    expect(decision!.show).toEqual({ index: 0, followAddress: false });
  });
  test('End puts a chart whose section is now above the screen at its last step, without taking the address', () => {
    const [decision] = run(shownAt(1), scrollEnd(above));
    expect(decision!.show).toEqual({ index: 3, followAddress: false });
  });
  test('Page Down, which crosses no edge an observer watches, is caught where its scroll ends', () => {
    const [decision] = run(shownAt(1), scrollEnd(at(-1900, -900, 300, 1300)));
    expect(decision!.show?.index).toBe(2);
  });
  test('above its first step the reader is not among the steps: the chart is at step one and the address stays', () => {
    const [decision] = run(shownAt(1), scroll(at(600, 1400, 2200, 3000)));
    expect(decision!.show).toEqual({ index: 0, followAddress: false });
  });
  test('a look that finds the step already shown changes nothing', () => {
    const [decision] = run(shownAt(1), scroll(at(-900, 380, 1200, 2000)));
    expect(decision!.show).toBeUndefined();
  });
});

describe('a resize or a section changing height is read like a scroll', () => {
  test("a taller screen (a phone's address bar going) that brings a card whole onto it moves the chart", () => {
    const taller: StepsView = { ...at(-900, 650, 1600, 2400), viewportHeight: 900 };
    const [decision] = run(shownAt(0), { type: 'resize', view: taller });
    expect(decision!.show?.index).toBe(1);
  });
  test('a section carried from above the screen to below it when the sections above are laid out is set back to its first step', () => {
    const [decision] = run(shownAt(3), { type: 'section-resize', view: below });
    expect(decision!.show).toEqual({ index: 0, followAddress: false });
  });
  test('a section that grows under the reader leaves the chart on the step now in view', () => {
    const [decision] = run(shownAt(2), { type: 'section-resize', view: at(-2600, -1500, -400, 320) });
    expect(decision!.show?.index).toBe(3);
  });
});

describe('a step button glides the page to the chosen step', () => {
  const chooseNext = (view: StepsView): ScrollyEvent => ({ type: 'choose', index: 2, instant: false, view });
  test('the chart moves at once, takes the address and the page glides to the step', () => {
    const [decision] = run(shownAt(1), chooseNext(at(-900, 380, 1400, 2400)));
    expect(decision!.show).toEqual({ index: 2, followAddress: true });
    expect(decision!.scrollTo).toEqual({ index: 2, instant: false });
  });
  test('steps the glide passes do not take the chart back, and the glide ends with its scroll', () => {
    const [, passing, ended] = run(
      shownAt(0),
      chooseNext(at(380, 1400, 2400, 3400)),
      scroll(at(-700, 320, 1300, 2300)),
      scrollEnd(at(-1400, -380, 600, 1600)),
    );
    expect(passing!.show).toBeUndefined();
    expect(passing!.state.glide).toEqual({ target: 2, until: 'scrollend' });
    expect(ended!.state.glide).toBeUndefined();
    expect(ended!.show).toBeUndefined();
  });
  test('the glide ends as soon as the chosen step is in view, so the reader who scrolls on is followed at once', () => {
    const [, reached, onwards] = run(
      shownAt(0),
      chooseNext(at(380, 1400, 2400, 3400)),
      scroll(at(-1400, -380, 350, 1600)),
      scroll(at(-2600, -1600, -600, 300)),
    );
    expect(reached!.state.glide).toBeUndefined();
    expect(onwards!.show?.index).toBe(3);
  });
  test('a step already in view starts no glide, as the page will not scroll', () => {
    const [decision] = run(shownAt(2), { type: 'choose', index: 1, instant: false, view: at(-1000, 300, 1400, 2400) });
    expect(decision!.state.glide).toBeUndefined();
  });
  test('a resize during the glide does not end it', () => {
    const [, resized] = run(shownAt(0), chooseNext(at(380, 1400, 2400, 3400)), { type: 'resize', view: at(-700, 320, 1300, 2300) });
    expect(resized!.state.glide).toEqual({ target: 2, until: 'scrollend' });
    expect(resized!.show).toBeUndefined();
  });
});

describe('a #step link', () => {
  const linkedView = at(-2000, -1000, 380, 1400);
  test('opens the chart at the linked step without rewriting the address', () => {
    const [decision] = run({ shown: -1 }, { type: 'open', linked: 2 });
    expect(decision!.show).toEqual({ index: 2, followAddress: false });
  });
  test('a page opened at no link shows the first step', () => {
    const [decision] = run({ shown: -1 }, { type: 'open', linked: undefined });
    expect(decision!.show?.index).toBe(0);
    expect(decision!.state.glide).toBeUndefined();
  });
  test('until the page has loaded, where it happens to be (sections still laying out) does not move the chart', () => {
    const decisions = run({ shown: -1 }, { type: 'open', linked: 2 }, scroll(below), scrollEnd(at(300, 1300, 2300, 3300)), scroll(linkedView));
    expect(decisions.slice(1).map((d) => d.show)).toEqual([undefined, undefined, undefined]);
  });
  test('once loaded, a jump left short of the step is finished at once, and the glide ends with it', () => {
    const [, loaded, passing, ended] = run(
      { shown: -1 },
      { type: 'open', linked: 2 },
      { type: 'load', view: at(300, 1300, 2300, 3300) },
      scroll(at(-500, 500, 1500, 2500)),
      scrollEnd(linkedView),
    );
    expect(loaded!.scrollTo).toEqual({ index: 2, instant: true });
    expect(passing!.show).toBeUndefined();
    expect(ended!.state).toEqual({ shown: 2 });
  });
  test('once loaded at the step, the page stays and scrolling follows the reader again', () => {
    const [, loaded, next] = run({ shown: -1 }, { type: 'open', linked: 2 }, { type: 'load', view: linkedView }, scroll(at(-3000, -2000, -600, 380)));
    expect(loaded!.state.glide).toBeUndefined();
    expect(next!.show).toEqual({ index: 3, followAddress: true });
  });
  test('a chart the link does not name ignores the load', () => {
    const [, loaded] = run({ shown: -1 }, { type: 'open', linked: undefined }, { type: 'load', view: below });
    expect(loaded!.scrollTo).toBeUndefined();
  });
  test('a link followed on the page (hashchange) jumps without a glide', () => {
    const [decision] = run(shownAt(0), { type: 'choose', index: 3, instant: true, view: at(380, 1400, 2400, 3400) });
    expect(decision!.scrollTo).toEqual({ index: 3, instant: true });
    expect(decision!.show).toEqual({ index: 3, followAddress: true });
  });
});

describe('keyboard focus', () => {
  test('a card that takes focus moves the chart to its step', () => {
    const [decision] = run(shownAt(0), { type: 'focus', index: 3 });
    expect(decision!.show).toEqual({ index: 3, followAddress: true });
    expect(decision!.scrollTo).toBeUndefined();
  });
});
