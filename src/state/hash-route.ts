/**
 * The view in the URL hash, so that a link opens the same cluster and filters, and back and
 * forward work: `#cluster=viameca&q=meca&kind=pole-de-competitivite,spl`. With a prefix (two
 * explorers on one page) keys read `prefix.cluster`. Other keys in the hash are left alone.
 */
import { normaliseFilters, type ClusterFilters } from '../filter/cluster-filters.js';

export interface RouteState {
  cluster: string | null;
  organisation?: string | null;
  filters: ClusterFilters;
}

const RESERVED = new Set(['cluster', 'organisation', 'q']);

function keyFor(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

export function readRoute(hash: string, prefix = ''): RouteState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const facets: Record<string, string[]> = {};
  const start = prefix ? `${prefix}.` : '';
  for (const [key, value] of params) {
    if (!key.startsWith(start)) continue;
    const name = key.slice(start.length);
    if (name === '' || RESERVED.has(name) || (!prefix && name.includes('.'))) continue;
    facets[name] = value.split(',').filter((part) => part !== '');
  }
  return {
    cluster: params.get(keyFor(prefix, 'cluster')),
    organisation: params.get(keyFor(prefix, 'organisation')),
    filters: normaliseFilters({ query: params.get(keyFor(prefix, 'q')) ?? '', facets }),
  };
}

export function writeRoute(hash: string, route: RouteState, prefix = ''): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const start = prefix ? `${prefix}.` : '';
  for (const key of [...params.keys()]) {
    const name = key.slice(start.length);
    if (key.startsWith(start) && (prefix || !name.includes('.'))) params.delete(key);
  }
  if (route.cluster) params.set(keyFor(prefix, 'cluster'), route.cluster);
  if (route.organisation) params.set(keyFor(prefix, 'organisation'), route.organisation);
  if (route.filters.query) params.set(keyFor(prefix, 'q'), route.filters.query);
  for (const [dimension, values] of Object.entries(route.filters.facets)) {
    if (values.length > 0) params.set(keyFor(prefix, dimension), values.join(','));
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
