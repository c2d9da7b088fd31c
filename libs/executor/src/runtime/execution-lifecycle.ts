import { createMachine, getNextSnapshot } from 'xstate';
import type { ExecutionStatus } from '../model/execution-state.js';

/**
 * The execution status lifecycle, as AWS defines it: RUNNING ends in exactly one terminal status;
 * a FAILED, TIMED_OUT or ABORTED execution can be redriven back to RUNNING; SUCCEEDED is final.
 */
const executionLifecycle = createMachine({
  id: 'execution',
  initial: 'RUNNING',
  states: {
    RUNNING: { on: { SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED', TIMED_OUT: 'TIMED_OUT', ABORTED: 'ABORTED' } },
    SUCCEEDED: { type: 'final' },
    FAILED: { on: { REDRIVE: 'RUNNING' } },
    TIMED_OUT: { on: { REDRIVE: 'RUNNING' } },
    ABORTED: { on: { REDRIVE: 'RUNNING' } },
  },
});

type LifecycleEvent = Exclude<ExecutionStatus, 'RUNNING'> | 'REDRIVE';

export function canTransition(from: ExecutionStatus, event: LifecycleEvent): boolean {
  return transitionOrUndefined(from, event) !== undefined;
}

/** The status after `event`; throws on a transition the lifecycle forbids (a bug in the caller). */
export function transitionStatus(from: ExecutionStatus, event: LifecycleEvent): ExecutionStatus {
  const to = transitionOrUndefined(from, event);
  if (!to) throw new Error(`bug: execution cannot go from ${from} on ${event}`);
  return to;
}

function transitionOrUndefined(from: ExecutionStatus, event: LifecycleEvent): ExecutionStatus | undefined {
  const snapshot = executionLifecycle.resolveState({ value: from });
  const next = getNextSnapshot(executionLifecycle, snapshot, { type: event });
  const to = next.value as ExecutionStatus;
  return to === from ? undefined : to;
}
