// The Grappe side: the explorer as a site embeds it; "interactive" is when the list and the map
// show the data and the next frames have painted. This script runs before the deferred embed, so
// that the feed's address is on the element when the bundle runs, as it is in a site's HTML.
const params = new URLSearchParams(location.search);
const explorer = document.querySelector('grappe-explorer');
explorer.addEventListener('grappe-load', async () => {
  const root = explorer.shadowRoot;
  const map = root.querySelector('grappe-map');
  const directory = root.querySelector('grappe-directory');
  const ready = () =>
    directory.shadowRoot?.querySelector('li.item') && map.shadowRoot?.querySelector('.leaflet-marker-icon');
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
  await window.__frames(2);
  window.__bench.interactive = performance.now();
  window.__bench.done = true;
});
// A feed that cannot be shown ends the measure at once, said, instead of waiting for a timeout.
explorer.addEventListener('grappe-error', (event) => {
  window.__bench.error = `${event.detail.reason}: ${event.detail.message}`;
  window.__bench.done = true;
});
explorer.setAttribute('src', params.get('feed'));

// The scripted interaction: facet toggles and search keystrokes, once the page is idle (the
// work done ahead after loading, the search's folding of members' names, is over: its slices
// would be counted as the inputs' work). Each input is marked for the trace the bench records
// (the main thread's work from the input to its painted update), and timed to the next
// animation frame; then the page is left three frames to draw and paint it, so that the next
// input's work is its own.
window.__interact = async () => {
  for (let period = 0; period < 3; period += 1)
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 }));
  const root = explorer.shadowRoot;
  const directory = root.querySelector('grappe-directory');
  const filters = directory.shadowRoot.querySelector('grappe-filters');
  const times = { facet: [], keystroke: [] };
  const boxes = () =>
    [...filters.shadowRoot.querySelectorAll('input[type=checkbox]')].filter(
      (box) => box.dataset.dimension === 'kind' || box.dataset.dimension === 'stage',
    );
  const timed = async (kind, input) => {
    performance.mark('grappe-input');
    const start = performance.now();
    input();
    await window.__frames(1);
    times[kind].push(performance.now() - start);
    await window.__frames(3);
  };
  for (let round = 0; round < 10; round += 1) {
    const box = boxes()[round % boxes().length];
    await timed('facet', () => box.click());
  }
  const search = directory.shadowRoot.querySelector('input[type=search]');
  for (const text of ['p', 'po', 'pol', 'pole', 'pol', 'po', 'p', '', 'c', 'cl']) {
    await timed('keystroke', () => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
    });
  }
  return times;
};
