import * as L from 'leaflet';
import { activateWithKeyboard } from './marker-keyboard.js';

/** A group marker kept for reuse, with what it shows now. */
interface PooledGroup {
  marker: L.Marker;
  /** Its class (a group of clusters or of organisations) and the place it stands at. */
  className: string;
  place: string;
  size: number;
  count: HTMLElement;
  countText: string;
  label: string;
  /** What a click or Enter does now: the marker's one listener calls whatever is here. */
  activate: () => void;
}

/** A group a pass asks for. */
interface WantedGroup {
  at: L.LatLng;
  /** `at` as a key (`placeKey`). */
  place: string;
  size: number;
  className: string;
  count: string;
  label: string;
  activate: () => void;
}

/**
 * The focusable markers of groups (of clusters, of organisations), kept from one placement pass
 * to the next. A facet click at 100,000 organisations redraws a hundred groups; remaking each
 * one's elements and listeners cost more script, style and layout than the rest of the pass.
 *
 * A group at the place a marker of its kind stood keeps that marker (after a pan, or a facet click
 * that changed only counts, each group keeps its own, and a marker focused from the keyboard stays
 * on its group); the other groups take the markers left, in the order they were drawn, resized,
 * renumbered and renamed; only what is still wanting is made, and what is left over is removed.
 *
 * Groups whose members are listed in a popup (those zooming cannot separate) are few; each is
 * kept while the same members stand at the same place (its popup, opened, stays open when the
 * map pans to show it), and made anew otherwise (`addListed`).
 */
export class GroupMarkers {
  private drawn: PooledGroup[] = [];
  private wanted: WantedGroup[] = [];
  private listed = new Map<string, L.Marker>();
  private listedBefore = new Map<string, L.Marker>();

  constructor(private readonly layer: L.LayerGroup) {}

  /** Starts a pass: the groups it wants are given by `add` and drawn by `end`. */
  begin(): void {
    this.wanted = [];
    this.listedBefore = this.listed;
    this.listed = new Map();
  }

  /** A group marker at `at`, showing `count`, named `label`, doing `activate` when used. */
  add(at: L.LatLng, size: number, className: string, count: string, label: string, activate: () => void): void {
    this.wanted.push({ at, place: placeKey(at), size, className, count, label, activate });
  }

  /**
   * A group marker whose members are listed in a popup, each a button (elements, never HTML),
   * opened by a click or Enter.
   */
  addListed(
    at: L.LatLng,
    size: number,
    className: string,
    count: string,
    label: string,
    entries: Array<{ id: string; name: string; select: () => void }>,
  ): void {
    // Everything the marker shows and selects: the same key, the same marker, popup and all.
    const key = [
      className,
      placeKey(at),
      size,
      count,
      label,
      ...entries.map((entry) => `${entry.id} ${entry.name}`),
    ].join('\u0000');
    const kept = this.listedBefore.get(key);
    if (kept) {
      this.listedBefore.delete(key);
      this.listed.set(key, kept);
      return;
    }
    const marker = L.marker(at, { icon: groupIcon(size, className, countElement(count)), keyboard: true });
    const open = () => marker.openPopup();
    marker.on('add', () => {
      nameElement(marker, label);
      activateWithKeyboard(marker, open);
    });
    // A click opens the popup through bindPopup's own listener (a second one would close it).
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
    marker.addTo(this.layer);
    this.listed.set(key, marker);
  }

  /** Ends a pass: each group wanted gets a marker, and the markers no group took are removed. */
  end(): void {
    const at = (group: { className: string; place: string }) => `${group.className} ${group.place}`;
    const byPlace = new Map(this.drawn.map((group) => [at(group), group]));
    const taken = new Set<PooledGroup>();
    const chosen = this.wanted.map((wanted) => {
      const group = byPlace.get(at(wanted));
      if (!group || taken.has(group)) return undefined;
      taken.add(group);
      return group;
    });
    // The rest, by kind, in the order the last pass drew them.
    const left = new Map<string, PooledGroup[]>();
    for (const group of this.drawn) {
      if (taken.has(group)) continue;
      const list = left.get(group.className);
      if (list) list.push(group);
      else left.set(group.className, [group]);
    }
    this.drawn = this.wanted.map((wanted, position) => {
      const group = chosen[position] ?? left.get(wanted.className)?.shift() ?? this.make(wanted.size, wanted.className);
      show(group, wanted);
      return group;
    });
    for (const list of left.values()) for (const group of list) this.layer.removeLayer(group.marker);
    for (const marker of this.listedBefore.values()) this.layer.removeLayer(marker);
    this.listedBefore.clear();
    this.wanted = [];
  }

  clear(): void {
    this.layer.clearLayers();
    this.drawn = [];
    this.wanted = [];
    this.listed.clear();
    this.listedBefore.clear();
  }

  private make(size: number, className: string): PooledGroup {
    const count = countElement('');
    const marker = L.marker([0, 0], { icon: groupIcon(size, className, count), keyboard: true });
    const group: PooledGroup = {
      marker,
      className,
      place: '',
      size,
      count,
      countText: '',
      label: '',
      activate: () => undefined,
    };
    marker.on('click', () => group.activate());
    // Named, and answering Enter and Space, again whenever its element is made anew (the layer
    // taken off the map and put back).
    marker.on('add', () => {
      nameElement(marker, group.label);
      activateWithKeyboard(marker, () => group.activate());
    });
    marker.addTo(this.layer);
    return group;
  }
}

/** Where a group stands, to a millionth of a degree: the same after a pan as before it. */
function placeKey(at: L.LatLng): string {
  return `${at.lat.toFixed(6)},${at.lng.toFixed(6)}`;
}

/** A kept or new marker brought to what `wanted` shows; only what changed is written. */
function show(group: PooledGroup, wanted: WantedGroup): void {
  if (group.size !== wanted.size) resize(group, wanted.size, wanted.className);
  if (group.place !== wanted.place) {
    group.place = wanted.place;
    group.marker.setLatLng(wanted.at);
  }
  group.activate = wanted.activate;
  if (group.countText !== wanted.count) {
    group.countText = wanted.count;
    group.count.textContent = wanted.count;
  }
  if (group.label !== wanted.label) {
    group.label = wanted.label;
    nameElement(group.marker, wanted.label);
  }
}

/** A kept marker at another size: its element resized in place (through the CSSOM, as Leaflet does). */
function resize(group: PooledGroup, size: number, className: string): void {
  group.size = size;
  // The icon Leaflet would make again, were the marker taken off the map and put back.
  group.marker.options.icon = groupIcon(size, className, group.count);
  const element = group.marker.getElement();
  if (!element) return;
  element.style.width = `${size}px`;
  element.style.height = `${size}px`;
  element.style.marginLeft = `${-size / 2}px`;
  element.style.marginTop = `${-size / 2}px`;
}

function countElement(text: string): HTMLElement {
  const content = document.createElement('span');
  content.className = 'count';
  content.textContent = text;
  return content;
}

/** The group's icon, built as elements, never HTML strings. */
function groupIcon(size: number, className: string, content: HTMLElement): L.DivIcon {
  return L.divIcon({ html: content, className, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

function nameElement(marker: L.Marker, label: string): void {
  marker.getElement()?.setAttribute('aria-label', label);
  marker.getElement()?.setAttribute('title', label);
}
