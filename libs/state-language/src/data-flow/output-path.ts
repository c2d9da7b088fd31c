import type { Json } from '../json.js';
import { resolvePath, type PathScope } from '../jsonpath/index.js';

/**
 * OutputPath: selects the part of the state's output passed on to the next state. Absent means
 * `$`; `null` means an empty object. A path that matches nothing fails the state with
 * States.Runtime ("Invalid path '$.a.b' : Missing property in path $['a']").
 */
export function applyOutputPath(path: string | null | undefined, value: Json, scope: PathScope): Json {
  if (path === undefined) return value;
  if (path === null) return {};
  return resolvePath(path, { ...scope, input: value });
}
