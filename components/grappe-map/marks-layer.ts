import * as L from 'leaflet';
import { mercatorX, mercatorY } from '../../src/geo/mercator.js';
import {
  DEFAULT_SIZES,
  LABEL_HEIGHT,
  placeMarks,
  type OrganisationPointsInput,
  type Placement,
  type SeatInput,
} from '../../src/geo/placement.js';
import type { Box } from '../../src/geo/boxes.js';
import { controlAreas, controlElements } from './map-controls.js';
import { GroupMarkers } from './group-markers.js';
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

/**
 * The organisations' points in Web Mercator's unit square, the organisation of each, and which
 * organisations are shown (null: all).
 */
export interface OrganisationPoints {
  x: Float64Array;
  y: Float64Array;
  owner: Int32Array;
  shown: Uint8Array | null;
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
 * stay), groups of clusters and of organisations (focusable markers, moved and renumbered from
 * one pass to the next: group-markers.ts), single organisations (dots on one canvas) and the
 * clusters' name labels.
 */
export class MarksLayer {
  private readonly clusterLayer = L.layerGroup();
  private readonly groupLayer = L.layerGroup();
  private readonly groups = new GroupMarkers(this.groupLayer);
  private readonly dots: PointsCanvasLayer;
  private readonly clusterMarkers = new Map<string, L.Marker>();
  private seats: ClusterSeat[] = [];
  private organisations: OrganisationPoints | null = null;
  private selectedOrganisation: number | undefined;
  private selectedCluster: string | null = null;
  private placement: Placement | undefined;
  private frame = 0;
  private measureContext: CanvasRenderingContext2D | null | undefined;
  /** The points in view, in pixels, reused by each pass (see `inView`). */
  private scratch = { x: new Float64Array(0), y: new Float64Array(0), owner: new Int32Array(0) };
  /** The clusters placed in the last pass, by their position in the index. */
  private seatByCluster = new Map<number, ClusterSeat>();
  /** The map's own controls, measured once per size of the map (`reservedAreas`). */
  private reserved: Box[] | undefined;
  private reservedKey = '';
  private readonly onView = () => this.schedule();
  private readonly onResize = () => (this.reserved = undefined);

  constructor(
    private readonly map: L.Map,
    private readonly options: MarksLayerOptions,
  ) {
    this.dots = new PointsCanvasLayer({
      fill: '#4b5563',
      // Dark with the selected cluster's yellow ring: an orange dot read as a « Cluster régional ».
      selectedFill: '#1b1f24',
      selectedRing: '#ffd400',
      radius: DEFAULT_SIZES.dot / 2,
      onClick: (point) => options.selectOrganisation(point.organisation),
    });
    this.dots.addTo(map);
    this.clusterLayer.addTo(map);
    this.groupLayer.addTo(map);
    map.on('moveend zoomend resize', this.onView);
    map.on('resize', this.onResize);
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
    const points = this.organisations ? this.inView(this.organisations, scale, origin, size) : null;
    const placement = placeMarks(inputs, points, {
      width: size.x,
      height: size.y,
      originX: origin.x,
      originY: origin.y,
      label: zoom >= 5 ? (cluster) => this.seatByCluster.get(cluster)?.name ?? '' : undefined,
      measure: (text) => this.measure(text),
      reserved: this.reservedAreas(),
    });
    this.placement = placement;
    this.render(placement, map);
  }

  /** No label under the map's buttons or attribution: measured again on a resize or new text, not per click. */
  private reservedAreas(): Box[] {
    const elements = controlElements(this.map.getContainer());
    const key = elements.map((element) => element.textContent).join('\n');
    if (this.reserved && key === this.reservedKey) return this.reserved;
    this.reservedKey = key;
    return (this.reserved = controlAreas(this.map.getContainer(), elements));
  }

  /**
   * The shown organisations' points near the view, in its pixels, written into buffers kept from
   * one pass to the next: a facet click or a pan at 100,000 organisations allocates nothing here,
   * and placement reads only what it may draw (plus a cell's margin, where groups still form).
   */
  private inView(
    organisations: OrganisationPoints,
    scale: number,
    origin: L.Point,
    size: L.Point,
  ): OrganisationPointsInput | null {
    const { x: worldX, y: worldY, owner, shown } = organisations;
    if (this.scratch.x.length < worldX.length) {
      this.scratch = {
        x: new Float64Array(worldX.length),
        y: new Float64Array(worldX.length),
        owner: new Int32Array(worldX.length),
      };
    }
    const { x, y, owner: owners } = this.scratch;
    const margin = DEFAULT_SIZES.cell;
    const right = size.x + margin;
    const bottom = size.y + margin;
    let count = 0;
    for (let i = 0; i < worldX.length; i += 1) {
      const organisation = owner[i]!;
      if (shown !== null && shown[organisation] !== 1) continue;
      const pointX = worldX[i]! * scale - origin.x;
      const pointY = worldY[i]! * scale - origin.y;
      if (!(pointX >= -margin && pointY >= -margin && pointX <= right && pointY <= bottom)) continue;
      x[count] = pointX;
      y[count] = pointY;
      owners[count] = organisation;
      count += 1;
    }
    return count > 0 ? { x, y, owner: owners, count } : null;
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
    this.groups.begin();
    for (const group of placement.clusterGroups) {
      const count = group.clusters.length;
      const at = map.containerPointToLatLng([group.x, group.y]);
      const members = group.clusters
        .map((cluster) => this.seatByCluster.get(cluster))
        .filter((seat): seat is ClusterSeat => seat !== undefined);
      if (group.sameSeat || map.getZoom() >= LIST_ZOOM) {
        this.groups.addListed(
          at,
          group.size,
          'seat-group',
          texts.count(count),
          texts.clustersHere(count),
          members.map((seat) => ({ id: seat.id, name: seat.name, select: () => this.options.selectCluster(seat.id) })),
        );
      } else {
        const bounds = L.latLngBounds(members.map((seat) => [seat.lat, seat.lon] as [number, number]));
        this.groups.add(at, group.size, 'seat-group', texts.count(count), texts.groupOfClusters(count), () =>
          map.fitBounds(bounds, {
            padding: [48, 48],
            maxZoom: Math.min(map.getMaxZoom(), map.getZoom() + 4),
            animate: false,
          }),
        );
      }
    }
    for (const group of placement.organisationGroups) {
      const at = map.containerPointToLatLng([group.x, group.y]);
      if (group.samePlace || map.getZoom() >= LIST_ZOOM) {
        this.groups.addListed(
          at,
          group.size,
          'organisation-group shared-place',
          texts.count(group.count),
          texts.organisationsHere(group.count),
          group.organisations.map((organisation) => ({
            id: String(organisation),
            name: this.options.organisationName(organisation),
            select: () => this.options.selectOrganisation(organisation),
          })),
        );
      } else {
        const centre = map.containerPointToLatLng([group.centreX, group.centreY]);
        this.groups.add(
          at,
          group.size,
          'organisation-group',
          texts.count(group.count),
          texts.groupOfPoints(group.count),
          () => map.setView(centre, Math.min(map.getMaxZoom(), map.getZoom() + 2), { animate: false }),
        );
      }
    }
    this.groups.end();
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

  remove(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.map.off('moveend zoomend resize', this.onView);
    this.map.off('resize', this.onResize);
    this.dots.remove();
    this.clusterLayer.clearLayers().remove();
    this.groups.clear();
    this.groupLayer.remove();
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
