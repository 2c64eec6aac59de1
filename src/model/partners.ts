/**
 * Partner clusters a cluster manager might approach (the seeds' "identifier des partenaires à
 * partir de données sur les marchés … zones géographiques intéressantes"), over every loaded feed.
 *
 * The score, in one sentence: 3 points per shared market, 2 per shared key technology, 1 per
 * shared sector, 2 when the candidate sits in one of the cluster's target zones, and 2 more when
 * the two share a market but bring different technologies (they complement each other).
 * Clusters it already cooperates with are left out: the cooperation section lists them.
 */
import type { Cluster } from '../schema/feed-schema.js';
import type { FeedIndex } from './feed-index.js';

export type PartnerReasonKind = 'market' | 'technology' | 'sector' | 'zone' | 'complement';

export interface PartnerReason {
  kind: PartnerReasonKind;
  /** The shared values (codes), or the target zones the candidate sits in. */
  values: string[];
}

export interface PartnerCandidate {
  clusterId: string;
  score: number;
  reasons: PartnerReason[];
}

export const PARTNER_WEIGHTS: Readonly<Record<PartnerReasonKind, number>> = {
  market: 3,
  technology: 2,
  sector: 1,
  zone: 2,
  complement: 2,
};

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

/** The zones a cluster sits in: its territories and their parents, and its country code. */
function zonesOf(cluster: Cluster, index: FeedIndex): Set<string> {
  const zones = new Set<string>();
  for (const id of cluster.territories ?? []) {
    let current = index.territoryById.get(id);
    // Parents, iteratively, with a guard against a cycle.
    for (let depth = 0; current && depth < 16; depth += 1) {
      zones.add(current.id);
      if (current.code?.scheme === 'ISO-3166-1') zones.add(current.code.value);
      current = current.parent ? index.territoryById.get(current.parent) : undefined;
    }
  }
  if (cluster.address?.country) zones.add(cluster.address.country);
  return zones;
}

export function partnersFor(index: FeedIndex, clusterId: string, options: { limit?: number } = {}): PartnerCandidate[] {
  const limit = options.limit ?? 10;
  const position = index.clusterIndexById.get(clusterId);
  if (position === undefined) return [];
  const own = index.clusters[position]!;
  const already = new Set<string>([own.id]);
  for (const cooperation of index.cooperationsOfCluster[position] ?? [])
    for (const id of cooperation.clusters) already.add(id);
  const markets = new Set(list(own.markets));
  const technologies = new Set(list(own.technologies));
  const sectors = new Set(list(own.sector));
  const targets = list(own.targetZones);
  const candidates: PartnerCandidate[] = [];
  for (const candidate of index.clusters) {
    if (already.has(candidate.id)) continue;
    const reasons: PartnerReason[] = [];
    const shared = (mine: Set<string>, theirs: unknown) => list(theirs).filter((value) => mine.has(value));
    const sharedMarkets = shared(markets, candidate.markets);
    const sharedTechnologies = shared(technologies, candidate.technologies);
    const sharedSectors = shared(sectors, candidate.sector);
    if (sharedMarkets.length > 0) reasons.push({ kind: 'market', values: sharedMarkets });
    if (sharedTechnologies.length > 0) reasons.push({ kind: 'technology', values: sharedTechnologies });
    if (sharedSectors.length > 0) reasons.push({ kind: 'sector', values: sharedSectors });
    if (targets.length > 0) {
      const zones = zonesOf(candidate, index);
      const inZones = targets.filter((zone) => zones.has(zone));
      if (inZones.length > 0) reasons.push({ kind: 'zone', values: inZones });
    }
    const theirTechnologies = list(candidate.technologies);
    const different = theirTechnologies.filter((technology) => !technologies.has(technology));
    if (sharedMarkets.length > 0 && different.length > 0) reasons.push({ kind: 'complement', values: different });
    if (reasons.length === 0) continue;
    const score = reasons.reduce(
      (sum, reason) =>
        sum +
        PARTNER_WEIGHTS[reason.kind] *
          (reason.kind === 'zone' || reason.kind === 'complement' ? 1 : reason.values.length),
      0,
    );
    candidates.push({ clusterId: candidate.id, score, reasons });
  }
  return candidates
    .sort((a, b) => b.score - a.score || a.clusterId.localeCompare(b.clusterId))
    .slice(0, Math.max(0, limit));
}
