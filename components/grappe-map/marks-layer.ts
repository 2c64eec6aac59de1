import * as L from 'leaflet';
import { mercatorX, mercatorY } from '../../src/geo/mercator.js';
import { DEFAULT_SIZES, LABEL_HEIGHT, placeMarks, type Placement, type SeatInput } from '../../src/geo/placement.js';
import { activateWithKeyboard } from './marker-keyboard.js';
import { PointsCanvasLayer } from './points-canvas-layer.js';

/** A cluster to draw: where, and whether that place is only its territory's. */
export interface ClusterSeat {
  cluster: number;
  id: string;
  name: string;
  lon: number;
  lat: number;
  colour: string;
  /** The territory's name when the cluster is drawn at its territory, for want of a seat. */
  approximateIn: string | null;
}

/** The organisations' points in Web Mercator's unit square, and the organisation of each. */
export interface OrganisationPoints {
  x: Float64Array;
  y: Float64Array;
  owner: Int32Array;
}

export interface MarksTexts {
  groupOfClusters(count: number): string;
  clustersHere(count: number): string;
  groupOfPoints(count: number): string;
  organisationsHere(count: number): string;
  approximatePlace(name: string, territory: string): string;
  /** A count as a group shows it: `1,2 k` in French. */
  count(value: number): string;
}

export interface MarksLayerOptions {
  selectCluster(id: string): void;
  /** An organisation, by its position in the feed index. */
  selectOrganisation(organisation: number): void;
  organisationName(organisation: number): string;
  texts(): MarksTexts;
}

/** A mark as drawn, for tests and automation: what it is and its box in the map's pixels. */
export interface DrawnMark {
  kind: 'cluster' | 'cluster-group' | 'organisation-group' | 'organisation' | 'label';
  id?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Zooming cannot separate marks any more from here: groups list their members instead. */
const LIST_ZOOM = 17;
const LABEL_FONT = '600 12px system-ui, sans-serif';

/**
 * Everything drawn as a mark, placed together by one pass (`placeMarks`) after each move, zoom
 * or change of data: cluster markers (kept from one pass to the next, so focus and selection
 * stay), groups of clusters and of organisations (focusable markers, rebuilt), single
 * organisations (dots on one canvas) and the clusters' name labels.
 */
export class MarksLayer {
  private readonly clusterLayer = L.layerGroup();
  private readonly groupLayer = L.layerGroup();
  private readonly dots: PointsCanvasLayer;
  private readonly clusterMarkers = new Map<string, L.Marker>();
  private seats: ClusterSeat[] = [];
  private organisations: OrganisationPoints | null = null;
  private selectedOrganisation: number | undefined;
  private selectedCluster: string | null = null;
  private placement: Placement | undefined;
  private frame = 0;
  private measureContext: CanvasRenderingContext2D | null | undefined;
  /** The clusters placed in the last pass, by their position in the index. */
  private seatByCluster = new Map<number, ClusterSeat>();
  private readonly onView = () => this.schedule();

  constructor(
    private readonly map: L.Map,
    private readonly options: MarksLayerOptions,
  ) {
    this.dots = new PointsCanvasLayer({
      fill: '#4b5563',
      selectedFill: '#d55e00',
      radius: DEFAULT_SIZES.dot / 2,
      onClick: (point) => options.selectOrganisation(point.organisation),
    });
    this.dots.addTo(map);
    this.clusterLayer.addTo(map);
    this.groupLayer.addTo(map);
    map.on('moveend zoomend resize', this.onView);
  }

  /** The clusters to draw, most important first (it wins a contested place). */
  setClusters(seats: ClusterSeat[]): void {
    this.seats = seats;
    this.schedule();
  }

  setOrganisations(points: OrganisationPoints | null): void {
    this.organisations = points;
    this.schedule();
  }

  setSelected(clusterId: string | null, organisation: number | undefined): void {
    this.selectedCluster = clusterId;
    this.selectedOrganisation = organisation;
    this.schedule();
  }

  /** Every mark as drawn now, with its box in the map's container pixels. */
  drawnMarks(): DrawnMark[] {
    const placement = this.placement;
    if (!placement) return [];
    const cluster = DEFAULT_SIZES.cluster;
    return [
      ...placement.clusters.map((mark) => ({
        kind: 'cluster' as const,
        id: this.seatByCluster.get(mark.cluster)?.id,
        x: mark.x,
        y: mark.y,
        width: cluster,
        height: cluster,
      })),
      ...placement.clusterGroups.map((group) => ({
        kind: 'cluster-group' as const,
        x: group.x,
        y: group.y,
        width: group.size,
        height: group.size,
      })),
      ...placement.organisationGroups.map((group) => ({
        kind: 'organisation-group' as const,
        x: group.x,
        y: group.y,
        width: group.size,
        height: group.size,
      })),
      ...placement.organisations.map((dot) => ({
        kind: 'organisation' as const,
        x: dot.x,
        y: dot.y,
        width: DEFAULT_SIZES.dot,
        height: DEFAULT_SIZES.dot,
      })),
      ...placement.labels.map((label) => ({
        kind: 'label' as const,
        id: this.seatByCluster.get(label.cluster)?.id,
        x: label.left + label.width / 2,
        y: label.y,
        width: label.width,
        height: LABEL_HEIGHT,
      })),
    ];
  }

