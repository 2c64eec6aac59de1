import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import * as L from 'leaflet';
import Supercluster from 'supercluster';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { renderLoadState } from '../../src/internal/render-status.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { GrappeSnapshot } from '../../src/state/grappe-store.js';
import { leafletStyles } from '../../src/styles/leaflet.generated.js';
import { clusterColour, dimensionColours, safeColour } from '../../src/styles/palette.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { resolveText } from '../../src/text/localised-text.js';
import { OrganisationLayer } from './organisation-layer.js';
import { activateWithKeyboard } from './marker-keyboard.js';
import { TerritoryLayer } from './territory-layer.js';
import { mapStyles } from './map.styles.js';
import { exitFullscreenIcon, fitIcon, fullscreenIcon, minusIcon, plusIcon } from '../../src/styles/icons.js';

/** Where each cluster marker sits in the ring around a shared seat, to redraw it when that changes. */
const markerOffsets = new WeakMap<L.Marker, [number, number]>();

/** Past this many located clusters in view, cluster seats are grouped by zoom too. */
const SEAT_GROUPING_THRESHOLD = 300;

/** How long the "use Ctrl + scroll" hint stays. */
const WHEEL_HINT_MS = 1500;

/**
 * @tagname grappe-map
 * @summary A Leaflet map of the clusters at their seat, their territories, the organisations
 * (grouped by zoom, drawn on canvas so that 100,000 stay fast) and the cooperations between
 * clusters, sharing filters and selection with the other Grappe elements.
 *
 * @csspart base - The map's frame.
 * @csspart map - The Leaflet container.
 * @csspart controls - The zoom, fit and full-screen buttons.
 * @csspart attribution - The tiles' attribution.
 * @csspart hint - The "use Ctrl + scroll" hint.
 *
 * @cssproperty --grappe-map-height - Height of the map (default 28rem).
 * @cssproperty --grappe-map-background - Background where no tile is drawn.
 * @cssproperty --grappe-map-territory-fill - Fill of territories.
 * @cssproperty --grappe-map-territory-stroke - Outline of territories.
 * @cssproperty --grappe-map-link-color - Cooperation links.
 * @cssproperty --grappe-map-point-color - Organisation points.
 * @cssproperty --grappe-map-marker-size - Diameter of a cluster marker (default 24px).
 */
export class GrappeMap extends GrappeConsumerElement {
  static override styles = [leafletStyles, tokenStyles, mapStyles];

  /** A tile URL template (`https://tile.example.org/{z}/{x}/{y}.png`), or `none` for no tiles (the default: works offline and under any CSP). */
  @property() tiles = 'none';

  /** Attribution of the tiles, as plain text. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  /** Dimension whose values colour the cluster markers (`kind`, `sector`, a taxonomy id…). */
  @property({ attribute: 'color-by' }) colorBy = 'kind';

  /** URL of a GeoJSON file with the territories' boundaries, joined by `boundaries-key`. */
  @property() boundaries = '';

  /** Which feature member joins a boundary to a territory's code: `id` (the feature id) or a property name (`code`, `NUTS_ID`). */
  @property({ attribute: 'boundaries-key' }) boundariesKey = 'id';

  /** Colour territories by their number of visible clusters. */
  @property({ type: Boolean }) choropleth = false;

  /** Hide the organisations' points. */
  @property({ type: Boolean, attribute: 'hide-organisations' }) hideOrganisations = false;

  /** Initial centre, `latitude,longitude` (instead of fitting the data). */
  @property() center = '';

  /** Initial zoom level, with `center`. */
  @property({ type: Number }) zoom = 0;

  /** Which buttons to show, space-separated: `zoom fit fullscreen` (default: all). */
  @property() controls = 'zoom fit fullscreen';

  /** Hide the cooperation links. */
  @property({ type: Boolean, attribute: 'hide-cooperations' }) hideCooperations = false;

  @query('.map') private container!: HTMLDivElement;
  @state() private hint: 'wheel' | 'touch' | null = null;
  @state() private fullscreen = false;

