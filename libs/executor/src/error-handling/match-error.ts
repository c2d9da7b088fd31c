import { States, type ErrorName, type Failure } from '@durastep/state-language';

// Wildcards never catch these terminal errors; naming them explicitly does.
const TERMINAL = new Set<ErrorName>([States.Runtime, States.DataLimitExceeded]);

/** Whether one `ErrorEquals` entry matches a failure, with AWS's wildcard rules. */
export function matchesError(pattern: string, failure: Failure): boolean {
  if (pattern === failure.error) return true;
  if (TERMINAL.has(failure.error)) return false;
  if (pattern === States.ALL) return true;
  return pattern === States.TaskFailed && failure.error !== States.Timeout;
}

export function matchesAny(errorEquals: readonly string[], failure: Failure): boolean {
  return errorEquals.some((p) => matchesError(p, failure));
}
