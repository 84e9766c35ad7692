/*
 * Waiting for the page to settle before background work (see
 * ./registerWhenQuiet.ts). Kept apart from that client module so it can be
 * tested with a fake clock.
 */

/** An idle period this long means no task is queued right now. */
export const QUIET_IDLE_MS = 40;
/** ...and this long without a long task means the page's own work is done, not just paused for a download. */
export const QUIET_SPAN_MS = 1_000;
/** Run by then however busy the page stays. */
export const QUIET_DEADLINE_MS = 10_000;

export type MainThread = {
  readonly requestIdleCallback?: (callback: IdleRequestCallback, options?: IdleRequestOptions) => number;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly now: () => number;
  /** When the last long task (over 50 ms) ended, where the browser reports long tasks. */
  readonly lastLongTaskEnd: () => number | undefined;
};

/**
 * Calls `run` once the main thread has an idle period of QUIET_IDLE_MS at
 * least QUIET_SPAN_MS after its last long task, or at QUIET_DEADLINE_MS.
 */
export function whenQuiet(run: () => void, thread: MainThread): void {
  const {requestIdleCallback} = thread;
  if (!requestIdleCallback) {
    thread.setTimeout(run, 0);
    return;
  }
  const start = thread.now();
  const check: IdleRequestCallback = (idle) => {
    const now = thread.now();
    const sinceLongTask = now - (thread.lastLongTaskEnd() ?? start);
    const quiet = idle.timeRemaining() >= QUIET_IDLE_MS && sinceLongTask >= QUIET_SPAN_MS;
    if (quiet || idle.didTimeout || now - start >= QUIET_DEADLINE_MS) run();
    else requestIdleCallback(check, {timeout: Math.max(0, start + QUIET_DEADLINE_MS - now)});
  };
  requestIdleCallback(check, {timeout: QUIET_DEADLINE_MS});
}
