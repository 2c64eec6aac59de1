import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import * as L from 'leaflet';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { renderLoadState } from '../../src/internal/render-status.js';
import { basemapFolder } from '../../src/geo/basemap-data.js';
import { TerritoryShapes } from '../../src/geo/territory-shapes.js';
import { resolveTiles } from '../../src/geo/tile-presets.js';
import { afterNextPaint } from '../../src/load/when-idle.js';
import { visibleOrganisationPoints } from '../../src/filter/organisation-points.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { leafletStyles } from '../../src/styles/leaflet.generated.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { type BaseMapLayer, baseMapColours, syncBaseMap, watchDataThemes } from './base-map-layer.js';
import { clusterSeats } from './cluster-seats.js';
import { attributionText, compactNumber, renderMapControls } from './map-controls.js';
import { GestureController } from './gesture-controller.js';
import { ActivityLayers } from './activity-layers.js';
import { MarksLayer, type ClusterSeat, type DrawnMark } from './marks-layer.js';
import { TerritoryLayer, type OutlineSource } from './territory-layer.js';
import { mapStyles } from './map.styles.js';
import { resultsBounds, resultsOutOfView, selectionView } from './map-views.js';

/**
 * @tagname grappe-map
 * @summary A map of the clusters at their seat (or, for want of one, in their territory), their territories,
 * the organisations (grouped so that 100,000 stay fast) and the cooperations between clusters, on a
 * built-in base map that needs no tile server, sharing filters and selection with the other elements.
 *
 * After a filter or a search, the map keeps the visitor's view while at least one cluster found
 * is in it, and shows the clusters found when none is; `fitAll()` shows them all.
 *
 * @csspart base - The map's frame.
 * @csspart map - The Leaflet container.
 * @csspart controls - The zoom, fit and full-screen buttons.
 * @csspart attribution - The sources of the base map and tiles.
 * @csspart hint - The "use Ctrl + scroll" hint.
 *
 * @cssproperty --grappe-map-height - Height of the map (default 28rem).
 * @cssproperty --grappe-map-sea - The sea, and the background where nothing is drawn.
 * @cssproperty --grappe-map-land - Land on the built-in base map.
 * @cssproperty --grappe-map-border - Country borders on the built-in base map.
 * @cssproperty --grappe-map-territory-fill - Fill of territories.
 * @cssproperty --grappe-map-territory-stroke - Outline of territories.
 * @cssproperty --grappe-map-link-color - Cooperation links.
 * @cssproperty --grappe-map-candidate-color - Possible partners' links (`show-candidates`).
 * @cssproperty --grappe-map-event-color - Event marks (`show-events`).
 * @cssproperty --grappe-map-marker-size - Diameter of a cluster marker (default 24px).
 */
export class GrappeMap extends GrappeConsumerElement {
  static override styles = [leafletStyles, tokenStyles, mapStyles];

  /**
   * Tiles under the marks: `ign-plan` (Plan IGN v2, France's national base map), `osm`
   * (OpenStreetMap), a URL template (`https://tile.example.org/{z}/{x}/{y}.png`), or `none`
   * (the default: only the built-in base map, offline and under any CSP).
   */
  @property() tiles = 'none';

  /** Attribution of the tiles, as plain text (presets bring their own). */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  /**
   * The built-in base map (land, sea, borders, French régions and départements): `auto` (its
   * files next to the script), `none`, or the URL of the folder holding its files when a bundler
   * moved the script away from `dist/basemap/`.
   */
  @property() basemap = 'auto';

  /** `light`, `dark` or `auto` (follows the visitor's system); empty: a themed ancestor's (an explorer, a `<grappe-data>`), else light. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | '' = '';

  /** Dimension whose values colour the cluster markers (`kind`, `sector`, a taxonomy id…). */
  @property({ attribute: 'color-by' }) colorBy = 'kind';

  /** URL of a GeoJSON file with the territories' boundaries, joined by `boundaries-key`; it overrides the built-in outlines. */
  @property() boundaries = '';

  /** Which feature member joins a boundary to a territory's code: `id` (the feature id) or a property name (`code`, `NUTS_ID`). */
  @property({ attribute: 'boundaries-key' }) boundariesKey = 'id';

  /** Colour territories by their number of visible clusters, with the rest of their level (every région, département or country) in a neutral shade. */
  @property({ type: Boolean }) choropleth = false;

  /** Hide the organisations' points. */
  @property({ type: Boolean, attribute: 'hide-organisations' }) hideOrganisations = false;

