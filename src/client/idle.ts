/** Runs callback when the main thread is idle, or after `timeout` ms at the latest. */
export function idle(callback: () => void, timeout = 2000): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout });
  else setTimeout(callback, 50);
}
