import type { Diagnostic } from '../errors/diagnostics.js';
import type { Machine } from './machine.js';
import { Code, error } from './report.js';

export const MAX_STATE_NAME_LENGTH = 80;

/**
 * State names are 1 to 80 characters and unique in the whole definition (nested branches and
 * processors included); Map Labels are unique too.
 */
export function checkStateNames(machine: Machine): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  const labels = new Set<string>();
  for (const { name, path, state } of machine.states) {
    if (name.length === 0) found.push(error(Code.InvalidStateName, path, 'A state name must not be empty'));
    if (name.length > MAX_STATE_NAME_LENGTH) {
      found.push(
        error(
          Code.InvalidStateName,
          path,
          `State name '${name}' exceeds ${MAX_STATE_NAME_LENGTH} characters`,
        ),
      );
    }
    if (seen.has(name)) found.push(error(Code.DuplicateStateName, path, `Duplicate state name '${name}'`));
    seen.add(name);
    if (state.Type === 'Map' && typeof state.Label === 'string') {
      if (labels.has(state.Label))
        found.push(
          error(Code.DuplicateLabelName, [...path, 'Label'], `Duplicate Map Label '${state.Label}'`),
        );
      labels.add(state.Label);
    }
  }
  return found;
}
