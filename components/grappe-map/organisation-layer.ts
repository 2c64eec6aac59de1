import * as L from 'leaflet';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { GrappeSnapshot } from '../../src/state/grappe-store.js';
import { filtersAreEmpty } from '../../src/filter/cluster-filters.js';
import { PointsCanvasLayer, type CanvasPoint } from './points-canvas-layer.js';
import { activateWithKeyboard } from './marker-keyboard.js';

export interface OrganisationLayerOptions {
  onSelect(organisationId: string): void;
  /** Accessible name of a group marker. */
  label(count: number): string;
  /** Accessible name of a point. */
  pointLabel(count: number): string;
}

/** Size of a grouping cell, in screen pixels. */
const CELL = 64;
/** A cell with fewer points shows them one by one. */
const MIN_GROUP = 3;
/** From this zoom on, every organisation is drawn on its own. */
const UNGROUPED_ZOOM = 15;

/**
 * The organisations: grouped on a grid of screen cells for the current view, groups as
 * focusable markers (a few dozen on screen), single organisations as dots on one canvas. The
 * grouping is one pass over flat arrays of Web Mercator coordinates, redone after each move or
 * filter change, where building supercluster's index for every
 * zoom took a quarter of a second (a long task on each filter change). A DOM marker per
 * organisation would take seconds past 10,000 (see TOOLCHAIN.md's baseline).
 */
