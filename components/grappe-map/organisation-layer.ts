import * as L from 'leaflet';
import Supercluster from 'supercluster';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { GrappeSnapshot } from '../../src/state/grappe-store.js';
import { filtersAreEmpty } from '../../src/filter/cluster-filters.js';
import { PointsCanvasLayer, type CanvasPoint } from './points-canvas-layer.js';
import { activateWithKeyboard } from './marker-keyboard.js';

type PointFeature = GeoJSON.Feature<GeoJSON.Point, PointProperties>;
interface GroupProperties {
  cluster: true;
  cluster_id: number;
  point_count: number;
  point_count_abbreviated: string | number;
}

interface PointProperties {
  /** Organisation index in the feed index. */
  i: number;
}

export interface OrganisationLayerOptions {
  onSelect(organisationId: string): void;
  /** Accessible name of a group marker. */
  label(count: number): string;
  /** Accessible name of a point. */
  pointLabel(count: number): string;
}

/**
 * The organisations: grouped by zoom with supercluster, groups as focusable markers (a few
 * dozen on screen at once), single organisations as circles on one canvas. A DOM marker per
 * organisation would take seconds past 10,000 (see TOOLCHAIN.md's baseline).
 */
export class OrganisationLayer {
  private readonly points: PointsCanvasLayer;
  private readonly groups = L.layerGroup();
  private index: Supercluster<PointProperties> | undefined;
  private feedIndex: FeedIndex | null = null;
  private indexSource: FeedIndex | null = null;
  private selectedOrganisation: number | undefined;
  private readonly onMove = () => this.redraw();

  constructor(
    private readonly map: L.Map,
    private readonly options: OrganisationLayerOptions,
  ) {
    this.points = new PointsCanvasLayer({
      fill: '#4b5563',
      selectedFill: '#d55e00',
      radius: 5,
      onClick: (point) => {
        const organisation = this.feedIndex?.organisations[point.index];
        if (organisation) this.options.onSelect(organisation.id);
      },
    });
    this.points.addTo(map);
    this.groups.addTo(map);
    map.on('moveend zoomend', this.onMove);
  }

  /**
   * Which organisations to show: with no filter, every one that has a location; with filters,
   * the members of the visible clusters.
   */
  setData(feedIndex: FeedIndex | null, snapshot: GrappeSnapshot): void {
    // Regrouping 100,000 points takes a few hundred milliseconds: it runs after the list and the
    // clusters have painted, and a burst of filter changes regroups once.
    this.latest = { feedIndex, snapshot };
    if (this.pending === undefined) {
      // After the next paint: a frame, then a task.
      this.frame = requestAnimationFrame(() => {
        this.pending = setTimeout(() => {
          this.pending = undefined;
          const latest = this.latest;
          if (latest) this.rebuild(latest.feedIndex, latest.snapshot);
        }, 0);
      });
      this.pending = -1 as unknown as ReturnType<typeof setTimeout>;
    }
  }

  private latest: { feedIndex: FeedIndex | null; snapshot: GrappeSnapshot } | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** The organisations shown last time, to skip regrouping when a filter change keeps them. */
  private shownKey = '';

