/**
 * The shape of a taxonomy (values with `parent`s): display order and depth. Feeds are third-party
 * text, so a parent chain may be thousands deep or loop: everything here is iterative and linear
 * in the number of values, and a value caught in a cycle (or under a missing parent) is a root.
 */

/** What a taxonomy value needs to be placed: its id and, maybe, its parent's. */
export interface TreeValue {
  readonly id: string;
  readonly parent?: string | undefined;
}

/**
 * The values in display order: each parent followed by its children, siblings in the order given
 * (a vocabulary's order, or the feed's). Every value appears exactly once.
 */
export function orderedValues<V extends TreeValue>(values: readonly V[]): V[] {
  const byId = new Map<string, V>();
  for (const value of values) if (!byId.has(value.id)) byId.set(value.id, value);
  const depths = valueDepths(values);
  const children = new Map<string | undefined, V[]>();
  for (const value of byId.values()) {
    // A value whose parent is unknown or part of a cycle starts its own tree.
    const parent =
      value.parent !== undefined && byId.has(value.parent) && depths.get(value.id)! > 0 ? value.parent : undefined;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(value);
  }
  const out: V[] = [];
  // Depth-first with an explicit stack: a chain thousands deep does not touch the call stack.
  const stack: V[] = [...(children.get(undefined) ?? [])].reverse();
  while (stack.length > 0) {
    const value = stack.pop()!;
    out.push(value);
    const below = children.get(value.id);
    if (below) for (let at = below.length - 1; at >= 0; at -= 1) stack.push(below[at]!);
  }
  return out;
}

/**
 * How deep each value sits (0 for a root), by id. Values on a parent cycle, and values whose
 * parent is unknown, are roots. One pass: each value's chain is walked once and remembered.
 */
export function valueDepths(values: readonly TreeValue[]): Map<string, number> {
  const parentOf = new Map<string, string | undefined>();
  for (const value of values) if (!parentOf.has(value.id)) parentOf.set(value.id, value.parent);
  const depth = new Map<string, number>();
  for (const start of parentOf.keys()) {
    if (depth.has(start)) continue;
    // Walk up until a value of known depth, a root, or a value already on this walk (a cycle).
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | undefined = start;
    let base = -1;
    while (current !== undefined) {
      if (depth.has(current)) {
        base = depth.get(current)!;
        break;
      }
      if (onPath.has(current)) {
        // The cycle's members (from `current` on) become roots.
        const from = path.indexOf(current);
        for (const member of path.splice(from)) depth.set(member, 0);
        base = 0;
        break;
      }
      path.push(current);
      onPath.add(current);
      const parent = parentOf.get(current);
      current = parent !== undefined && parentOf.has(parent) ? parent : undefined;
    }
    for (let at = path.length - 1; at >= 0; at -= 1) depth.set(path[at]!, (base += 1));
  }
  return depth;
}

const layouts = new WeakMap<readonly TreeValue[], { ordered: TreeValue[]; depths: Map<string, number> }>();

/** Order and depths of a list of values, computed once per list (an index's lists never change). */
export function taxonomyLayout<V extends TreeValue>(
  values: readonly V[],
): { ordered: V[]; depths: Map<string, number> } {
  let layout = layouts.get(values);
  if (!layout) layouts.set(values, (layout = { ordered: orderedValues(values), depths: valueDepths(values) }));
  return layout as { ordered: V[]; depths: Map<string, number> };
}