export class OrganisationLayer {
  private readonly points: PointsCanvasLayer;
  private readonly groups = L.layerGroup();
  private feedIndex: FeedIndex | null = null;
  private selectedOrganisation: number | undefined;
  /** The points shown: Web Mercator x and y in [0, 1], and the organisation of each. */
  private mercatorX = new Float64Array(0);
  private mercatorY = new Float64Array(0);
  private organisationOf = new Int32Array(0);
  private frame = 0;
  private readonly onMove = () => this.schedule();

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
   * the members of the visible clusters. Each of an organisation's sites is a point too.
   */
  setData(feedIndex: FeedIndex | null, snapshot: GrappeSnapshot): void {
    this.feedIndex = feedIndex;
    this.selectedOrganisation =
      snapshot.selectedOrganisationId && feedIndex ? feedIndex.organisationIndexById.get(snapshot.selectedOrganisationId) : undefined;
    if (!feedIndex || feedIndex.organisations.length === 0) {
      this.mercatorX = new Float64Array(0);
      this.mercatorY = new Float64Array(0);
      this.organisationOf = new Int32Array(0);
      this.schedule();
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
    const longitudes = feedIndex.organisationLongitudes;
    const latitudes = feedIndex.organisationLatitudes;
    const xs: number[] = [];
    const ys: number[] = [];
    const owners: number[] = [];
    const add = (lon: number, lat: number, organisation: number) => {
      xs.push((lon + 180) / 360);
      const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
      ys.push(0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
      owners.push(organisation);
    };
    for (let i = 0; i < longitudes.length; i += 1) {
      if (shown && !shown[i]) continue;
      if (!Number.isNaN(longitudes[i]!)) add(longitudes[i]!, latitudes[i]!, i);
      const organisation = feedIndex.organisations[i]!;
      if (organisation.sites) {
        for (const site of organisation.sites.slice(organisation.location ? 0 : 1)) add(site.location.coordinates[0], site.location.coordinates[1], i);
      }
    }
    this.mercatorX = Float64Array.from(xs);
    this.mercatorY = Float64Array.from(ys);
    this.organisationOf = Int32Array.from(owners);
    this.schedule();
  }

  /** Highlights one organisation and brings it into view (a link, a click in the member list). */
  showSelected(organisationId: string | null): void {
    const feedIndex = this.feedIndex;
    const position = organisationId && feedIndex ? feedIndex.organisationIndexById.get(organisationId) : undefined;
    this.selectedOrganisation = position;
    if (position !== undefined && feedIndex) {
      const lon = feedIndex.organisationLongitudes[position]!;
      const lat = feedIndex.organisationLatitudes[position]!;
      // Past the grouping zoom, so that the organisation is drawn on its own.
      if (!Number.isNaN(lon)) this.map.setView([lat, lon], Math.max(this.map.getZoom(), UNGROUPED_ZOOM), { animate: false });
    }
    this.schedule();
  }

  bounds(): L.LatLngBounds | undefined {
    const feedIndex = this.feedIndex;
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
    for (const organisation of feedIndex.organisations) {
      for (const site of organisation.sites ?? []) bounds.extend([site.location.coordinates[1], site.location.coordinates[0]]);
    }
    return bounds;
  }

  /** Redraws in the next frame; moves and filter changes in one frame redraw once. */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  private redraw(): void {
    this.groups.clearLayers();
    const feedIndex = this.feedIndex;
    const count = this.organisationOf.length;
    if (!feedIndex || count === 0) {
      this.points.setPoints([], undefined);
      return;
    }
    const zoom = this.map.getZoom();
    const scale = 256 * 2 ** zoom;
    const origin = this.map.getPixelBounds().min!;
    const size = this.map.getSize();
    const margin = CELL;
    const grouping = zoom < UNGROUPED_ZOOM;
    // One pass: each point in view goes to its cell.
    const cells = new Map<number, { count: number; sumX: number; sumY: number; members: number[] }>();
    const singles: CanvasPoint[] = [];
    for (let position = 0; position < count; position += 1) {
      const x = this.mercatorX[position]! * scale - origin.x;
      const y = this.mercatorY[position]! * scale - origin.y;
      if (x < -margin || y < -margin || x > size.x + margin || y > size.y + margin) continue;
      if (!grouping) {
        singles.push(this.pointAt(x, y, this.organisationOf[position]!));
        continue;
      }
      const key = Math.floor((x + margin) / CELL) * 65536 + Math.floor((y + margin) / CELL);
      let cell = cells.get(key);
      if (!cell) {
        cell = { count: 0, sumX: 0, sumY: 0, members: [] };
        cells.set(key, cell);
      }
      cell.count += 1;
      cell.sumX += x;
      cell.sumY += y;
      if (cell.count <= MIN_GROUP) cell.members.push(position);
    }
    for (const cell of cells.values()) {
      if (cell.count < MIN_GROUP) {
        for (const position of cell.members) {
          const x = this.mercatorX[position]! * scale - origin.x;
          const y = this.mercatorY[position]! * scale - origin.y;
          singles.push(this.pointAt(x, y, this.organisationOf[position]!));
        }
        continue;
      }
      this.addGroup(this.map.containerPointToLatLng([cell.sumX / cell.count, cell.sumY / cell.count]), cell.count);
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

  private pointAt(x: number, y: number, organisation: number): CanvasPoint {
    const { lat, lng } = this.map.containerPointToLatLng([x, y]);
    return { lon: lng, lat, index: organisation };
  }

  /** A focusable group marker; Enter or a click zooms in on it. */
  private addGroup(centre: L.LatLng, count: number): void {
    const label = document.createElement('span');
    label.className = 'count';
    label.textContent = count >= 1000 ? `${Math.round(count / 1000)}k` : String(count);
    const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
    const marker = L.marker(centre, {
      icon: L.divIcon({ html: label, className: 'organisation-group', iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
      keyboard: true,
    });
    const expand = () => this.map.setView(centre, Math.min(this.map.getZoom() + 2, UNGROUPED_ZOOM));
    marker.on('click', expand);
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', this.options.label(count));
      element?.setAttribute('title', this.options.label(count));
      activateWithKeyboard(marker, expand);
    });
    marker.addTo(this.groups);
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
    this.frame = 0;
    this.map.off('moveend zoomend', this.onMove);
    this.points.remove();
    this.groups.remove();
  }
}
