import type { Diagnostic } from '../errors/diagnostics.js';
import type { StateEntry } from './machine.js';
import { pathOrIntrinsicProblem } from './path-syntax.js';
import { atMostOne, schemaError } from './report.js';

/**
 * Error and Cause are each given once: literally or through ErrorPath / CausePath, which hold a
 * Reference Path or an intrinsic function call.
 */
export function checkFailState({ state, path }: StateEntry): Diagnostic[] {
  const found = [
    ...atMostOne(state, ['Error', 'ErrorPath'], path),
    ...atMostOne(state, ['Cause', 'CausePath'], path),
  ];
  for (const field of ['ErrorPath', 'CausePath']) {
    const value = state[field];
    if (typeof value !== 'string') continue;
    const problem = pathOrIntrinsicProblem(value, 'reference');
    if (problem !== undefined) {
      found.push(
        schemaError(
          [...path, field],
          `The value for the field '${field}' must be a valid Reference Path or a valid intrinsic function call: ${problem}`,
        ),
      );
    }
  }
  return found;
}
