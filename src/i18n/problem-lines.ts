/**
 * How many problems of one kind are listed (by the command line and the publishing page) before
 * the rest are counted in one line.
 */

/** Lines of one kind of problem shown at most; the rest are counted in one line. */
export const LINES_PER_KIND = 200;

/**
 * The problems to list and, for each kind past `LINES_PER_KIND`, how many more there are: a
 * 2,000-row table with the same miss on every row reads as 200 lines and a count.
 */
export function firstOfEachKind<T extends { code: string }>(
  items: readonly T[],
): { shown: T[]; more: Map<string, number> } {
  const seen = new Map<string, number>();
  const shown: T[] = [];
  for (const item of items) {
    const count = (seen.get(item.code) ?? 0) + 1;
    seen.set(item.code, count);
    if (count <= LINES_PER_KIND) shown.push(item);
  }
  const more = new Map<string, number>();
  for (const [code, count] of seen) if (count > LINES_PER_KIND) more.set(code, count - LINES_PER_KIND);
  return { shown, more };
}
