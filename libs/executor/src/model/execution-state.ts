import type { Failure, Json } from '@durastep/state-language';
import type { ExecutionIdentity } from './execution-event.js';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/**
 * Everything the executor needs to continue an execution: the fold of its events. Versioned JSON of
 * our own (never a library snapshot), so it can be persisted and read back by a newer release.
 */
export type ExecutionState = {
  version: 1;
  status: ExecutionStatus;
  identity: ExecutionIdentity;
  input: Json;
  startTime: number;
  seed: string;
  redriveCount: number;
  /** How many random draws were made (the PRNG is a pure function of seed + counter). */
  randomDraws: number;
  /** The id the next history event gets. */
  nextEventId: number;
  /** Threads of control: the root run and one per Parallel branch / Map iteration. */
  runs: Record<string, Run>;
  tasks: Record<string, PendingTask>;
  timers: Record<string, PendingTimer>;
  output?: Json;
  failure?: Failure;
  stopTime?: number;
};

export type RunStatus = 'active' | 'succeeded' | 'failed' | 'aborted';

export type Run = {
  id: string;
  /** Which (sub-)machine this run executes: '' for the top level, else `state#branch` segments joined by '/'. */
  machine: string;
  parent?: { runId: string; index: number };
  variables: Record<string, Json>;
  lastEventId: number;
  status: RunStatus;
  /** The state being executed (kept after a failure, so redrive can restart it). */
  current?: ActiveState;
  output?: Json;
  failure?: Failure;
  /** Runs of a distributed Map are child executions: their events are not in this history. */
  hidden?: boolean;
  /** Map iterations: the item, for $$.Map.Item. */
  item?: { index: number; value: Json };
};

export type ActiveState = {
  name: string;
  input: Json;
  enteredEventId: number;
  enteredTime: number;
  retryCount: number;
  /** Attempts made per retrier (index into Retry). */
  retrierAttempts: number[];
  taskId?: string;
  timerIds?: string[];
  container?: ContainerProgress;
};

export type ContainerProgress = {
  kind: 'Parallel' | 'Map';
  /** Child run ids by branch/item index ('' when the item has not started yet). */
  children: string[];
  results: (Json | undefined)[];
  /** Index of the next Map item to start. */
  nextIndex: number;
  /** After a redrive: Map iterations still to restart, in order, as MaxConcurrency allows. */
  redrive?: number[];
  running: number;
  succeeded: number;
  failed: number;
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  /** The Map's effective items, or the Parallel's effective input per branch. */
  items: Json[];
  /** Map ItemSelector / BatchInput context needs the state's effective input. */
  stateInput: Json;
};

export type PendingTask = {
  runId: string;
  stateName: string;
  resource: string;
  resourceType: string;
  lambda: boolean;
  timeoutTimerId?: string;
  heartbeatTimerId?: string;
  heartbeatSeconds?: number;
};

export type PendingTimer = {
  runId: string;
  purpose: 'wait' | 'retry' | 'task-timeout' | 'heartbeat' | 'execution-timeout';
  taskId?: string;
  fireAt: number;
};
