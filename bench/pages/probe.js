// Loaded first: long tasks from the start of the page, and the feed's first byte.
window.__bench = { longTasks: [], done: false };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task timing in this browser: the figure stays empty.
}
window.__feedFirstByte = () => {
  const entry = performance
    .getEntriesByType('resource')
    .find((resource) => resource.name.includes('/feeds/') || resource.name.includes('/examples/'));
  return entry ? entry.responseStart : NaN;
};
window.__frames = (count = 2) =>
  new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
