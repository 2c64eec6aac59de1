/** `string | array` → `text or a list`: each JSON type name in a catalogue's words, unknown ones as they are. */
export function jsonTypeName(types: unknown, names: Readonly<Record<string, string>>, or: string): string {
  return String(types)
    .split(' | ')
    .map((type) => (Object.hasOwn(names, type) ? names[type]! : type))
    .join(or);
}
