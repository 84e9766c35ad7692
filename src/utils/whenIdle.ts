/**
 * Runs a callback when the main thread is next idle (at the latest after
 * three seconds), or after a short timeout where the browser has no
 * requestIdleCallback (Safari).
 */
export function whenIdle(callback: (deadline?: IdleDeadline) => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 3000});
  else window.setTimeout(callback, 50);
}
