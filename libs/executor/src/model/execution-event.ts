import type { Json } from '@durastep/state-language';

/**
 * Inputs to `advance`: facts that happened outside the pure executor. Time (`at`, epoch ms) and
 * randomness (`seed`) arrive inside them, so replaying the same events gives the same history.
 */
export type ExecutionEvent =
  | {
      readonly type: 'ExecutionStarted';
      readonly at: number;
      readonly input: Json;
      readonly execution: ExecutionIdentity;
      /** Seeds MathRandom/UUID/jitter for this execution. */
      readonly seed: string;
    }
  | { readonly type: 'TaskSucceeded'; readonly at: number; readonly taskId: string; readonly output: Json }
  | {
      readonly type: 'TaskFailed';
      readonly at: number;
      readonly taskId: string;
      readonly error: string;
      readonly cause?: string;
    }
  | { readonly type: 'TaskHeartbeat'; readonly at: number; readonly taskId: string }
  | { readonly type: 'TimerFired'; readonly at: number; readonly timerId: string }
  | {
      readonly type: 'StopRequested';
      readonly at: number;
      readonly error?: string;
      readonly cause?: string;
      /** Ends the execution TIMED_OUT instead of ABORTED (an Express execution past its time). */
      readonly timedOut?: boolean;
    }
  | { readonly type: 'RedriveRequested'; readonly at: number };

export type ExecutionIdentity = {
  readonly executionArn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly roleArn: string;
  readonly region: string;
  readonly account: string;
};
