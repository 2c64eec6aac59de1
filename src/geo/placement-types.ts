/**
 * What the placement of marks takes and gives (placement.ts): sizes, inputs, the marks placed.
 */
import type { Box } from './boxes.js';

export const MAX_OVERLAP = 0.25;
/** What placement allows itself: below the promise, so that whole-pixel rounding keeps it. */
export const PLACEMENT_OVERLAP = 0.18;

export interface PlacementSizes {
  /** Drawn size of a cluster mark. */
  cluster: number;
  /** Room kept around each cluster mark, so that it can become a group in place. */
  clusterRoom: number;
  /** Drawn size of a group of clusters. */
  clusterGroup: number;
  /** Drawn size of a single organisation. */
  dot: number;
  /** Side of the grid cells organisations are grouped in. */
  cell: number;
  /** More organisations than this in a cell are always a group. */
  maxDotsPerCell: number;
  /** At most this many clusters in a ring; more at one seat make a group. */
  maxRing: number;
  /** Drawn size of a group of `count` organisations (at most `cell - 2 × dot - 4`). */
  groupSize(count: number): number;
}

export const DEFAULT_SIZES: PlacementSizes = {
  cluster: 28,
  clusterRoom: 36,
  clusterGroup: 36,
  dot: 10,
  cell: 64,
  maxDotsPerCell: 8,
  maxRing: 8,
  groupSize: (count) => (count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 46),
};

export interface SeatInput {
  cluster: number;
  x: number;
  y: number;
  /** Clusters with the same key share a seat exactly (a ring, then a group). */
  seat: string;
  /** Stands alone whatever the crowd (the selected cluster); give it first. */
  pinned?: boolean;
}

export interface OrganisationPointsInput {
  /** Screen positions and the organisation of each point (several per organisation with sites). */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  owner: ArrayLike<number>;
  count: number;
}

export interface ClusterMark {
  cluster: number;
  x: number;
  y: number;
  /** Offset from the seat when set in a ring. */
  dx: number;
  dy: number;
}

export interface ClusterGroupMark {
  clusters: number[];
  x: number;
  y: number;
  size: number;
  /** Every cluster in it has the same seat: zooming cannot separate them. */
  sameSeat: boolean;
}

export interface OrganisationGroupMark {
  count: number;
  x: number;
  y: number;
  size: number;
  /** The centre of its organisations (where a zoom goes), which the mark may sit beside. */
  centreX: number;
  centreY: number;
  /** Up to `MAX_LISTED` of its organisations, for a list when zooming cannot separate them. */
  organisations: number[];
  samePlace: boolean;
}

export interface OrganisationMark {
  organisation: number;
  x: number;
  y: number;
}

export interface LabelMark {
  cluster: number;
  /** Left edge and vertical centre of the label's box. */
  left: number;
  y: number;
  width: number;
  side: 'right' | 'left';
}

export interface Placement {
  clusters: ClusterMark[];
  clusterGroups: ClusterGroupMark[];
  organisationGroups: OrganisationGroupMark[];
  organisations: OrganisationMark[];
  labels: LabelMark[];
}

/** Height of a name label's box; the map draws labels this tall. */
export const LABEL_HEIGHT = 18;

export interface PlacementOptions {
  sizes?: PlacementSizes;
  /** The view's size: labels stay inside it. */
  width: number;
  height: number;
  /** Pixel origin of the view in the world, so that grid cells stay put while the map pans. */
  originX: number;
  originY: number;
  /** Names for labels (none when absent), and how wide they are drawn. */
  label?: (cluster: number) => string;
  measure?: (text: string) => number;
  maxLabels?: number;
  /** Parts of the view a label must leave free (the map's buttons, its attribution line). */
  reserved?: readonly Box[];
}
