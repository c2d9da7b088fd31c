import type { Json } from '../json.js';
import { resolvePath, type PathScope } from '../jsonpath/index.js';

/**
 * InputPath: selects the part of the state input the state works on. Absent means `$` (the
 * whole input); `null` means an empty object. A path that matches nothing fails the state with
 * States.Runtime ("Invalid path '$.x' : No results for path: $['x']").
 */
export function applyInputPath(path: string | null | undefined, input: Json, scope: PathScope): Json {
  if (path === undefined) return input;
  if (path === null) return {};
  return resolvePath(path, { ...scope, input });
}
