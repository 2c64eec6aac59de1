// The strongest peer (issue 17): what a competent developer writes by hand with supercluster and
// Leaflet's canvas circles: fetch, JSON.parse, one supercluster index over the organisations'
// points, circles for the groups in view (radius by count). No validation, no list, no
// accessibility. Timed like the Grappe page: from the page's start to two frames after drawing.
const params = new URLSearchParams(location.search);
(async () => {
  const response = await fetch(params.get('feed'));
  const feed = JSON.parse(await response.text());
  const points = [];
  for (const organisation of feed.organisations) {
    if (organisation.location) points.push({ type: 'Feature', properties: null, geometry: organisation.location });
  }
  const index = new Supercluster({ radius: 60, maxZoom: 16 }).load(points);
  const map = L.map('map', { maxZoom: 18 }).setView([46.6, 2.4], 5);
  const renderer = L.canvas();
  const layer = L.layerGroup().addTo(map);
  const draw = () => {
    layer.clearLayers();
    const bounds = map.getBounds();
    const groups = index.getClusters(
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      Math.round(map.getZoom()),
    );
    for (const group of groups) {
      const [lon, lat] = group.geometry.coordinates;
      const count = group.properties?.point_count ?? 1;
      L.circleMarker([lat, lon], { renderer, radius: Math.min(30, 4 + Math.sqrt(count)), weight: 1 }).addTo(layer);
    }
  };
  draw();
  map.on('moveend', draw);
  await window.__frames(2);
  window.__bench.interactive = performance.now();
  window.__bench.done = true;
})();
