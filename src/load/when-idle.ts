/**
 * Runs `task` once the page has nothing more urgent to do (after the first paint of a load, say),
 * and in any case within `timeoutMs`. Decoration such as the base map waits here so that the
 * list and the clusters' marks paint first.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, Math.min(timeoutMs, 50));
}
