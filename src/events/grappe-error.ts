import type { FeedLoadErrorKind } from '../load/feed-load-error.js';

/** The three kinds of failure of the public contract. */
export type GrappeErrorKind = 'network' | 'parse' | 'schema';
import type { FeedProblem } from '../validate/problems.js';

/** Detail of `grappe-error`: nothing could be shown (or a refresh failed, with `refresh: true`). */
export interface GrappeErrorDetail {
  /** `network` (unreachable, refused by CORS, an HTTP error status, a timeout, aborted), `parse` (not JSON, or a web page instead) or `schema` (not a Grappe feed this version reads). */
  kind: GrappeErrorKind;
  /** The precise cause: network, cors, http, timeout, aborted, parse, html or schema. */
  reason: FeedLoadErrorKind;
  /** The feed's URL (or `data` for a feed given as a property). */
  url: string;
  /** A localised sentence, as the component shows it. */
  message: string;
  status?: number;
  problems: FeedProblem[];
  /** True when older data is still shown. */
  refresh: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grappe-error': CustomEvent<GrappeErrorDetail>;
  }
}
