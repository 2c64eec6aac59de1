import type * as L from 'leaflet';

/** A layer that can be put above its siblings: Leaflet's paths and feature groups. */
type StackedLayer = L.Layer & { bringToFront(): unknown };

/**
 * Layers kept from one draw to the next by a key that says everything they show: a draw names
 * the layers it wants, in order, and those already drawn under the same key stay as they are.
 * A facet click redraws the territories and the cooperation lines; remaking every SVG path (and
 * its tooltip and listeners) cost several milliseconds of script and as many of layout for
 * shapes that had not changed.
 */
export class KeyedLayers<T extends StackedLayer> {
  private drawn = new Map<string, T>();

  constructor(private readonly group: L.LayerGroup) {}

  /**
   * Brings the group in line with `wanted`: each entry's key, how to make its layer, and, where
   * a key does not say everything the layer shows, how to bring a kept one up to date. True when
   * a layer was made or removed.
   */
  sync(wanted: Iterable<readonly [key: string, make: () => T, update?: (layer: T) => void]>): boolean {
    const next = new Map<string, T>();
    const made: string[] = [];
    for (const [key, make, update] of wanted) {
      if (next.has(key)) continue;
      let layer = this.drawn.get(key);
      if (!layer) {
        layer = make();
        this.group.addLayer(layer);
        made.push(key);
      } else {
        update?.(layer);
      }
      next.set(key, layer);
    }
    let removed = false;
    const kept: string[] = [];
    for (const [key, layer] of this.drawn) {
      if (next.has(key)) kept.push(key);
      else {
        this.group.removeLayer(layer);
        removed = true;
      }
    }
    this.drawn = next;
    // Kept layers stay where they were and new ones go on top: where that is not the order asked
    // for, every layer is put on top in turn (a move, not a remake).
    const stacked = [...kept, ...made];
    let at = 0;
    for (const key of next.keys()) {
      if (key === stacked[at]) at += 1;
      else {
        for (const layer of next.values()) layer.bringToFront();
        break;
      }
    }
    return made.length > 0 || removed;
  }

  clear(): void {
    this.group.clearLayers();
    this.drawn.clear();
  }
}
