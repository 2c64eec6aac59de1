import * as L from 'leaflet';

/** At most this many lines: past it, a cooperation of hundreds of clusters would freeze the page. */
const MAX_LINKS = 2_000;
/** Up to this many lines, each is a stop in the tab order; past it, they are still clickable. */
const MAX_FOCUSABLE_LINKS = 60;

export interface LinkOptions {
  /** Where a cluster is drawn, if it is. */
  seatOf(clusterId: string): [number, number] | undefined;
  /** The line's accessible name ("Coopération entre A et B"). */
  label(first: string, second: string): string;
  /** The visitor opened the line (click, Enter or Space). */
  open(first: string, second: string): void;
}

/**
 * Links between the seats of clusters: cooperations, or possible partners (`className` styles
 * each kind apart). Each pair of clusters is
 * drawn once, however many cooperations name it or however often one repeats it, so a feed
 * cannot make the map draw millions of lines. A line is a button: named after the two clusters,
 * it opens the first one's details (where the cooperation is described).
 */
export class LinkLayer {
  private readonly group = L.layerGroup();

  constructor(
    private readonly className = 'cooperation-link',
    private readonly dashArray = '6 4',
  ) {}

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  clear(): void {
    this.group.clearLayers();
  }

  /** `cooperations`: the cluster ids of each (every pair of them is linked). */
  draw(cooperations: ReadonlyArray<readonly string[]>, options: LinkOptions): void {
    this.group.clearLayers();
    const drawn = new Set<string>();
    const lines: Array<{ line: L.Polyline; a: string; b: string }> = [];
    pairs: for (const clusters of cooperations) {
      const members = [...new Set(clusters)]
        .map((id) => ({ id, seat: options.seatOf(id) }))
        .filter((member) => member.seat !== undefined);
      for (let from = 0; from < members.length; from += 1) {
        for (let to = from + 1; to < members.length; to += 1) {
          const a = members[from]!;
          const b = members[to]!;
          const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
          if (drawn.has(key)) continue;
          if (drawn.size >= MAX_LINKS) break pairs;
          drawn.add(key);
          const line = L.polyline(
            [
              [a.seat![1], a.seat![0]],
              [b.seat![1], b.seat![0]],
            ],
            // Colour and width come from the stylesheet (--grappe-map-link-color): no style read per draw.
            { className: this.className, interactive: true, weight: 2, dashArray: this.dashArray },
          ).addTo(this.group);
          line.on('click', () => options.open(a.id, b.id));
          lines.push({ line, a: a.id, b: b.id });
        }
      }
    }
    const focusable = lines.length <= MAX_FOCUSABLE_LINKS;
    for (const { line, a, b } of lines) {
      const path = line.getElement();
      if (!path) continue;
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', options.label(a, b));
      if (!focusable) continue;
      path.setAttribute('tabindex', '0');
      path.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        options.open(a, b);
      });
    }
  }
}
