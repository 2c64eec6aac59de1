// esbuild writes its decorator helper into every module that uses decorators: ten lines that
// each npm chunk then carries again. This rollup plugin, placed right after esbuild, replaces a
// module's copy with an import of one shared copy (src/internal/decorate-class.ts), on as many
// lines, so that the module's source map still holds. A helper written differently (another
// esbuild) stops the build rather than ship a module that half refers to it.
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../src/internal/decorate-class.ts', import.meta.url));

const ESBUILD_HELPER = `var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};
`;

/** The import that stands in its place, followed by as many line ends as the helper had. */
const REPLACEMENT =
  `import { __decorateClass } from ${JSON.stringify(SHARED)};` + '\n'.repeat(ESBUILD_HELPER.split('\n').length - 1);

export const sharedDecoratorHelper = {
  name: 'shared-decorator-helper',
  transform(code, id) {
    if (id === SHARED || !code.includes('var __decorateClass = ')) return null;
    const at = code.indexOf(ESBUILD_HELPER);
    if (at === -1) this.error(`${id}: esbuild's decorator helper is not the one this plugin knows`);
    const result = code.slice(0, at) + REPLACEMENT + code.slice(at + ESBUILD_HELPER.length);
    if (/__defProp\b|__getOwnPropDesc\b/.test(result))
      this.error(`${id}: uses esbuild's __defProp or __getOwnPropDesc beside the decorator helper`);
    return { code: result, map: null };
  },
};
