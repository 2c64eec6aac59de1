// Types of the seeded feed generator (plain JavaScript so that node scripts and browser tests share it).
export function seededRandom(seed: number): () => number;
export function generateFeed(options?: {
  clusters?: number;
  organisations?: number;
  seed?: number;
  membershipsPerOrganisation?: number;
}): Record<string, unknown> & {
  clusters: Array<Record<string, unknown>>;
  organisations: Array<Record<string, unknown>>;
  memberships: Array<Record<string, unknown>>;
};
