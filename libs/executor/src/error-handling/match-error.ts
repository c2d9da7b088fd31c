import { States, type ErrorName, type Failure } from '@durastep/state-language';

// States.Runtime is terminal: no retrier or catcher handles it, not even one that names it
// (AWS-recorded: a Catch on ["States.Runtime"] does not catch an OutputPath failure).
const TERMINAL = new Set<ErrorName>([States.Runtime]);

/** Whether one `ErrorEquals` entry matches a failure, with AWS's wildcard rules. */
export function matchesError(pattern: string, failure: Failure): boolean {
  if (TERMINAL.has(failure.error)) return false;
  if (pattern === failure.error) return true;
  if (pattern === States.ALL) return true;
  return pattern === States.TaskFailed && failure.error !== States.Timeout;
}

export function matchesAny(errorEquals: readonly string[], failure: Failure): boolean {
  return errorEquals.some((p) => matchesError(p, failure));
}
