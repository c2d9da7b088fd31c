import type { Failure, Json } from '@durastep/state-language';
import type { StepContext } from './step-context.js';
import { transitionStatus } from './execution-lifecycle.js';
import { cancelAllWork } from './cancel-work.js';
import { NOT_TRUNCATED } from '../model/not-truncated.js';

type Outcome =
  { status: 'SUCCEEDED'; output: Json } | { status: 'FAILED' | 'TIMED_OUT' | 'ABORTED'; failure: Failure };

/** Ends the execution: its closing history event, cancelled outstanding work, a CompleteExecution command. */
export function completeExecution(ctx: StepContext, outcome: Outcome): void {
  const { state } = ctx;
  if (state.status !== 'RUNNING') return;
  state.status = transitionStatus(state.status, outcome.status);
  state.stopTime = ctx.at;
  cancelAllWork(ctx, outcome.status === 'SUCCEEDED' ? undefined : outcome.status);
  const root = ctx.run('root');
  if (outcome.status === 'SUCCEEDED') {
    state.output = outcome.output;
    ctx.emit(root, 'ExecutionSucceeded', 'executionSucceededEventDetails', {
      output: outcome.output,
      outputDetails: NOT_TRUNCATED,
    });
    ctx.command({ type: 'CompleteExecution', status: 'SUCCEEDED', output: outcome.output });
    return;
  }
  const { failure } = outcome;
  state.failure = failure;
  const type = { FAILED: 'ExecutionFailed', TIMED_OUT: 'ExecutionTimedOut', ABORTED: 'ExecutionAborted' }[
    outcome.status
  ];
  const key = {
    FAILED: 'executionFailedEventDetails',
    TIMED_OUT: 'executionTimedOutEventDetails',
    ABORTED: 'executionAbortedEventDetails',
  }[outcome.status];
  const details: Record<string, Json> = {};
  if (failure.error !== undefined) details.error = failure.error;
  if (failure.cause !== undefined) details.cause = failure.cause;
  ctx.emit(root, type, key, details);
  ctx.command({
    type: 'CompleteExecution',
    status: outcome.status,
    error: failure.error,
    cause: failure.cause,
  });
}
