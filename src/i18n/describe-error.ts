import type { FeedLoadError } from '../load/feed-load-error.js';
import type { Translation } from './translation.js';
import { describeValue } from '../validate/describe-value.js';

/** The sentence a visitor reads when a feed cannot be shown. */
export function describeLoadError(error: FeedLoadError, t: Translation): string {
  const url = describeValue(error.url);
  switch (error.kind) {
    case 'network':
      return t.errorNetwork(url);
    case 'cors':
      return t.errorCors(url);
    case 'http':
      return t.errorHttp(error.details.status ?? 0, url);
    case 'timeout':
      return t.errorTimeout(error.details.timeoutSeconds ?? 30, url);
    case 'too-large':
      return t.errorTooLarge(url, formatSize(error.details.maxBytes ?? 0, t.$code));
    case 'parse':
      return t.errorParse(url);
    case 'html':
      return t.errorHtml(url);
    case 'schema':
      return t.errorSchema;
    case 'aborted':
      return t.errorAborted;
  }
}

/** A size in the reader's units: `50 Mo`, `2 kB`. */
function formatSize(bytes: number, lang: string): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
