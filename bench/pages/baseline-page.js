// What a site builder writes by hand today: fetch, JSON.parse, one marker per organisation in
// leaflet.markercluster. Timed like the Grappe page: from the page's start to painted.
const params = new URLSearchParams(location.search);
(async () => {
  const response = await fetch(params.get('feed'));
  const feed = JSON.parse(await response.text());
  const map = L.map('map', { maxZoom: 18 }).setView([46.6, 2.4], 5);
  const group = L.markerClusterGroup({ chunkedLoading: false });
  const markers = [];
  for (const organisation of feed.organisations) {
    if (!organisation.location) continue;
    const [lon, lat] = organisation.location.coordinates;
    markers.push(L.marker([lat, lon]));
  }
  group.addLayers(markers);
  map.addLayer(group);
  await window.__frames(2);
  window.__bench.interactive = performance.now();
  window.__bench.done = true;
})();
