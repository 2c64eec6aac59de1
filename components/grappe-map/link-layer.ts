import * as L from 'leaflet';

/** At most this many lines: past it, a cooperation of hundreds of clusters would freeze the page. */
const MAX_LINKS = 2_000;

/**
 * Cooperation links between the seats of the clusters that cooperate. Each pair of clusters is
 * drawn once, however many cooperations name it or however often one repeats it, so a feed
 * cannot make the map draw millions of lines.
 */
export class LinkLayer {
  private readonly group = L.layerGroup();

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  clear(): void {
    this.group.clearLayers();
  }

  /** `cooperations`: the cluster ids of each; `seatOf`: where a cluster is drawn, if it is. */
  draw(
    cooperations: ReadonlyArray<readonly string[]>,
    seatOf: (clusterId: string) => [number, number] | undefined,
  ): void {
    this.group.clearLayers();
    const drawn = new Set<string>();
    for (const clusters of cooperations) {
      const members = [...new Set(clusters)]
        .map((id) => ({ id, seat: seatOf(id) }))
        .filter((member) => member.seat !== undefined);
      for (let from = 0; from < members.length; from += 1) {
        for (let to = from + 1; to < members.length; to += 1) {
          const a = members[from]!;
          const b = members[to]!;
          const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
          if (drawn.has(key)) continue;
          if (drawn.size >= MAX_LINKS) return;
          drawn.add(key);
          L.polyline(
            [
              [a.seat![1], a.seat![0]],
              [b.seat![1], b.seat![0]],
            ],
            // Colour and width come from the stylesheet (--grappe-map-link-color): no style read per draw.
            { className: 'cooperation-link', interactive: false, weight: 2, dashArray: '6 4' },
          ).addTo(this.group);
        }
      }
    }
  }
}
