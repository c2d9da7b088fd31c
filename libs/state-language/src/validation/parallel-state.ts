import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject } from '../json.js';
import type { StateEntry } from './machine.js';
import { schemaError } from './report.js';

/** A Parallel state runs at least one branch; each branch is a state machine (checked as a scope). */
export function checkParallelState({ state, path }: StateEntry): Diagnostic[] {
  const branches = state.Branches;
  if (!Array.isArray(branches)) return []; // the schema reports a missing or non-array Branches
  if (branches.length === 0)
    return [schemaError([...path, 'Branches'], "The field 'Branches' must contain at least one branch")];
  return branches.flatMap((b, i) =>
    isJsonObject(b)
      ? []
      : [
          schemaError(
            [...path, 'Branches', i],
            `The value for the field 'Branches[${i}]' must be a JSON object`,
          ),
        ],
  );
}
