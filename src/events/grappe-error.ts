import type { FeedLoadErrorKind } from '../load/load-feed.js';
import type { FeedProblem } from '../validate/problems.js';

/** Detail of `grappe-error`: nothing could be shown (or a refresh failed, with `refresh: true`). */
export interface GrappeErrorDetail {
  /** network, cors, http, timeout, parse, html (a web page instead of JSON), schema, aborted. */
  kind: FeedLoadErrorKind;
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
