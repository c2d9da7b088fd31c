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

const STATUSES: ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];
const EVENTS: LifecycleEvent[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'REDRIVE'];

// The machine is the single source of truth; its transitions are tabulated once at load time so
// the hot path (every execution end) is two property reads instead of an xstate microstep.
const TABLE = {} as Record<ExecutionStatus, Partial<Record<LifecycleEvent, ExecutionStatus>>>;
for (const from of STATUSES) {
  TABLE[from] = {};
  for (const event of EVENTS) {
    const to = transitionWithMachine(from, event);
    if (to) TABLE[from][event] = to;
  }
}

export function canTransition(from: ExecutionStatus, event: LifecycleEvent): boolean {
  return TABLE[from]?.[event] !== undefined;
}

/** The status after `event`; throws on a transition the lifecycle forbids (a bug in the caller). */
export function transitionStatus(from: ExecutionStatus, event: LifecycleEvent): ExecutionStatus {
  const to = TABLE[from]?.[event];
  if (!to) throw new Error(`bug: execution cannot go from ${from} on ${event}`);
  return to;
}

function transitionWithMachine(from: ExecutionStatus, event: LifecycleEvent): ExecutionStatus | undefined {
  const snapshot = executionLifecycle.resolveState({ value: from });
  const next = getNextSnapshot(executionLifecycle, snapshot, { type: event });
  const to = next.value as ExecutionStatus;
  return to === from ? undefined : to;
}
