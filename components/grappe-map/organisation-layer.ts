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
      if (Number.isNaN(longitudes[i]!) || (shown && !shown[i])) continue;
      features.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [longitudes[i]!, latitudes[i]!] } });
    }
    this.index = new Supercluster<PointProperties>({ radius: 60, maxZoom: 14, minPoints: 3 }).load(features);
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
    this.points.setPoints(singles, this.selectedOrganisation);
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
