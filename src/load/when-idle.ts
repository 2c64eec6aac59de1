/**
 * Runs `task` once the page has nothing more urgent to do (after the first paint of a load, say),
 * and in any case within `timeoutMs`. Decoration such as the base map waits here so that the
 * list and the clusters' marks paint first. `task` is told how many milliseconds of idle time
 * are left.
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

/** Runs `task` in a task of its own after the next frame has painted (soon, where nothing paints). */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(task, 0);
  requestAnimationFrame(() => setTimeout(task, 0));
}
