// The one way the browser tests wait on the page: by its frames, never by a fixed delay. Headless Chromium can stop
// issuing frames to a page under load, so a timer stands in for a frame that is late; a main thread that is stuck
// still hangs the wait, as it should.
import type { Frame, Page } from '@playwright/test';

/**
 * What to do once a frame: wait a number of frames, wait until the scroll position has held still, fling, or read
 * through the page a screen a frame down to its end (which moves as sections lay themselves out) and go back up.
 */
type FrameTask =
  | { kind: 'frames'; count: number }
  | { kind: 'still'; frames: number }
  | { kind: 'fling'; distance: number; jump: number }
  | { kind: 'read-through' };

/** Runs in the page: one loop over frames for every task, so each wait falls back to a timer the same way. */
function runOnFrames(task: FrameTask): Promise<void> {
  return new Promise<void>((resolve) => {
    const nextFrame = (callback: () => void) => {
      let called = false;
      const once = () => {
        if (called) return;
        called = true;
        callback();
      };
      requestAnimationFrame(once);
      setTimeout(once, 100);
    };
    let frames = 0;
    let stuck = 0;
    let lastY = window.scrollY;
    let left = task.kind === 'fling' ? task.distance : 0;
    const frame = () => {
      frames += 1;
      if (task.kind === 'frames') {
        if (frames >= task.count) return resolve();
      } else if (task.kind === 'still') {
        if (window.scrollY !== lastY) frames = 0;
        lastY = window.scrollY;
        if (frames >= task.frames) return resolve();
      } else if (task.kind === 'read-through') {
        const end = document.documentElement.scrollHeight - window.innerHeight;
        // At the end, or stuck (a page that will not scroll further), or far past any real page's length: back up.
        stuck = window.scrollY === lastY ? stuck + 1 : 0;
        lastY = window.scrollY;
        if (window.scrollY >= end - 1 || stuck > 5 || frames > 1000) {
          window.scrollTo({ top: 0, behavior: 'instant' });
          return resolve();
        }
        window.scrollBy({ top: window.innerHeight, behavior: 'instant' });
      } else {
        const step = Math.sign(left) * Math.min(Math.abs(left), task.jump);
        window.scrollBy({ top: step, behavior: 'instant' });
        left -= step;
        if (left === 0) return resolve();
      }
      nextFrame(frame);
    };
    nextFrame(frame);
  });
}

/** Runs a task in the page or one of its frames. */
const onFrames = (page: Page | Frame, task: FrameTask): Promise<void> => page.evaluate(runOnFrames, task);

/** Resolves after the page (or a frame within it) has drawn `count` frames. */
export function afterFrames(page: Page | Frame, count = 2): Promise<void> {
  return onFrames(page, { kind: 'frames', count });
}

/** Resolves once the page has stopped moving for a few frames. */
export function settled(page: Page): Promise<void> {
  return onFrames(page, { kind: 'still', frames: 6 });
}

/** Moves the page by `distance` in jumps of `jump` px, one per frame, as a fling or a slow frame does. */
export function fling(page: Page, distance: number, jump = 700): Promise<void> {
  return onFrames(page, { kind: 'fling', distance, jump });
}

/**
 * Reads the page from top to end, a screen a frame, then goes back to the top: sections off screen skip their
 * layout (content-visibility) until a reader nears them, and whatever loads as a reader scrolls (chart code, fonts,
 * step changes) has then been asked for and run.
 */
export async function readThrough(page: Page): Promise<void> {
  await onFrames(page, { kind: 'read-through' });
  await afterFrames(page);
}
