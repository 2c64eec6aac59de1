/**
 * How a feed load ends on the page: the loaded feed, or a `FeedLoadError` whose kind the
 * components turn into a localised message. Apart from the loader itself (load-feed.ts), which
 * is in the feed reader's file (worker/feed-worker.js, loaded on demand), so that the page's
 * bundles carry neither the validator nor zod.
 */
import type { FeedProblem } from '../validate/problems.js';
import type { ValidationResult } from '../validate/validate-feed.js';

export type FeedLoadErrorKind =
  'network' | 'cors' | 'http' | 'timeout' | 'too-large' | 'parse' | 'html' | 'schema' | 'aborted';

/** The public kind of a failure (`grappe-error`'s `kind`): network, parse or schema. */
export function publicErrorKind(kind: FeedLoadErrorKind): 'network' | 'parse' | 'schema' {
  if (kind === 'parse' || kind === 'html') return 'parse';
  if (kind === 'schema') return 'schema';
  return 'network';
}

export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  constructor(
    readonly kind: FeedLoadErrorKind,
    readonly url: string,
    readonly details: { status?: number; timeoutSeconds?: number; maxBytes?: number; problems?: FeedProblem[] } = {},
  ) {
    super(`${kind}: ${url}${details.status ? ` (${details.status})` : ''}`);
  }
}

export interface LoadedFeed {
  source: string;
  result: ValidationResult;
  /** Size of the body, in characters. */
  size: number;
}
