/**
 * The filtered view, out: the visible clusters as CSV for a spreadsheet, or as a Grappe feed
 * (with their organisations, memberships, cooperations and networks among themselves).
 */
import type { Feed } from '../schema/feed-schema.js';
import type { GrappeSnapshot } from '../state/grappe-store.js';
import { sortClusters, type ClusterSort } from '../filter/sort-clusters.js';
import { loadTableExport } from './table-export-loader.js';

/**
 * The visible clusters as `clusters.csv`, in the order of `sort` and the layout `grappe import`
 * reads back (semicolons, UTF-8 with BOM, headings and labels in the reader's language).
 */
export async function exportClustersCsv(
  snapshot: GrappeSnapshot,
  lang: string,
  sort: ClusterSort = 'name',
): Promise<string> {
  const index = snapshot.index;
  const { clustersTableCsv } = await loadTableExport();
  if (!index)
    return clustersTableCsv(
      { format: 'grappe-feed', version: '1.0', publisher: { id: '', name: '' }, clusters: [] },
      [],
      lang,
    );
  const order = sortClusters(index, snapshot.filterResult.visible, sort, lang, snapshot.referencePoint);
  return clustersTableCsv(
    index.feed,
    order.map((position) => index.clusters[position]!),
    lang,
  );
}

export function exportFeedJson(snapshot: GrappeSnapshot): string {
  const index = snapshot.index;
  if (!index) return '';
  const feed = index.feed;
  const clusters = snapshot.filterResult.visible.map((clusterIndex) => index.clusters[clusterIndex]!);
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  const memberships = (feed.memberships ?? []).filter((membership) => clusterIds.has(membership.cluster));
  const organisationIds = new Set(memberships.map((membership) => membership.organisation));
  const out: Feed = {
    ...feed,
    clusters,
    organisations: (feed.organisations ?? []).filter((organisation) => organisationIds.has(organisation.id)),
    memberships,
    cooperations: (feed.cooperations ?? []).filter((cooperation) =>
      cooperation.clusters.every((id) => clusterIds.has(id)),
    ),
    networks: (feed.networks ?? [])
      .map((network) => ({ ...network, clusters: network.clusters.filter((id) => clusterIds.has(id)) }))
      .filter((network) => network.clusters.length > 0),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
