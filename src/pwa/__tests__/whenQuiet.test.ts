import {describe, expect, it} from 'vitest';
import {QUIET_DEADLINE_MS, QUIET_IDLE_MS, QUIET_SPAN_MS, whenQuiet} from '../whenQuiet';

/** A fake main thread: the test delivers idle periods one by one and says when long tasks ended. */
function fakeThread() {
  let now = 0;
  let lastLongTaskEnd: number | undefined;
  const pending: {callback: IdleRequestCallback; timeout?: number}[] = [];
  const timeouts: (() => void)[] = [];
  return {
    thread: {
      requestIdleCallback: (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
        pending.push({callback, timeout: options?.timeout}),
      setTimeout: (callback: () => void) => timeouts.push(callback),
      now: () => now,
      lastLongTaskEnd: () => lastLongTaskEnd,
    },
    pending,
    timeouts,
    longTaskEndedAt(at: number) {
      lastLongTaskEnd = at;
    },
    /** Runs the waiting idle callback at `at` ms with `remaining` ms of idle time. */
    idle(at: number, remaining: number, didTimeout = false) {
      now = at;
      const next = pending.shift();
      if (!next) throw new Error('no idle callback is waiting');
      next.callback({didTimeout, timeRemaining: () => remaining});
    },
  };
}

describe('whenQuiet', () => {
  it('waits through short idle periods and runs at a long one once the page has been quiet', () => {
    const fake = fakeThread();
    let runs = 0;
    whenQuiet(() => (runs += 1), fake.thread);
    fake.idle(300, 3);
    fake.idle(QUIET_SPAN_MS - 1, QUIET_IDLE_MS);
    expect(runs).toBe(0);
    fake.idle(QUIET_SPAN_MS, QUIET_IDLE_MS);
    expect(runs).toBe(1);
    expect(fake.pending).toHaveLength(0);
  });

  it('counts quiet from the last long task, so a pause between a page’s downloads is not enough', () => {
    const fake = fakeThread();
    let runs = 0;
    whenQuiet(() => (runs += 1), fake.thread);
    fake.longTaskEndedAt(1_500);
    fake.idle(2_000, 50);
    expect(runs).toBe(0);
    fake.idle(1_500 + QUIET_SPAN_MS, 50);
    expect(runs).toBe(1);
  });

  it('runs at the deadline however busy the page stays', () => {
    const fake = fakeThread();
    let runs = 0;
    whenQuiet(() => (runs += 1), fake.thread);
    expect(fake.pending[0]?.timeout).toBe(QUIET_DEADLINE_MS);
    fake.longTaskEndedAt(5_900);
    fake.idle(6_000, 50);
    // The next wait is capped by what is left of the deadline.
    expect(fake.pending[0]?.timeout).toBe(QUIET_DEADLINE_MS - 6_000);
    fake.idle(QUIET_DEADLINE_MS, 0, true);
    expect(runs).toBe(1);
  });

  it('runs on the next task where the browser has no idle callbacks', () => {
    const fake = fakeThread();
    let runs = 0;
    whenQuiet(() => (runs += 1), {...fake.thread, requestIdleCallback: undefined});
    expect(runs).toBe(0);
    fake.timeouts.shift()?.();
    expect(runs).toBe(1);
  });
});