  private map: L.Map | undefined;
  private tileLayer: L.TileLayer | undefined;
  private readonly clusterLayer = L.layerGroup();
  private readonly linkLayer = L.layerGroup();
  private readonly seatGroupLayer = L.layerGroup();
  private seatIndex: { visible: readonly number[]; index: Supercluster<{ i: number }> } | undefined;
  private readonly onMoveEnd = () => {
    // With grouped seats, which clusters stand alone depends on the view.
    const snapshot = this.grappe?.snapshot;
    if (this.seatIndex && snapshot) {
      this.drawClusters(snapshot);
      this.selectedMarkerId = null;
      this.highlightSelection(snapshot, false);
    }
  };
  private readonly territoryLayer = new TerritoryLayer();
  private organisationLayer: OrganisationLayer | undefined;
  private readonly clusterMarkers = new Map<string, L.Marker>();
  private renderedFor: { index: FeedIndex | null; visible: readonly number[]; colorBy: string; lang: string } | undefined;
  private selectedMarkerId: string | null = null;
  private fittedIndex: FeedIndex | null = null;
  private resizeObserver: ResizeObserver | undefined;
  private wheelHintTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onWheel = (event: WheelEvent) => this.handleWheel(event);
  /** Touch pointers down on the map: one finger scrolls the page, two move the map. */
  private readonly touches = new Set<number>();
  private readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || !this.map) return;
    this.touches.add(event.pointerId);
    if (this.touches.size === 1) this.map.dragging.disable();
    else this.map.dragging.enable();
  };
  private readonly onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' && this.touches.size === 1) this.showHint('touch');
  };
  private readonly onPointerEnd = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    this.touches.delete(event.pointerId);
    if (this.touches.size === 0) this.map?.dragging.enable();
  };

  /** The Leaflet map, once created (for advanced use; Grappe's own layers are managed by the element). */
  get leafletMap(): L.Map | undefined {
    return this.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.wheelHintTimer);
    this.destroyMap();
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  /** The map is created once the container has a size (Leaflet measures it), and follows its resizes. */
  private observeSize(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => {
      const { clientWidth, clientHeight } = this.container;
      if (clientWidth === 0 || clientHeight === 0) return;
      if (!this.map) this.createMap();
      else this.map.invalidateSize({ pan: false });
    });
    this.resizeObserver.observe(this.container);
  }

  private createMap(): void {
    const map = L.map(this.container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      keyboard: true,
      minZoom: 2,
      maxZoom: 18,
      zoomSnap: 0.5,
      // No animations: a map removed during one (a single-page site changing views) leaves
      // Leaflet 1.9 drawing into detached panes and canvases, and motion-sensitive visitors
      // are spared the zoom effect.
      fadeAnimation: false,
      zoomAnimation: false,
      markerZoomAnimation: false,
    });
    map.setView([46.6, 2.4], 5);
    this.map = map;
    // Leaflet labels its container for nothing; the element gives it a name and a role.
    this.container.setAttribute('role', 'region');
    this.container.setAttribute('aria-roledescription', 'map');
    this.container.addEventListener('wheel', this.onWheel, { passive: false });
    // Before Leaflet's own handlers (capture), so that one finger never starts a drag.
    this.container.addEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.container.addEventListener('pointermove', this.onPointerMove, { passive: true });
    for (const type of ['pointerup', 'pointercancel'] as const) this.container.addEventListener(type, this.onPointerEnd);
    this.territoryLayer.addTo(map);
    this.linkLayer.addTo(map);
    this.organisationLayer = new OrganisationLayer(map, {
      onSelect: (organisationId) => this.grappe?.store.selectOrganisation(organisationId),
      label: (count) => this.t.groupOfPoints(count),
      pointLabel: (count) => this.t.organisationsHere(count),
    });
    this.clusterLayer.addTo(map);
    this.seatGroupLayer.addTo(map);
    map.on('moveend', this.onMoveEnd);
    this.applyTiles();
    this.renderedFor = undefined;
    this.syncLayers();
  }

  private destroyMap(): void {
    if (!this.map) return;
    this.container.removeEventListener('wheel', this.onWheel);
    this.container.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.container.removeEventListener('pointermove', this.onPointerMove);
    for (const type of ['pointerup', 'pointercancel'] as const) this.container.removeEventListener(type, this.onPointerEnd);
    this.touches.clear();
    this.organisationLayer?.remove();
    this.organisationLayer = undefined;
    this.map.off('moveend', this.onMoveEnd);
    this.clusterLayer.clearLayers();
    this.seatGroupLayer.clearLayers();
    this.seatIndex = undefined;
    this.linkLayer.clearLayers();
    this.territoryLayer.clear();
    this.clusterMarkers.clear();
    // A pan or zoom animation still running would read the removed panes (Leaflet #6743).
    this.map.stop();
    this.map.remove();
    this.map = undefined;
    this.renderedFor = undefined;
    this.fittedIndex = null;
  }

  private applyTiles(): void {
    if (!this.map) return;
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    const template = this.tiles.trim();
    if (template === '' || template === 'none') return;
    // The template comes from the site owner, never from a feed; only http(s) templates are used.
    if (!/^https?:\/\//i.test(template) && !template.startsWith('/')) return;
    this.tileLayer = L.tileLayer(template, { maxZoom: 18, crossOrigin: true }).addTo(this.map);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('tiles')) this.applyTiles();
    if (changed.has('boundaries') || changed.has('boundariesKey')) {
      void this.territoryLayer.loadBoundaries(this.boundaries, this.boundariesKey).then(() => this.syncLayers(true));
    }
    this.syncLayers(changed.has('colorBy') || changed.has('choropleth') || changed.has('hideOrganisations') || changed.has('hideCooperations'));
  }

  /** Brings the Leaflet layers in line with the shared state: only what changed is redrawn. */
  private syncLayers(force = false): void {
    const map = this.map;
    const snapshot = this.grappe?.snapshot;
    if (!map || !snapshot) return;
    const index = snapshot.index;
    const visible = snapshot.filterResult.visible;
    const lang = this.language;
    const previous = this.renderedFor;
    const dataChanged = force || !previous || previous.index !== index || previous.visible !== visible || previous.colorBy !== this.colorBy || previous.lang !== lang;
    if (dataChanged) {
      this.renderedFor = { index, visible, colorBy: this.colorBy, lang };
      this.drawClusters(snapshot);
      this.drawLinks(snapshot);
      this.territoryLayer.draw(index, visible, { lang, choropleth: this.choropleth });
      this.organisationLayer?.setData(this.hideOrganisations ? null : index, snapshot);
      if (index && this.fittedIndex !== index) {
        const firstView = this.fittedIndex === null;
        this.fittedIndex = index;
        const centre = this.center.split(',').map(Number);
        if (firstView && centre.length === 2 && centre.every(Number.isFinite)) map.setView([centre[0]!, centre[1]!], this.zoom > 0 ? this.zoom : 8);
        else if (firstView || !this.center) this.fitAll(false);
      }
    }
    this.highlightSelection(snapshot);
  }

  /**
   * The clusters drawn as markers: every located visible one, or, past the threshold, those
   * standing alone at this zoom, the others in focusable group markers.
   */
  private clustersToDraw(snapshot: GrappeSnapshot): number[] {
    const index = snapshot.index!;
    const visible = snapshot.filterResult.visible;
    const located = visible.filter((clusterIndex) => index.clusters[clusterIndex]!.location);
    this.seatGroupLayer.clearLayers();
    if (located.length <= SEAT_GROUPING_THRESHOLD || !this.map) {
      this.seatIndex = undefined;
      return located;
    }
    if (this.seatIndex?.visible !== visible) {
      const seats = new Supercluster<{ i: number }>({ radius: 50, maxZoom: 12, minPoints: 2 });
      seats.load(
        located.map((clusterIndex) => ({
          type: 'Feature' as const,
          properties: { i: clusterIndex },
          geometry: { type: 'Point' as const, coordinates: index.clusters[clusterIndex]!.location!.coordinates.slice(0, 2) as [number, number] },
        })),
      );
      this.seatIndex = { visible, index: seats };
    }
    const seats = this.seatIndex.index;
    const bounds = this.map.getBounds().pad(0.2);
    const singles: number[] = [];
    for (const item of seats.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], Math.round(this.map.getZoom()))) {
      const properties = item.properties as { i?: number; cluster?: boolean; cluster_id?: number; point_count?: number };
      const [lon, lat] = item.geometry.coordinates as [number, number];
      if (!properties.cluster) {
        singles.push(properties.i!);
        continue;
      }
      const count = properties.point_count!;
      const label = document.createElement('span');
      label.className = 'count';
      label.textContent = String(count);
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ html: label, className: 'seat-group', iconSize: [36, 36], iconAnchor: [18, 18] }),
        keyboard: true,
      });
      const expand = () => this.map?.setView([lat, lon], Math.min(seats.getClusterExpansionZoom(properties.cluster_id!), 14));
      marker.on('click', expand);
      marker.on('add', () => {
        marker.getElement()?.setAttribute('aria-label', this.t.groupOfClusters(count));
        marker.getElement()?.setAttribute('title', this.t.groupOfClusters(count));
        activateWithKeyboard(marker, expand);
      });
      marker.addTo(this.seatGroupLayer);
    }
    return singles;
  }

  private drawClusters(snapshot: GrappeSnapshot): void {
    const index = snapshot.index;
    const wanted = new Set<string>();
    if (index) {
      const toDraw = this.clustersToDraw(snapshot);
      const dimension = index.dimensionById.get(this.colorBy);
      const colours = dimensionColours(dimension);
      // Clusters with the same seat (several clusters of one town) are set in a small ring, so
      // that each stays visible and clickable.
      const bySeat = new Map<string, number[]>();
      for (const clusterIndex of toDraw) {
        const location = index.clusters[clusterIndex]!.location;
        if (!location) continue;
        const key = `${location.coordinates[0]},${location.coordinates[1]}`;
        const group = bySeat.get(key) ?? [];
        group.push(clusterIndex);
        bySeat.set(key, group);
      }
      const offsetOf = new Map<number, [number, number]>();
      for (const group of bySeat.values()) {
        if (group.length < 2) continue;
        const radius = 12 + group.length * 3;
        group.forEach((clusterIndex, position) => {
          const angle = (2 * Math.PI * position) / group.length - Math.PI / 2;
          offsetOf.set(clusterIndex, [Math.round(Math.cos(angle) * radius), Math.round(Math.sin(angle) * radius)]);
        });
      }
      for (const clusterIndex of toDraw) {
        const cluster = index.clusters[clusterIndex]!;
        if (!cluster.location) continue;
        wanted.add(cluster.id);
        const colour = clusterColour(dimension, colours, clusterIndex);
        const name = resolveText(cluster.name, this.language, index.defaultLanguage);
        const existing = this.clusterMarkers.get(cluster.id);
        const offset = offsetOf.get(clusterIndex) ?? [0, 0];
        if (existing && markerOffsets.get(existing)?.join() !== offset.join()) {
          // The ring around a shared seat changed: a new icon at the new place.
          existing.setIcon(L.divIcon({ html: this.markerContent(), className: 'cluster-marker', iconSize: [28, 28], iconAnchor: [14 - offset[0], 14 - offset[1]] }));
          markerOffsets.set(existing, offset);
          if (existing.getElement()) activateWithKeyboard(existing, () => this.grappe?.store.select(cluster.id));
        }
        if (existing) {
          this.styleMarker(existing, colour, name);
          if (!this.clusterLayer.hasLayer(existing)) this.clusterLayer.addLayer(existing);
          continue;
        }
        const [lon, lat] = cluster.location.coordinates;
        const [dx, dy] = offsetOf.get(clusterIndex) ?? [0, 0];
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ html: this.markerContent(), className: 'cluster-marker', iconSize: [28, 28], iconAnchor: [14 - dx, 14 - dy] }),
          keyboard: true,
          riseOnHover: true,
        });
        markerOffsets.set(marker, [dx, dy]);
        marker.on('click', () => this.grappe?.store.select(cluster.id));
        marker.on('add', () => {
          this.styleMarker(marker, colour, name);
          activateWithKeyboard(marker, () => this.grappe?.store.select(cluster.id));
        });
        this.clusterMarkers.set(cluster.id, marker);
        this.clusterLayer.addLayer(marker);
      }
    }
    for (const [id, marker] of this.clusterMarkers) {
      if (!wanted.has(id)) {
        this.clusterLayer.removeLayer(marker);
        if (!index?.clusterIndexById.has(id)) this.clusterMarkers.delete(id);
      }
    }
  }

  /** A marker's content is an element built here: no feed text ever goes through Leaflet's HTML strings. */
  private markerContent(): HTMLElement {
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.setAttribute('aria-hidden', 'true');
    return dot;
  }

  private styleMarker(marker: L.Marker, colour: string, name: string): void {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', name);
    element.setAttribute('title', name);
    // Through the CSSOM: a strict CSP blocks style attributes, not style properties set from script.
    element.style.setProperty('--marker-color', safeColour(colour));
  }

  private drawLinks(snapshot: GrappeSnapshot): void {
    this.linkLayer.clearLayers();
    const index = snapshot.index;
    if (!index || this.hideCooperations) return;
    const visibleIds = new Set(snapshot.filterResult.visible.map((clusterIndex) => index.clusters[clusterIndex]!.id));
    for (const cooperation of index.feed.cooperations ?? []) {
      const seats = cooperation.clusters
        .filter((id) => visibleIds.has(id))
        .map((id) => index.cluster(id)?.location?.coordinates)
        .filter((coordinates): coordinates is NonNullable<typeof coordinates> => coordinates !== undefined);
      for (let from = 0; from < seats.length; from += 1) {
        for (let to = from + 1; to < seats.length; to += 1) {
          const a = seats[from]!;
          const b = seats[to]!;
          L.polyline(
            [
              [a[1], a[0]],
              [b[1], b[0]],
            ],
            // Colour and width come from the stylesheet (--grappe-map-link-color): no style read per draw.
            { className: 'cooperation-link', interactive: false, weight: 2, dashArray: '6 4' },
          ).addTo(this.linkLayer);
        }
      }
    }
  }

  private shownOrganisation: string | null = null;

  private highlightSelection(snapshot: GrappeSnapshot, move = true): void {
    if (snapshot.selectedOrganisationId !== this.shownOrganisation) {
      this.shownOrganisation = snapshot.selectedOrganisationId;
      this.organisationLayer?.showSelected(snapshot.selectedOrganisationId);
    }
    const selected = snapshot.selectedClusterId;
    if (selected === this.selectedMarkerId) return;
    if (this.selectedMarkerId) {
      const element = this.clusterMarkers.get(this.selectedMarkerId)?.getElement();
      element?.classList.remove('selected');
      element?.removeAttribute('aria-current');
      this.clusterMarkers.get(this.selectedMarkerId)?.setZIndexOffset(0);
    }
    this.selectedMarkerId = selected;
    if (!selected) return;
    const marker = this.clusterMarkers.get(selected);
    const element = marker?.getElement();
    element?.classList.add('selected');
    element?.setAttribute('aria-current', 'true');
    marker?.setZIndexOffset(1000);
    const location = snapshot.index?.cluster(selected)?.location;
    if (!marker && move && location && this.map && this.seatIndex) {
      // A cluster inside a group: zoom until it stands alone.
      this.map.setView([location.coordinates[1], location.coordinates[0]], 13, { animate: false });
      return;
    }
    if (marker && move && this.map && !snapshot.selectedOrganisationId) {
      // Without animation: a jump is easier on motion-sensitive visitors, and an element removed
      // mid-animation would leave Leaflet reading detached panes.
      const zoom = Math.max(this.map.getZoom(), 8);
      this.map.setView(marker.getLatLng(), zoom, { animate: false });
    }
  }


  /** Fits the map to every visible cluster and organisation. */
  fitAll(animate = true): void {
    const map = this.map;
    const index = this.grappe?.snapshot.index;
    if (!map || !index) return;
    const bounds = L.latLngBounds([]);
    for (const clusterIndex of this.grappe!.snapshot.filterResult.visible) {
      const location = index.clusters[clusterIndex]!.location;
      if (location) bounds.extend([location.coordinates[1], location.coordinates[0]]);
    }
    const organisationBounds = this.organisationLayer?.bounds();
    if (organisationBounds?.isValid()) bounds.extend(organisationBounds);
    const territoryBounds = this.territoryLayer.bounds();
    if (!bounds.isValid() && territoryBounds?.isValid()) bounds.extend(territoryBounds);
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10, animate });
  }

  private handleWheel(event: WheelEvent): void {
    const map = this.map;
    if (!map) return;
    const focused = this.shadowRoot?.activeElement !== null && this.shadowRoot?.activeElement !== undefined;
    if (event.ctrlKey || event.metaKey || focused) {
      event.preventDefault();
      const point = map.mouseEventToContainerPoint(event as unknown as MouseEvent);
      const delta = event.deltaY < 0 ? 1 : -1;
      map.setZoomAround(point, map.getZoom() + delta);
      return;
    }
    // The page scrolls on; tell the visitor how to zoom.
    this.showHint('wheel');
  }

  private showHint(kind: 'wheel' | 'touch'): void {
    this.hint = kind;
    clearTimeout(this.wheelHintTimer);
    this.wheelHintTimer = setTimeout(() => (this.hint = null), WHEEL_HINT_MS);
  }

  private toggleFullscreen(): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return;
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      this.fullscreen = false;
    } else if (frame.requestFullscreen) {
      void frame.requestFullscreen().then(
        () => (this.fullscreen = true),
        () => (this.fullscreen = false),
      );
    }
  }

  override render() {
    const t = this.t;
    const loadState = renderLoadState(this.grappe, t);
    const shown = new Set(this.controls.split(/\s+/));
    return html`<div class="frame" part="base">
      <div class="map" part="map" aria-label=${t.mapLabel} aria-describedby="map-help"></div>
      <p id="map-help" class="visually-hidden">${t.mapKeyboardHint}</p>
      <div class="controls" part="controls">
        ${shown.has('zoom')
          ? html`<button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.map?.zoomIn()}>${plusIcon}</button>
              <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.map?.zoomOut()}>${minusIcon}</button>`
          : nothing}
        ${shown.has('fit') ? html`<button type="button" class="fit" aria-label=${t.fitAll} title=${t.fitAll} @click=${() => this.fitAll()}>${fitIcon}</button>` : nothing}
        ${document.fullscreenEnabled && shown.has('fullscreen')
          ? html`<button
              type="button"
              class="fullscreen"
              aria-pressed=${this.fullscreen ? 'true' : 'false'}
              aria-label=${this.fullscreen ? t.exitFullscreen : t.fullscreen}
              title=${this.fullscreen ? t.exitFullscreen : t.fullscreen}
              @click=${() => this.toggleFullscreen()}
            >
              ${this.fullscreen ? exitFullscreenIcon : fullscreenIcon}
            </button>`
          : nothing}
      </div>
      ${this.hint ? html`<div class="hint" part="hint" role="status">${this.hint === 'touch' ? t.twoFingerHint : t.wheelZoomHint}</div>` : nothing}
      ${loadState !== nothing ? html`<div class="overlay">${loadState}</div>` : nothing}
      ${this.tiles !== 'none' && this.tilesAttribution
        ? html`<div class="attribution" part="attribution">${this.tilesAttribution}</div>`
        : nothing}
    </div>`;
  }
}

