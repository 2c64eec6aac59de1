import * as L from 'leaflet';
import { activateWithKeyboard } from './marker-keyboard.js';

/** A group marker kept for reuse, with what it shows now. */
interface PooledGroup {
  marker: L.Marker;
  size: number;
  count: HTMLElement;
  countText: string;
  label: string;
  /** What a click or Enter does now: the marker's one listener calls whatever is here. */
  activate: () => void;
}

/**
 * The focusable markers of groups (of clusters, of organisations), kept from one placement pass
 * to the next: a pass takes a marker of the same kind that the last pass drew, moves it and
 * changes its size, count, name and action, and only makes new ones for what is left over.
 * A facet click at 100,000 organisations redraws a hundred groups; remaking each one's elements
 * and listeners cost more script, style and layout than the rest of the pass.
 *
 * Groups whose members are listed in a popup (those zooming cannot separate) are few; they are
 * made anew each pass (`addListed`).
 */
export class GroupMarkers {
  private spare = new Map<string, PooledGroup[]>();
  private inUse: Array<{ shape: string; group: PooledGroup }> = [];
  private listed: L.Marker[] = [];

  constructor(private readonly layer: L.LayerGroup) {}

  /** Starts a pass: every marker drawn is free to be taken again. */
  begin(): void {
    for (const { shape, group } of this.inUse) {
      const spare = this.spare.get(shape);
      if (spare) spare.push(group);
      else this.spare.set(shape, [group]);
    }
    this.inUse = [];
    for (const marker of this.listed) this.layer.removeLayer(marker);
    this.listed = [];
  }

  /** A group marker at `at`, showing `count`, named `label`, doing `activate` when used. */
  add(at: L.LatLng, size: number, className: string, count: string, label: string, activate: () => void): L.Marker {
    const shape = className;
    const group = this.spare.get(shape)?.pop() ?? this.make(size, className);
    this.inUse.push({ shape, group });
    if (group.size !== size) resize(group, size, className);
    group.marker.setLatLng(at);
    group.activate = activate;
    if (group.countText !== count) {
      group.countText = count;
      group.count.textContent = count;
    }
    if (group.label !== label) {
      group.label = label;
      nameElement(group.marker, label);
    }
    return group.marker;
  }

  /**
   * A group marker made for this pass only, removed at the next: its members listed in a popup,
   * each a button (elements, never HTML), opened by a click or Enter.
   */
  addListed(
    at: L.LatLng,
    size: number,
    className: string,
    count: string,
    label: string,
    entries: Array<{ name: string; select: () => void }>,
  ): L.Marker {
    const marker = L.marker(at, { icon: groupIcon(size, className, countElement(count)), keyboard: true });
    const open = () => marker.openPopup();
    marker.on('add', () => {
      nameElement(marker, label);
      activateWithKeyboard(marker, open);
    });
    marker.on('click', open);
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
    this.listed.push(marker);
    return marker;
  }

  /** Ends a pass: the markers no group took are removed. */
  end(): void {
    for (const spare of this.spare.values()) for (const group of spare) this.layer.removeLayer(group.marker);
    this.spare.clear();
  }

  clear(): void {
    this.layer.clearLayers();
    this.spare.clear();
    this.inUse = [];
    this.listed = [];
  }

  private make(size: number, className: string): PooledGroup {
    const count = countElement('');
    const marker = L.marker([0, 0], { icon: groupIcon(size, className, count), keyboard: true });
    const group: PooledGroup = { marker, size, count, countText: '', label: '', activate: () => undefined };
    marker.on('click', () => group.activate());
    // Named again whenever its element is made anew (the layer taken off the map and put back).
    marker.on('add', () => nameElement(marker, group.label));
    marker.addTo(this.layer);
    activateWithKeyboard(marker, () => group.activate());
    return group;
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
