import * as L from 'leaflet';
import { eventDates, splitEvents } from '../../src/model/cluster-events.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { partnersFor } from '../../src/model/partners.js';
import type { Translation } from '../../src/i18n/index.js';
import type { LocalisedText } from '../../src/schema/feed-schema.js';
import type { ReferencePoint } from '../../src/geo/distance.js';
import { LinkLayer } from './link-layer.js';
import { activateWithKeyboard } from './marker-keyboard.js';

/** Possible partners drawn for the selected cluster. */
const CANDIDATES_DRAWN = 5;
/** Event marks at most: a calendar of thousands would bury the clusters. */
const MAX_EVENT_MARKS = 300;

export interface ActivityState {
  index: FeedIndex | null;
  visible: readonly number[];
  selectedClusterId: string | null;
  hideCooperations: boolean;
  showCandidates: boolean;
  showEvents: boolean;
  lang: string;
  /** The point a list sorted by distance measures from, and whether a click on the map sets it. */
  referencePoint: ReferencePoint | null;
  choosingPoint: boolean;
}

export interface ActivityOptions {
  /** Where a cluster is drawn (longitude, latitude), if it is. */
  seatOf(clusterId: string): [number, number] | undefined;
  nameOf(clusterId: string): string;
  texts(): Translation;
  text(value: LocalisedText): string;
  select(clusterId: string): void;
  /** A click on the map while a list waits for a point. */
  choosePoint(point: ReferencePoint): void;
}

/**
 * What the clusters do together, over their marks: cooperation links, the selected cluster's
 * possible partners (`show-candidates`: dotted, in their own colour) and the upcoming events that
 * have a place (`show-events`: calendar marks). Each is redrawn only when what it shows changed.
 */
export class ActivityLayers {
  private readonly cooperations = new LinkLayer('cooperation-link', '6 4');
  private readonly candidates = new LinkLayer('candidate-link', '1 7');
  private readonly events = L.layerGroup();
  private readonly point = L.layerGroup();
  private drawn: ActivityState | undefined;
  private container: HTMLElement | undefined;

  constructor(private readonly options: ActivityOptions) {}

  addTo(map: L.Map): this {
    this.cooperations.addTo(map);
    this.candidates.addTo(map);
    this.events.addTo(map);
    this.point.addTo(map);
    this.container = map.getContainer();
    // Clicks on marks and links do not reach the map: only a click on the ground chooses a point.
    map.on('click', (event: L.LeafletMouseEvent) => {
      if (this.drawn?.choosingPoint)
        this.options.choosePoint({ longitude: event.latlng.lng, latitude: event.latlng.lat, source: 'map' });
    });
    return this;
  }

  clear(): void {
    this.cooperations.clear();
    this.candidates.clear();
    this.events.clearLayers();
    this.point.clearLayers();
    this.drawn = undefined;
  }

  /** Brings the layers in line with `state`; `force` after the marks moved (new seats). */
  sync(state: ActivityState, force = false): void {
    const before = this.drawn;
    this.drawn = state;
    const changed = (...keys: Array<keyof ActivityState>) =>
      force || !before || keys.some((key) => before[key] !== state[key]);
    const t = this.options.texts();
    const { seatOf, nameOf, select } = this.options;
    if (changed('index', 'visible', 'hideCooperations', 'lang')) {
      this.cooperations.draw(
        state.hideCooperations || !state.index
          ? []
          : (state.index.feed.cooperations ?? []).map((cooperation) => cooperation.clusters),
        { seatOf, label: (a, b) => t.cooperationBetween(nameOf(a), nameOf(b)), open: (first) => select(first) },
      );
    }
    if (changed('index', 'visible', 'selectedClusterId', 'showCandidates', 'lang')) {
      const selected = state.selectedClusterId;
      const candidates =
        state.showCandidates && state.index && selected && seatOf(selected)
          ? partnersFor(state.index, selected, { limit: 50 })
              .filter((candidate) => seatOf(candidate.clusterId))
              .slice(0, CANDIDATES_DRAWN)
          : [];
      this.candidates.draw(
        candidates.map((candidate) => [selected!, candidate.clusterId]),
        {
          seatOf,
          label: (a, b) => t.nearby.candidateLink(nameOf(a), nameOf(b)),
          // The line leads to the candidate: the selected cluster is open already.
          open: (_, candidate) => select(candidate),
        },
      );
    }
    if (changed('index', 'visible', 'showEvents', 'lang')) this.drawEvents(state, t);
    if (changed('referencePoint', 'choosingPoint', 'lang')) {
      this.container?.classList.toggle('choosing-point', state.choosingPoint);
      this.point.clearLayers();
      const point = state.referencePoint;
      if (point) {
        const mark = L.circleMarker([point.latitude, point.longitude], {
          className: 'reference-point',
          radius: 9,
          weight: 3,
          interactive: false,
        }).addTo(this.point);
        const path = mark.getElement();
        path?.setAttribute('role', 'img');
        path?.setAttribute(
          'aria-label',
          t.nearby.distanceFrom(point.source === 'map' ? t.nearby.pointOnMap : t.nearby.myPosition),
        );
      }
    }
  }

  private drawEvents(state: ActivityState, t: Translation): void {
    this.events.clearLayers();
    const index = state.index;
    if (!state.showEvents || !index) return;
    let count = 0;
    for (const clusterIndex of state.visible) {
      const cluster = index.clusters[clusterIndex]!;
      for (const event of splitEvents(cluster.events ?? [], index.now).upcoming) {
        const point = event.place?.location?.coordinates;
        if (!point || count >= MAX_EVENT_MARKS) continue;
        count += 1;
        const label = t.nearby.event(this.options.text(event.name), eventDates(event, t.membershipPeriod, state.lang));
        // Built as elements, never HTML strings: the name is feed text.
        const glyph = document.createElement('span');
        glyph.className = 'event-glyph';
        const marker = L.marker([point[1]!, point[0]!], {
          icon: L.divIcon({ html: glyph, className: 'event-mark', iconSize: [22, 22], iconAnchor: [11, 11] }),
          keyboard: true,
        });
        marker.on('click', () => this.options.select(cluster.id));
        marker.on('add', () => {
          const element = marker.getElement();
          element?.setAttribute('aria-label', label);
          element?.setAttribute('title', label);
          element?.setAttribute('role', 'button');
          activateWithKeyboard(marker, () => this.options.select(cluster.id));
        });
        marker.addTo(this.events);
      }
    }
  }
}
