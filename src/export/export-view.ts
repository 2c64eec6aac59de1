/**
 * The filtered view, out: the visible clusters as CSV for a spreadsheet, or as a Grappe feed
 * (with their organisations, memberships, cooperations and networks among themselves).
 */
import { writeCsv } from '../csv/csv.js';
import type { Feed } from '../schema/feed-schema.js';
import type { GrappeSnapshot } from '../state/grappe-store.js';
import { resolveText } from '../text/localised-text.js';

function codes(value: unknown): string {
  if (value === undefined) return '';
  return (Array.isArray(value) ? value : [value]).join(', ');
}

export function exportClustersCsv(snapshot: GrappeSnapshot, lang: string): string {
  const index = snapshot.index;
  const header = [
    'id',
    'name',
    'kind',
    'sector',
    'stage',
    'reach',
    'territories',
    'city',
    'longitude',
    'latitude',
    'website',
    'members',
  ];
  if (!index) return writeCsv([header]);
  const rows = snapshot.filterResult.visible.map((clusterIndex) => {
    const cluster = index.clusters[clusterIndex]!;
    return [
      cluster.id,
      resolveText(cluster.name, lang, index.defaultLanguage),
      codes(cluster['kind']),
      codes(cluster['sector']),
      codes(cluster['stage']),
      codes(cluster['reach']),
      (cluster.territories ?? [])
        .map((id) => resolveText(index.territoryById.get(id)?.name, lang, index.defaultLanguage))
        .join(', '),
      cluster.address?.city ?? '',
      cluster.location ? String(cluster.location.coordinates[0]).replace('.', ',') : '',
      cluster.location ? String(cluster.location.coordinates[1]).replace('.', ',') : '',
      cluster.website ?? '',
      String(index.currentMembersOfCluster[clusterIndex]!),
    ];
  });
  return writeCsv([header, ...rows]);
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