  /** Hide the cooperation links. */
  @property({ type: Boolean, attribute: 'hide-cooperations' }) hideCooperations = false;

  /** Draw the selected cluster’s possible partners (`partnersFor`) as dotted links, apart from cooperations. */
  @property({ type: Boolean, attribute: 'show-candidates' }) showCandidates = false;

  /** Show the clusters’ upcoming events that have a place, as calendar marks. */
  @property({ type: Boolean, attribute: 'show-events' }) showEvents = false;

  /** Initial centre, `latitude,longitude` (instead of fitting the data). */
  @property() center = '';

  /** Initial zoom level, with `center`. */
  @property({ type: Number }) zoom = 0;

  /** Which buttons to show, space-separated: `zoom fit fullscreen` (default: all). */
  @property() controls = 'zoom fit fullscreen';

  @query('.map') private container!: HTMLDivElement;
  @state() private fullscreen = false;
  /** The built-in data drawn, for the attribution line: by the base map, by the territories. */
  @state() private sources: ReadonlySet<OutlineSource> = new Set();
  @state() private outlineSources: ReadonlySet<OutlineSource> = new Set();
  @state() private tilesFailed = false;

  private map: L.Map | undefined;
  private tileLayer: L.TileLayer | undefined;
  private baseMap: BaseMapLayer | undefined;
  private marks: MarksLayer | undefined;
  private readonly activity = new ActivityLayers({
    seatOf: (id) => {
      const seat = this.seatById.get(id);
      return seat ? [seat.lon, seat.lat] : undefined;
    },
    nameOf: (id) => this.seatById.get(id)?.name ?? id,
    texts: () => this.t,
    text: (value) => this.text(value),
    select: (id) => this.grappe?.store.select(id),
    choosePoint: (point) => this.grappe?.store.setReferencePoint(point),
  });
  private readonly shapes = new TerritoryShapes(
    () => this.syncLayers(true),
    () => basemapFolder(this.basemap),
  );
  private readonly territories = new TerritoryLayer(this.shapes);
  private readonly gestures = new GestureController(this, () => this.shadowRoot?.activeElement != null);
  private renderedFor:
    { index: FeedIndex | null; visible: readonly number[]; colorBy: string; lang: string } | undefined;
  private seatById = new Map<string, ClusterSeat>();
  /** The index whose marks may be drawn (its list has painted), and the one waited for. */
  private drawableIndex: FeedIndex | null = null;
  private awaitedIndex: FeedIndex | null = null;
  private fittedIndex: FeedIndex | null = null;
  private shownSelection = '';
  private resizeObserver: ResizeObserver | undefined;
  private sizeFrame = 0;
  private readonly darkScheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => this.baseMap?.restyle();
  /** Stops watching the `<grappe-data>` above, whose theme gives the map its palette. */
  private stopWatchingThemes: (() => void) | undefined;

  /** The Leaflet map, once created (advanced use; Grappe manages its own layers; the embeds' Leaflet lacks what Grappe never uses: README). */
  get leafletMap(): L.Map | undefined {
    return this.map;
  }

