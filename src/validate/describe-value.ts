/**
 * Values quoted in messages are third-party text: keep them short and on one line, so that a
 * 50 MB string or a line of control characters cannot flood a report, and the controls that
 * reverse the text's direction (U+202A–U+202E, U+2066–U+2069) cannot make a line read otherwise
 * than it is written. Rendering escapes them.
 */
const MAX_QUOTED_LENGTH = 80;

export function describeValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = value.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
  return oneLine.length > MAX_QUOTED_LENGTH ? `${oneLine.slice(0, MAX_QUOTED_LENGTH - 1)}…` : oneLine;
}

/** "a string", "a number", "a list"… for messages about types (in English; the catalogue reuses it for codes only). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
