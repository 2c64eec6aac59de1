/**
 * The decorator helper esbuild writes at the top of every module with decorators (Lit's
 * `@property`, `@state`…), once for all of them: the build replaces each module's copy with an
 * import of this one (scripts/shared-decorator-helper.mjs), so that every npm chunk does not
 * carry its own. Same code as esbuild's, for TypeScript's experimental decorators.
 */
type Decorator = (...args: unknown[]) => unknown;

export const __decorateClass = (decorators: Decorator[], target: object, key?: PropertyKey, kind?: number): unknown => {
  let result: unknown = kind! > 1 ? undefined : kind ? Object.getOwnPropertyDescriptor(target, key!) : target;
  for (let index = decorators.length - 1; index >= 0; index -= 1) {
    const decorator = decorators[index];
    if (decorator) result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  }
  if (kind && result) Object.defineProperty(target, key!, result as PropertyDescriptor);
  return result;
};