  /** Places and draws in the next frame; several changes in one frame cost one pass. */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const map = this.map;
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return;
    const zoom = map.getZoom();
    const scale = 256 * 2 ** zoom;
    const origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
    // The selected cluster is placed first, so that it always stands alone.
    const ordered = this.selectedCluster
      ? [...this.seats].sort((a, b) => Number(b.id === this.selectedCluster) - Number(a.id === this.selectedCluster))
      : this.seats;
    this.seatByCluster = new Map(ordered.map((seat) => [seat.cluster, seat]));
    const inputs: SeatInput[] = [];
    for (const seat of ordered) {
      const x = mercatorX(seat.lon) * scale - origin.x;
      const y = mercatorY(seat.lat) * scale - origin.y;
      // Marks well outside the view cost nothing; those near its edge still claim their room.
      if (x < -size.x || y < -size.y || x > size.x * 2 || y > size.y * 2) continue;
      inputs.push({
        cluster: seat.cluster,
        x,
        y,
        seat: `${seat.lon},${seat.lat}`,
        pinned: seat.id === this.selectedCluster,
      });
    }
    let points = null;
    const organisations = this.organisations;
    if (organisations && organisations.x.length > 0) {
      const count = organisations.x.length;
      const x = new Float64Array(count);
      const y = new Float64Array(count);
      for (let i = 0; i < count; i += 1) {
        x[i] = organisations.x[i]! * scale - origin.x;
        y[i] = organisations.y[i]! * scale - origin.y;
      }
      points = { x, y, owner: organisations.owner, count };
    }
    const placement = placeMarks(inputs, points, {
      width: size.x,
      height: size.y,
      originX: origin.x,
      originY: origin.y,
      label: zoom >= 5 ? (cluster) => this.seatByCluster.get(cluster)?.name ?? '' : undefined,
      measure: (text) => this.measure(text),
    });
    this.placement = placement;
    this.render(placement, map);
  }

  private measure(text: string): number {
    if (this.measureContext === undefined) {
      this.measureContext = document.createElement('canvas').getContext('2d');
      if (this.measureContext) this.measureContext.font = LABEL_FONT;
    }
    return this.measureContext ? this.measureContext.measureText(labelText(text)).width : labelText(text).length * 7;
  }

  private render(placement: Placement, map: L.Map): void {
    const texts = this.options.texts();
    const labelled = new Map(placement.labels.map((label) => [label.cluster, label.side]));
    const wanted = new Set<string>();
    for (const mark of placement.clusters) {
      const seat = this.seatByCluster.get(mark.cluster);
      if (!seat) continue;
      wanted.add(seat.id);
      this.drawCluster(seat, mark.dx, mark.dy, labelled.get(mark.cluster) ?? null, texts);
    }
    for (const [id, marker] of this.clusterMarkers) {
      if (!wanted.has(id)) this.clusterLayer.removeLayer(marker);
    }
    this.groupLayer.clearLayers();
    for (const group of placement.clusterGroups) {
      const count = group.clusters.length;
      const list = group.sameSeat || map.getZoom() >= LIST_ZOOM;
      const label = list ? texts.clustersHere(count) : texts.groupOfClusters(count);
      const marker = this.groupMarker(
        map.containerPointToLatLng([group.x, group.y]),
        group.size,
        'seat-group',
        texts.count(count),
        label,
      );
      if (list) {
        const members = group.clusters
          .map((cluster) => this.seatByCluster.get(cluster))
          .filter((seat): seat is ClusterSeat => seat !== undefined);
        this.bindList(
          marker,
          members.map((seat) => ({ name: seat.name, select: () => this.options.selectCluster(seat.id) })),
        );
      } else {
        const bounds = L.latLngBounds(
          group.clusters
            .map((cluster) => this.seatByCluster.get(cluster))
            .filter((seat) => seat !== undefined)
            .map((seat) => [seat!.lat, seat!.lon] as [number, number]),
        );
        this.onActivate(marker, () =>
          map.fitBounds(bounds, {
            padding: [48, 48],
            maxZoom: Math.min(map.getMaxZoom(), map.getZoom() + 4),
            animate: false,
          }),
        );
      }
    }
    for (const group of placement.organisationGroups) {
      const list = group.samePlace || map.getZoom() >= LIST_ZOOM;
      const label = list ? texts.organisationsHere(group.count) : texts.groupOfPoints(group.count);
      const marker = this.groupMarker(
        map.containerPointToLatLng([group.x, group.y]),
        group.size,
        `organisation-group${list ? ' shared-place' : ''}`,
        texts.count(group.count),
        label,
      );
      if (list) {
        this.bindList(
          marker,
          group.organisations.map((organisation) => ({
            name: this.options.organisationName(organisation),
            select: () => this.options.selectOrganisation(organisation),
          })),
        );
      } else {
        const centre = map.containerPointToLatLng([group.centreX, group.centreY]);
        this.onActivate(marker, () =>
          map.setView(centre, Math.min(map.getMaxZoom(), map.getZoom() + 2), { animate: false }),
        );
      }
    }
    this.dots.setPoints(placement.organisations, this.selectedOrganisation);
  }

