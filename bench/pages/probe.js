// Loaded first: long tasks from the start of the page. Every page is timed from its start (the
// navigation) to painted: Grappe fetches its feed in a worker, whose requests the page's resource
// timeline does not list, and starting a worker is part of what it costs.
window.__bench = { longTasks: [], done: false };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task timing in this browser: the figure stays empty.
}
window.__frames = (count = 2) =>
  new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
