/**
 * Runs `task` once the page has nothing more urgent to do (after the first paint of a load, say),
 * and in any case within `timeoutMs`. Decoration such as the base map waits here so that the
 * list and the clusters' marks paint first. `task` is told how many milliseconds of idle time
 * are left, for work that can stop and go on later.
 */

/** The idle time assumed where the browser has no idle callbacks (Safari). */
const FALLBACK_SLICE_MS = 8;

export function whenIdle(task: (timeLeft: () => number) => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => task(() => deadline.timeRemaining()), { timeout: timeoutMs });
  else {
    // Without idle callbacks: a short slice of time after a timer.
    setTimeout(
      () => {
        const end = performance.now() + FALLBACK_SLICE_MS;
        task(() => end - performance.now());
      },
      Math.min(timeoutMs, 50),
    );
  }
}

/** Idle time left unused, so that idle work never runs into the next frame. */
const IDLE_MARGIN_MS = 3;

/**
 * Runs `step` (a millisecond or two of work; true when all is done) again and again while the
 * page is idle, for as long as each idle period lasts, until it is done.
 */
export function workWhenIdle(step: () => boolean, timeoutMs = 1000): void {
  const work = (timeLeft: () => number) => {
    do {
      if (step()) return;
    } while (timeLeft() > IDLE_MARGIN_MS);
    whenIdle(work, timeoutMs);
  };
  whenIdle(work, timeoutMs);
}
