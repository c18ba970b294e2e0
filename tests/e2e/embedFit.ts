import { expect, type Locator } from '@playwright/test';
import { afterFrames } from '../support/frames';

/** How an embedded frame sits: its height on the host page, and its content inside it. */
async function measure(iframe: Locator) {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  const inside = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: Math.ceil(root.getBoundingClientRect().height),
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      viewportHeight: window.innerHeight,
      viewportWidth: window.innerWidth,
      figure: document.querySelector('figure[data-chart]') !== null,
    };
  });
  const onHost = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  return { ...inside, onHost };
}

/**
 * The frame is exactly as tall as its content: no inner scrollbar, nothing cut off, no empty band; and it stays
 * so (no oscillation between two heights).
 */
export async function expectFitted(iframe: Locator, name: string): Promise<void> {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const m = await measure(iframe);
        return m.figure && m.viewportHeight === m.content && m.onHost === m.viewportHeight;
      },
      { message: `${name}: the frame takes its content's height`, timeout: 15_000 },
    )
    .toBe(true);
  const settled = await measure(iframe);
  // A height that oscillates moves again within a few frames: the frame reports it, the host resizes, the frame reflows.
  await afterFrames((await (await iframe.elementHandle())!.contentFrame())!, 6);
  const later = await measure(iframe);
  expect(later, `${name}: the height holds`).toEqual(settled);
  expect(later.scrollHeight, `${name}: no inner vertical scrolling`).toBeLessThanOrEqual(later.viewportHeight);
  expect(later.scrollWidth, `${name}: no inner horizontal scrolling`).toBeLessThanOrEqual(later.viewportWidth);
}
