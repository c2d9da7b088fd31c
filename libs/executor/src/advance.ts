import type { Definition } from '@durastep/state-language';
import type { Command } from './model/command.js';
import type { ExecutionEvent } from './model/execution-event.js';
import type { ExecutionState } from './model/execution-state.js';
import type { HistoryEvent } from './model/history-event.js';
import { startExecution } from './runtime/start-execution.js';
import { StepContext } from './runtime/step-context.js';
import { completeExecution } from './runtime/complete-execution.js';
import { fireTimer } from './runtime/fire-timer.js';
import { redriveExecution } from './runtime/redrive.js';
import { taskFailed, taskHeartbeat, taskSucceeded } from './tasks/task-outcome.js';
import { startExecutionTimer } from './runtime/timers.js';
import { enterState } from './runtime/transitions.js';
import { NOT_TRUNCATED } from './model/not-truncated.js';

export type Step = { state: ExecutionState; events: HistoryEvent[]; commands: Command[] };

/**
 * The one function that drives every execution: the worker, replay, redrive and tests all call it.
 * It is deterministic (time and randomness come inside `event`) and does no I/O. It takes ownership
 * of `state` (mutates and returns it); pass a copy if you need the old one.
 */
export function advance(def: Definition, state: ExecutionState | undefined, event: ExecutionEvent): Step {
  if (event.type === 'ExecutionStarted') {
    if (state) throw new Error('bug: ExecutionStarted for an execution that already started');
    const ctx = new StepContext(def, startExecution(event), event.at);
    const root = ctx.run('root');
    ctx.emit(root, 'ExecutionStarted', 'executionStartedEventDetails', {
      input: event.input,
      inputDetails: NOT_TRUNCATED,
      roleArn: event.execution.roleArn,
      stateMachineArn: event.execution.stateMachineArn,
    });
    startRoot(ctx);
    return finish(ctx);
  }
  if (!state) throw new Error(`bug: ${event.type} before ExecutionStarted`);
  const ctx = new StepContext(def, state, event.at);
  applyEvent(ctx, event);
  return finish(ctx);
}

function applyEvent(ctx: StepContext, event: Exclude<ExecutionEvent, { type: 'ExecutionStarted' }>): void {
  switch (event.type) {
    case 'TaskSucceeded':
      return whileRunning(ctx, () => taskSucceeded(ctx, event.taskId, event.output));
    case 'TaskFailed':
      return whileRunning(ctx, () =>
        taskFailed(
          ctx,
          event.taskId,
          event.cause === undefined ? { error: event.error } : { error: event.error, cause: event.cause },
        ),
      );
    case 'TaskHeartbeat':
      return whileRunning(ctx, () => taskHeartbeat(ctx, event.taskId));
    case 'TimerFired':
      return whileRunning(ctx, () => fireTimer(ctx, event.timerId));
    case 'StopRequested':
      return whileRunning(ctx, () =>
        completeExecution(ctx, {
          status: event.timedOut ? 'TIMED_OUT' : 'ABORTED',
          failure: { error: event.error as string, cause: event.cause },
        }),
      );
    case 'RedriveRequested':
      return redriveExecution(ctx);
    default:
      return assertNever(event);
  }
}

function startRoot(ctx: StepContext): void {
  const root = ctx.run('root');
  if (ctx.def.TimeoutSeconds !== undefined) startExecutionTimer(ctx, root, ctx.def.TimeoutSeconds);
  enterState(ctx, root, ctx.def.StartAt, ctx.state.input);
}

function whileRunning(ctx: StepContext, work: () => void): void {
  if (ctx.state.status === 'RUNNING') work();
}

function finish(ctx: StepContext): Step {
  ctx.drain();
  ctx.runs.settle();
  return { state: ctx.state, events: ctx.events, commands: ctx.commands };
}

function assertNever(x: never): never {
  throw new Error(`bug: unexpected event ${JSON.stringify(x)}`);
}
