import { States, type Failure, type Json, type TaskState } from '@durastep/state-language';
import { failState } from '../error-handling/fail-state.js';
import type { PendingTask } from '../model/execution-state.js';
import { continueState } from '../runtime/execute-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import { dataLimitCause, exceedsPayloadLimit } from '../runtime/payload-limit.js';
import { resultToOutput } from '../runtime/state-output.js';
import type { StepContext } from '../runtime/step-context.js';
import { cancelTimer, startTaskTimer } from '../runtime/timers.js';
import { exitState } from '../runtime/transitions.js';
import { describeResource } from './resource.js';
import { NOT_TRUNCATED } from '../model/not-truncated.js';

/** Takes a pending task out of the state (a result or timeout for an unknown task is stale: ignored). */
function takeTask(ctx: StepContext, taskId: string): PendingTask | undefined {
  const task = ctx.state.tasks[taskId];
  if (!task) return undefined;
  delete ctx.state.tasks[taskId];
  cancelTimer(ctx, task.timeoutTimerId);
  cancelTimer(ctx, task.heartbeatTimerId);
  return task;
}

export function taskSucceeded(ctx: StepContext, taskId: string, output: Json): void {
  const pendingTask = ctx.state.tasks[taskId];
  if (pendingTask && exceedsPayloadLimit(output)) {
    // An oversized result fails the task (catchable, as AWS records), named by its resource.
    const name = pendingTask.lambda ? pendingTask.resource : pendingTask.resourceType;
    return taskFailed(ctx, taskId, { error: States.DataLimitExceeded, cause: dataLimitCause(name) });
  }
  const task = takeTask(ctx, taskId);
  if (!task) return;
  const run = ctx.run(task.runId);
  const state = ctx.stateOf(run, task.stateName) as TaskState;
  if (task.lambda)
    ctx.emit(run, 'LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails', {
      output,
      outputDetails: NOT_TRUNCATED,
    });
  else
    ctx.emit(run, 'TaskSucceeded', 'taskSucceededEventDetails', {
      resourceType: task.resourceType,
      resource: resourceName(task),
      output,
      outputDetails: NOT_TRUNCATED,
    });
  continueState(ctx, run, state, () => {
    const active = run.current!;
    const { output: stateOutput, assigned } = resultToOutput(
      new Evaluator(ctx, run, active),
      state,
      active.input,
      output,
    );
    exitState(ctx, run, state, stateOutput, assigned);
  });
}

export function taskFailed(
  ctx: StepContext,
  taskId: string,
  failure: Failure,
  kind: 'failed' | 'timed-out' = 'failed',
): void {
  const task = takeTask(ctx, taskId);
  if (!task) return;
  const run = ctx.run(task.runId);
  const details: Record<string, Json> = {};
  if (!task.lambda) Object.assign(details, { resourceType: task.resourceType, resource: resourceName(task) });
  if (failure.error !== undefined) details.error = failure.error;
  if (failure.cause !== undefined) details.cause = failure.cause;
  if (kind === 'timed-out') {
    ctx.command({ type: 'CancelTask', taskId });
    if (task.lambda) ctx.emit(run, 'LambdaFunctionTimedOut', 'lambdaFunctionTimedOutEventDetails', details);
    else ctx.emit(run, 'TaskTimedOut', 'taskTimedOutEventDetails', details);
  } else if (task.lambda) ctx.emit(run, 'LambdaFunctionFailed', 'lambdaFunctionFailedEventDetails', details);
  else ctx.emit(run, 'TaskFailed', 'taskFailedEventDetails', details);
  failState(ctx, run, ctx.stateOf(run, task.stateName), failure);
}

export function taskHeartbeat(ctx: StepContext, taskId: string): void {
  const task = ctx.state.tasks[taskId];
  if (!task || task.heartbeatSeconds === undefined) return;
  cancelTimer(ctx, task.heartbeatTimerId);
  task.heartbeatTimerId = startTaskTimer(
    ctx,
    ctx.run(task.runId),
    'heartbeat',
    task.heartbeatSeconds,
    taskId,
  );
}

export function taskTimedOut(ctx: StepContext, taskId: string, purpose: 'task-timeout' | 'heartbeat'): void {
  const error = purpose === 'heartbeat' ? States.HeartbeatTimeout : States.Timeout;
  taskFailed(ctx, taskId, { error, cause: '' }, 'timed-out');
}

function resourceName(task: PendingTask): string {
  return describeResource(task.resource).resource;
}