  /** Every mark drawn now (clusters, groups, organisations, labels) with its box in the map's pixels: for tests and automation. */
  drawnMarks(): DrawnMark[] {
    return this.marks?.drawnMarks() ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkScheme?.addEventListener('change', this.onSchemeChange);
    this.stopWatchingThemes = watchDataThemes(this, this.onSchemeChange);
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkScheme?.removeEventListener('change', this.onSchemeChange);
    this.stopWatchingThemes?.();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.destroyMap();
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  /** The map is made once the container has a size (Leaflet measures it), and follows its resizes, a frame later: laid out inside a resize callback, Leaflet's panes made a resize loop (Firefox). */
  private observeSize(): void {
    this.resizeObserver?.disconnect();
    const onSize = () => {
      this.sizeFrame = 0;
      if (!this.resizeObserver || !this.container.clientWidth || !this.container.clientHeight) return;
      if (this.map) this.map.invalidateSize({ pan: false });
      else this.createMap();
    };
    this.resizeObserver = new ResizeObserver(() => (this.sizeFrame ||= requestAnimationFrame(onSize)));
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
      // No animations: a map removed during one (a single-page site changing views) leaves Leaflet
      // 1.9 drawing into detached panes; motion-sensitive visitors are spared the zoom effect.
      fadeAnimation: false,
      zoomAnimation: false,
      markerZoomAnimation: false,
    });
    map.setView([46.6, 2.4], 5);
    this.map = map;
    this.gestures.attach(map, this.container);
    this.applyBasemap();
    this.territories.addTo(map);
    this.activity.addTo(map);
    this.marks = new MarksLayer(map, {
      selectCluster: (id) => this.grappe?.store.select(id),
      selectOrganisation: (organisation) => {
        const id = this.grappe?.snapshot.index?.organisations[organisation]?.id;
        if (id) this.grappe?.store.selectOrganisation(id);
      },
      organisationName: (organisation) => {
        const index = this.grappe?.snapshot.index;
        const record = index?.organisations[organisation];
        return record ? this.text(record.name) || record.id : '';
      },
      texts: () => ({ ...this.t, count: (value: number) => compactNumber(this.language).format(value) }),
    });
    this.applyTiles();
    this.renderedFor = undefined;
    this.syncLayers();
  }

  private destroyMap(): void {
    if (!this.map) return;
    this.gestures.detach();
    this.marks?.remove();
    this.marks = undefined;
    this.baseMap = undefined;
    this.activity.clear();
    this.territories.clear();
    this.shapes.dispose();
    // A pan or zoom animation still running would read the removed panes (Leaflet #6743).
    this.map.stop();
    this.map.remove();
    this.map = undefined;
    this.tileLayer = undefined;
    this.renderedFor = undefined;
    this.fittedIndex = this.drawableIndex = this.awaitedIndex = null;
    this.shownSelection = '';
  }

  private applyBasemap(): void {
    if (!this.map) return;
    this.baseMap = syncBaseMap(this.map, this.baseMap, this.basemap !== 'none', {
      folder: () => basemapFolder(this.basemap),
      colours: () => baseMapColours(this),
      onSources: (sources) => (this.sources = sources),
    });
  }

  private applyTiles(): void {
    if (!this.map) return;
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    const tiles = resolveTiles(this.tiles, this.tilesAttribution);
    if (!tiles) return;
    const layer = L.tileLayer(tiles.template, { maxZoom: tiles.maxZoom, crossOrigin: true });
    // One failure is enough to say so; the base map stays under the tiles whatever happens.
    layer.on('tileerror', () => (this.tilesFailed = true));
    this.tileLayer = layer.addTo(this.map);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tiles')) this.tilesFailed = false;
    if (changed.has('basemap') && this.basemap === 'none') this.sources = new Set();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('tiles') || changed.has('tilesAttribution')) this.applyTiles();
    if (changed.has('basemap')) this.applyBasemap();
    if (changed.has('theme')) this.baseMap?.restyle();
    if (changed.has('boundaries') || changed.has('boundariesKey'))
      void this.shapes.setBoundaries(this.boundaries, this.boundariesKey);
    this.syncLayers(
      changed.has('colorBy') ||
        changed.has('choropleth') ||
        changed.has('hideOrganisations') ||
        changed.has('hideCooperations') ||
        changed.has('showCandidates') ||
        changed.has('showEvents'),
    );
  }

  /** Brings the layers in line with the shared state: only what changed is redrawn. */
  private syncLayers(force = false): void {
    const map = this.map;
    const marks = this.marks;
    const snapshot = this.grappe?.snapshot;
    this.baseMap?.feedLoading(snapshot?.status === 'loading');
    if (!map || !marks || !snapshot) return;
    const index = snapshot.index;
    if (index && index !== this.drawableIndex) {
      // A new feed's marks follow the list, in a task after its first paint: no task holds both.
      if (this.awaitedIndex === index) return;
      this.awaitedIndex = index;
      return afterNextPaint(() => {
        this.drawableIndex = index;
        this.syncLayers();
      });
    }
    const visible = snapshot.filterResult.visible;
    const lang = this.language;
    const previous = this.renderedFor;
    if (
      force ||
      !previous ||
      previous.index !== index ||
      previous.visible !== visible ||
      previous.colorBy !== this.colorBy ||
      previous.lang !== lang
    ) {
      this.renderedFor = { index, visible, colorBy: this.colorBy, lang };
      this.shapes.prepare(index);
      const seats = index ? this.seatsOf(index, visible) : [];
      marks.setClusters(seats);
      const outlineSources = this.territories.draw(index, visible, {
        lang,
        choropleth: this.choropleth,
        countLabel: (count) => this.t.legendCount(count),
      });
      // Said next frame, as the base map's are (set in this update, Firefox saw a ResizeObserver loop).
      if ([...outlineSources].sort().join() !== [...this.outlineSources].sort().join())
        requestAnimationFrame(() => (this.outlineSources = outlineSources));
      marks.setOrganisations(
        index && !this.hideOrganisations
          ? visibleOrganisationPoints(index, { filters: snapshot.filters, constraints: snapshot.constraints, visible })
          : null,
      );
      if (index && previous?.index === index && previous.visible !== visible) this.keepResultsInView();
      if (index && this.fittedIndex !== index) {
        const firstView = this.fittedIndex === null;
        this.fittedIndex = index;
        const centre = this.center.split(',').map(Number);
        if (firstView && centre.length === 2 && centre.every(Number.isFinite))
          map.setView([centre[0]!, centre[1]!], this.zoom > 0 ? this.zoom : 8);
        else if (firstView || !this.center) this.fitAll(false);
      }
    }
    this.activity.sync(
      {
        index,
        visible,
        selectedClusterId: snapshot.selectedClusterId,
        hideCooperations: this.hideCooperations,
        showCandidates: this.showCandidates,
        showEvents: this.showEvents,
        lang,
        referencePoint: snapshot.referencePoint,
        choosingPoint: snapshot.choosingPoint,
      },
      force,
    );
    this.showSelection();
  }

  /** The clusters' places as marks; those with no place are reported to the shared state. */
  private seatsOf(index: FeedIndex, visible: readonly number[]): ClusterSeat[] {
    const { seats, offMapIds } = clusterSeats(index, visible, this.shapes, this.colorBy, this.language);
    this.seatById = new Map(seats.map((seat) => [seat.id, seat]));
    // After this update: the report changes the shared state, which updates this element again.
    queueMicrotask(() => this.grappe?.store.reportOffMap(offMapIds));
    return seats;
  }

  /** Highlights the selection and brings it into view, without animation (easier on motion-sensitive visitors). */
  private showSelection(): void {
    const snapshot = this.grappe?.snapshot;
    const map = this.map;
    if (!snapshot || !map || !this.marks) return;
    const index = snapshot.index;
    const organisation =
      snapshot.selectedOrganisationId && index
        ? index.organisationIndexById.get(snapshot.selectedOrganisationId)
        : undefined;
    this.marks.setSelected(snapshot.selectedClusterId, organisation);
    const key = `${snapshot.selectedClusterId}\u0000${snapshot.selectedOrganisationId}`;
    if (key === this.shownSelection) return;
    this.shownSelection = key;
    const view = selectionView(map, index, organisation, this.seatById.get(snapshot.selectedClusterId ?? ''), {
      tiles: this.tiles !== 'none',
    });
    if (view) map.setView(view.centre, view.zoom, { animate: false });
  }

  /** After a filter or a search, shows the clusters found when none is in view (`resultsOutOfView`). */
  private keepResultsInView(): void {
    const bounds = this.map && resultsOutOfView(this.map, this.seatById);
    if (bounds) this.map!.fitBounds(bounds, { padding: [24, 24], maxZoom: 10, animate: false });
  }

  /** Fits the map to every visible cluster and organisation. */
  fitAll(animate = true): void {
    const map = this.map;
    const index = this.grappe?.snapshot.index;
    if (!map || !index) return;
    const bounds = resultsBounds(this.seatById.values(), index, this.territories.bounds());
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10, animate });
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
    const attribution = attributionText(
      this.t,
      this.map ? resolveTiles(this.tiles, this.tilesAttribution) : null,
      new Set([...this.sources, ...this.outlineSources]),
    );
    const hint = this.gestures.hint;
    return html`<div class="frame" part="base">
      <div class="map" part="map" role="region" aria-roledescription=${t.viewMap} aria-label=${t.mapLabel} aria-describedby="map-help"></div>
      <p id="map-help" class="visually-hidden">${t.mapKeyboardHint}</p>
      ${renderMapControls(t, shown, this.fullscreen, {
        zoomIn: () => this.map?.zoomIn(),
        zoomOut: () => this.map?.zoomOut(),
        fitAll: () => this.fitAll(),
        toggleFullscreen: () => this.toggleFullscreen(),
      })}
      ${hint ? html`<div class="hint" part="hint" role="status">${hint === 'touch' ? t.twoFingerHint : t.wheelZoomHint}</div>` : nothing}
      <div class="tiles-status" role="status">${this.tilesFailed ? t.tilesFailed : nothing}</div>
      ${loadState !== nothing ? html`<div class="overlay">${loadState}</div>` : nothing}
      ${attribution ? html`<div class="attribution" part="attribution">${attribution}</div>` : nothing}
    </div>`;
  }
}
