import type { Json } from '../json.js';
import { setAtReferencePath } from '../jsonpath/index.js';

/**
 * ResultPath: combines the state's raw input with its result. Absent or `$`: the result replaces
 * the input. `null`: the result is discarded and the input passes through. A Reference Path such
 * as `$.a.b`: the result is written there in a copy of the input, creating missing objects; when
 * the input (or a node on the way) cannot hold it, the state fails with AWS's
 * States.ReferencePathConflict ("Unable to apply ReferencePath $.a to input \"text\"").
 */
export function applyResultPath(path: string | null | undefined, stateInput: Json, result: Json): Json {
  if (path === undefined) return result;
  if (path === null) return stateInput;
  return setAtReferencePath(stateInput, path, result);
}