  private drawCluster(
    seat: ClusterSeat,
    dx: number,
    dy: number,
    label: 'left' | 'right' | null,
    texts: MarksTexts,
  ): void {
    let marker = this.clusterMarkers.get(seat.id);
    const icon = () =>
      L.divIcon({
        html: clusterContent(),
        className: `cluster-marker${seat.approximateIn !== null ? ' approximate' : ''}`,
        iconSize: [28, 28],
        iconAnchor: [14 - dx, 14 - dy],
      });
    const offset = `${dx},${dy},${seat.approximateIn !== null}`;
    if (!marker) {
      marker = L.marker([seat.lat, seat.lon], { icon: icon(), keyboard: true, riseOnHover: true });
      marker.on('click', () => this.options.selectCluster(seat.id));
      this.clusterMarkers.set(seat.id, marker);
      markerState.set(marker, offset);
    } else {
      marker.setLatLng([seat.lat, seat.lon]);
      if (markerState.get(marker) !== offset) {
        markerState.set(marker, offset);
        marker.setIcon(icon());
      }
    }
    if (!this.clusterLayer.hasLayer(marker)) this.clusterLayer.addLayer(marker);
    const element = marker.getElement();
    if (!element) return;
    activateWithKeyboard(marker, () => this.options.selectCluster(seat.id));
    const name = seat.approximateIn !== null ? texts.approximatePlace(seat.name, seat.approximateIn) : seat.name;
    element.setAttribute('aria-label', name);
    element.setAttribute('title', name);
    // Through the CSSOM: a strict CSP blocks style attributes, not style properties set from script.
    element.style.setProperty('--marker-color', seat.colour);
    const selected = seat.id === this.selectedCluster;
    element.classList.toggle('selected', selected);
    if (selected) element.setAttribute('aria-current', 'true');
    else element.removeAttribute('aria-current');
    marker.setZIndexOffset(selected ? 1000 : 0);
    let labelElement = element.querySelector<HTMLElement>('.label');
    if (label) {
      if (!labelElement) {
        labelElement = document.createElement('span');
        labelElement.setAttribute('aria-hidden', 'true');
        element.appendChild(labelElement);
      }
      labelElement.className = `label ${label}`;
      labelElement.textContent = labelText(seat.name);
    } else {
      labelElement?.remove();
    }
  }

  /** A focusable group marker with its count; built as elements, never HTML strings. */
  private groupMarker(at: L.LatLng, size: number, className: string, count: string, label: string): L.Marker {
    const content = document.createElement('span');
    content.className = 'count';
    content.textContent = count;
    const marker = L.marker(at, {
      icon: L.divIcon({ html: content, className, iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
      keyboard: true,
    });
    marker.on('add', () => {
      marker.getElement()?.setAttribute('aria-label', label);
      marker.getElement()?.setAttribute('title', label);
    });
    marker.addTo(this.groupLayer);
    return marker;
  }

  private onActivate(marker: L.Marker, activate: () => void): void {
    marker.on('click', activate);
    marker.on('add', () => activateWithKeyboard(marker, activate));
    if (marker.getElement()) activateWithKeyboard(marker, activate);
  }

  /** A popup listing what zooming cannot separate, each a button (elements, never HTML). */
  private bindList(marker: L.Marker, entries: Array<{ name: string; select: () => void }>): void {
    const list = document.createElement('ul');
    list.className = 'shared-place-list';
    for (const entry of entries) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = entry.name;
      button.addEventListener('click', entry.select);
      item.appendChild(button);
      list.appendChild(item);
    }
    marker.bindPopup(list, { closeButton: false, autoPan: true });
    this.onActivate(marker, () => marker.openPopup());
  }

  remove(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.map.off('moveend zoomend resize', this.onView);
    this.dots.remove();
    this.clusterLayer.clearLayers().remove();
    this.groupLayer.clearLayers().remove();
    this.clusterMarkers.clear();
  }
}

/** The last icon settings of each cluster marker, to replace its icon only when they change. */
const markerState = new WeakMap<L.Marker, string>();

/** A label shows at most this many characters (the full name is the marker's accessible name). */
const LABEL_CHARACTERS = 28;

function labelText(name: string): string {
  const characters = Array.from(name);
  return characters.length > LABEL_CHARACTERS
    ? `${characters
        .slice(0, LABEL_CHARACTERS - 1)
        .join('')
        .trimEnd()}…`
    : name;
}

function clusterContent(): HTMLElement {
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  return dot;
}
