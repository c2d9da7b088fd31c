import type { TaskOutcome } from '@durastep/executor';
import { describeTarget } from './endpoint-url.js';
import type { HttpResult } from './http-request.js';
import { taskFailed, type TaskPlan } from './task-plan.js';

export type Deadline = { seconds: number; fromState: boolean };

/**
 * The one place where a request that got no answer becomes an ASL error:
 * - the state's TimeoutSeconds elapsed → `States.Timeout` with an empty cause (as AWS records it);
 *   the default or registry timeout → `States.Timeout` saying which timeout it was, except for
 *   `http:invoke`, which AWS ends after 60 s with `States.Http.Socket`;
 * - connection refused / reset / DNS / TLS failures → `States.TaskFailed` naming target and errno
 *   (`States.Http.Socket` for `http:invoke`);
 * - a request Node refuses to send (an invalid header) → `States.TaskFailed`;
 * - cancelled through the caller's signal → `States.TaskFailed` (the caller discards it).
 */
export function transportOutcome(
  result: Exclude<HttpResult, { kind: 'reply' }>,
  plan: TaskPlan,
  deadline: Deadline,
): TaskOutcome {
  const target = `${plan.method} ${describeTarget(plan.url)}`;
  switch (result.kind) {
    case 'timeout': {
      if (deadline.fromState) return { ok: false, error: 'States.Timeout', cause: '' };
      const cause = `${target} timed out after ${deadline.seconds} seconds (the state sets no TimeoutSeconds)`;
      return { ok: false, error: plan.service === 'http' ? 'States.Http.Socket' : 'States.Timeout', cause };
    }
    case 'unreachable': {
      const cause = `${target} failed: ${result.code} (${result.message})`;
      return {
        ok: false,
        error: plan.service === 'http' ? 'States.Http.Socket' : 'States.TaskFailed',
        cause,
      };
    }
    case 'invalid':
      return taskFailed(`${target} could not be sent: ${result.message}`);
    case 'aborted':
      return taskFailed(`${target} was cancelled`);
    default:
      return assertNever(result);
  }
}

function assertNever(value: never): never {
  throw new Error(`bug: unexpected transport result ${JSON.stringify(value)}`);
}