  private rebuild(feedIndex: FeedIndex | null, snapshot: GrappeSnapshot): void {
    this.feedIndex = feedIndex;
    this.selectedOrganisation =
      snapshot.selectedOrganisationId && feedIndex ? feedIndex.organisationIndexById.get(snapshot.selectedOrganisationId) : undefined;
    if (!feedIndex || feedIndex.organisations.length === 0) {
      this.index = undefined;
      this.redraw();
      return;
    }
    const everyone = filtersAreEmpty(snapshot.filters) && filtersAreEmpty(snapshot.constraints);
    let shown: Uint8Array | undefined;
    if (!everyone) {
      shown = new Uint8Array(feedIndex.organisations.length);
      const memberships = feedIndex.feed.memberships ?? [];
      for (const clusterIndex of snapshot.filterResult.visible) {
        for (const membershipIndex of feedIndex.membershipsOfCluster[clusterIndex]!) {
          const organisationIndex = feedIndex.organisationIndexById.get(memberships[membershipIndex]!.organisation);
          if (organisationIndex !== undefined) shown[organisationIndex] = 1;
        }
      }
    }
    const key = everyone ? 'all' : snapshot.filterResult.visible.join(',');
    if (this.index && key === this.shownKey && this.indexSource === feedIndex) {
      this.redraw();
      return;
    }
    this.shownKey = key;
    this.indexSource = feedIndex;
    const features: PointFeature[] = [];
    const longitudes = feedIndex.organisationLongitudes;
    const latitudes = feedIndex.organisationLatitudes;
    for (let i = 0; i < longitudes.length; i += 1) {
      if (shown && !shown[i]) continue;
      if (!Number.isNaN(longitudes[i]!)) {
        features.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [longitudes[i]!, latitudes[i]!] } });
      }
      // An organisation with several sites appears at each of them.
      const sites = feedIndex.organisations[i]!.sites;
      if (sites) {
        for (const site of sites.slice(feedIndex.organisations[i]!.location ? 0 : 1)) {
          features.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [site.location.coordinates[0], site.location.coordinates[1]] } });
        }
      }
    }
    this.index = new Supercluster<PointProperties>({ radius: 60, maxZoom: 14, minPoints: 3 }).load(features);
    this.redraw();
  }

  /** Highlights one organisation and brings it into view (a link, a click in the member list). */
  showSelected(organisationId: string | null): void {
    const feedIndex = this.latest?.feedIndex ?? this.feedIndex;
    const position = organisationId && feedIndex ? feedIndex.organisationIndexById.get(organisationId) : undefined;
    this.selectedOrganisation = position;
    if (position !== undefined && feedIndex) {
      const lon = feedIndex.organisationLongitudes[position]!;
      const lat = feedIndex.organisationLatitudes[position]!;
      // Past the grouping zoom, so that the organisation is drawn on its own.
      if (!Number.isNaN(lon)) this.map.setView([lat, lon], Math.max(this.map.getZoom(), 15), { animate: false });
    }
    this.redraw();
  }

  bounds(): L.LatLngBounds | undefined {
    const feedIndex = this.latest?.feedIndex ?? this.feedIndex;
    if (!feedIndex) return undefined;
    const bounds = L.latLngBounds([]);
    const longitudes = feedIndex.organisationLongitudes;
    const latitudes = feedIndex.organisationLatitudes;
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (let i = 0; i < longitudes.length; i += 1) {
      const lon = longitudes[i]!;
      if (Number.isNaN(lon)) continue;
      const lat = latitudes[i]!;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
    if (minLon <= maxLon) bounds.extend([minLat, minLon]).extend([maxLat, maxLon]);
    return bounds;
  }

  private redraw(): void {
    this.groups.clearLayers();
    const feedIndex = this.feedIndex;
    if (!this.index || !feedIndex) {
      this.points.setPoints([], undefined);
      return;
    }
    const singles: CanvasPoint[] = [];
    const bounds = this.map.getBounds().pad(0.1);
    const zoom = Math.round(this.map.getZoom());
    const items = this.index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    for (const item of items) {
      const [lon, lat] = item.geometry.coordinates as [number, number];
      const properties = item.properties as unknown as GroupProperties | PointProperties;
      if ('cluster' in properties && properties.cluster) {
        const count = properties.point_count;
        const clusterId = properties.cluster_id;
        const label = document.createElement('span');
        label.className = 'count';
        label.textContent = properties.point_count_abbreviated.toString();
        const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ html: label, className: 'organisation-group', iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
          keyboard: true,
        });
        marker.on('add', () => {
          const element = marker.getElement();
          element?.setAttribute('aria-label', this.options.label(count));
          element?.setAttribute('title', this.options.label(count));
        });
        const expand = () => {
          const target = Math.min(this.index!.getClusterExpansionZoom(clusterId), 18);
          this.map.setView([lat, lon], target);
        };
        marker.on('click', expand);
        marker.on('add', () => activateWithKeyboard(marker, expand));
        marker.addTo(this.groups);
      } else {
        singles.push({ lon, lat, index: (properties as PointProperties).i });
      }
    }
    // Organisations at the very same place cannot be told apart by zooming: one marker lists them.
    const byPlace = new Map<string, CanvasPoint[]>();
    for (const point of singles) {
      const key = `${point.lon.toFixed(6)},${point.lat.toFixed(6)}`;
      const group = byPlace.get(key) ?? [];
      group.push(point);
      byPlace.set(key, group);
    }
    const alone: CanvasPoint[] = [];
    for (const group of byPlace.values()) {
      if (group.length === 1) alone.push(group[0]!);
      else this.addSharedPlace(group, feedIndex);
    }
    this.points.setPoints(alone, this.selectedOrganisation);
  }

  /** A marker for several organisations at one place; its popup lists them (built as elements, never HTML). */
  private addSharedPlace(group: CanvasPoint[], feedIndex: FeedIndex): void {
    const count = group.length;
    const label = document.createElement('span');
    label.className = 'count';
    label.textContent = String(count);
    const marker = L.marker([group[0]!.lat, group[0]!.lon], {
      icon: L.divIcon({ html: label, className: 'organisation-group shared-place', iconSize: [30, 30], iconAnchor: [15, 15] }),
      keyboard: true,
    });
    const list = document.createElement('ul');
    list.className = 'shared-place-list';
    for (const point of group) {
      const organisation = feedIndex.organisations[point.index];
      if (!organisation) continue;
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = typeof organisation.name === 'string' ? organisation.name : Object.values(organisation.name)[0] ?? organisation.id;
      button.addEventListener('click', () => this.options.onSelect(organisation.id));
      item.appendChild(button);
      list.appendChild(item);
    }
    marker.bindPopup(list, { closeButton: false, autoPan: true });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', this.options.pointLabel(count));
      element?.setAttribute('title', this.options.pointLabel(count));
      if (marker) activateWithKeyboard(marker, () => marker.openPopup());
    });
    marker.addTo(this.groups);
  }

  remove(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.pending);
    this.pending = undefined;
    this.map.off('moveend zoomend', this.onMove);
    this.points.remove();
    this.groups.remove();
    this.index = undefined;
  }
}
