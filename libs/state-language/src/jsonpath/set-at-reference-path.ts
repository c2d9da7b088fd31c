import { isJsonObject, type Json } from '../json.js';
import { States, StatesError } from '../errors/states-errors.js';
import { parseReferencePath, type ReferenceStep } from './reference-path.js';

/**
 * The error AWS reports when a ResultPath cannot be written into the state input. The ASL spec
 * names it States.ResultPathMatchFailure, but AWS executions fail with States.ReferencePathConflict.
 */
export const REFERENCE_PATH_CONFLICT = 'States.ReferencePathConflict';

/**
 * Writes `value` into `target` at a Reference Path rooted at `$`, returning a new document (the
 * target is not mutated; untouched branches are shared). `$` replaces the whole document. Missing
 * objects on the way are created; AWS's ReferencePathConflict is thrown when the document (or a
 * node on the way) is not a container the step can enter:
 *   - `Unable to apply ReferencePath $.a to input "text"` when the document is not an object/array;
 *   - `Unable to apply step "a" to input [1,2]` when a node on the way has the wrong type.
 */
export function setAtReferencePath(target: Json, path: string, value: Json): Json {
  const parsed = parseReferencePath(path);
  if (!parsed.ok) throw new StatesError(States.Runtime, `Invalid path '${path}' : ${parsed.message}`);
  if (parsed.path.root.kind !== 'input') {
    throw new StatesError(States.Runtime, `Invalid path '${path}' : only paths rooted at '$' can be written`);
  }
  const { steps } = parsed.path;
  if (steps.length === 0) return value;
  if (!isJsonObject(target) && !Array.isArray(target)) {
    throw new StatesError(
      REFERENCE_PATH_CONFLICT,
      `Unable to apply ReferencePath ${path} to input ${JSON.stringify(target)}`,
    );
  }
  return write(target, steps, 0, value);
}

function write(node: Json, steps: readonly ReferenceStep[], k: number, value: Json): Json {
  const step = steps[k];
  const last = k === steps.length - 1;
  if (step.kind === 'property') {
    if (!isJsonObject(node)) throw conflict(step.name, node);
    const has = Object.prototype.hasOwnProperty.call(node, step.name);
    const child = last ? value : write(has ? node[step.name] : {}, steps, k + 1, value);
    return { ...node, [step.name]: child };
  }
  const label = `[${step.index}]`;
  if (!Array.isArray(node)) throw conflict(label, node);
  const at = step.index < 0 ? node.length + step.index : step.index;
  if (at < 0 || at >= node.length) throw conflict(label, node);
  const copy = node.slice();
  copy[at] = last ? value : write(node[at], steps, k + 1, value);
  return copy;
}

function conflict(step: string, node: Json): StatesError {
  return new StatesError(
    REFERENCE_PATH_CONFLICT,
    `Unable to apply step "${step}" to input ${JSON.stringify(node)}`,
  );
}
