import * as L from 'leaflet';
import { KeyedLayers } from './keyed-layers.js';

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
  private readonly lines = new KeyedLayers<L.Polyline>(this.group);
  /** The last draw's options: a line kept from an earlier draw opens through them. */
  private options: LinkOptions | undefined;

  constructor(
    private readonly className = 'cooperation-link',
    private readonly dashArray = '6 4',
  ) {}

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  clear(): void {
    this.lines.clear();
  }

  /** `cooperations`: the cluster ids of each (every pair of them is linked). */
  draw(cooperations: ReadonlyArray<readonly string[]>, options: LinkOptions): void {
    this.options = options;
    const pairs: Array<{ a: string; b: string; from: [number, number]; to: [number, number] }> = [];
    const drawn = new Set<string>();
    collect: for (const clusters of cooperations) {
      const members = [...new Set(clusters)]
        .map((id) => ({ id, seat: options.seatOf(id) }))
        .filter((member) => member.seat !== undefined);
      for (let from = 0; from < members.length; from += 1) {
        for (let to = from + 1; to < members.length; to += 1) {
          const a = members[from]!;
          const b = members[to]!;
          const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
          if (drawn.has(key)) continue;
          if (drawn.size >= MAX_LINKS) break collect;
          drawn.add(key);
          pairs.push({ a: a.id, b: b.id, from: a.seat!, to: b.seat! });
        }
      }
    }
    const focusable = pairs.length <= MAX_FOCUSABLE_LINKS;
    this.lines.sync(
      pairs.map(({ a, b, from, to }) => {
        const label = options.label(a, b);
        // What the line shows and how it answers: the same key, the same line, kept as it is.
        const key = [a, b, from.join(','), to.join(','), label, focusable].join('\u0000');
        return [key, () => this.line(a, b, from, to, label, focusable)] as const;
      }),
    );
  }

  private line(a: string, b: string, from: [number, number], to: [number, number], label: string, focusable: boolean) {
    const open = () => this.options?.open(a, b);
    const line = L.polyline(
      [
        [from[1], from[0]],
        [to[1], to[0]],
      ],
      // Colour and width come from the stylesheet (--grappe-map-link-color): no style read per draw.
      { className: this.className, interactive: true, weight: 2, dashArray: this.dashArray },
    );
    line.on('click', open);
    // The path exists once the line is on the map: named and made a button then.
    line.on('add', () => {
      const path = line.getElement();
      if (!path || path.hasAttribute('role')) return;
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', label);
      if (!focusable) return;
      path.setAttribute('tabindex', '0');
      path.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        open();
      });
    });
    return line;
  }
}
