import type { PendingTimer, Run } from '../model/execution-state.js';
import type { StepContext } from './step-context.js';

/** The latest instant a timestamp can hold (JS Date's limit): a longer wait or backoff waits until then. */
export const MAX_TIME_MS = 8.64e15;

function startTimer(
  ctx: StepContext,
  run: Run,
  purpose: PendingTimer['purpose'],
  fireAt: number,
  taskId?: string,
): string {
  fireAt = Math.min(fireAt, MAX_TIME_MS);
  const timerId = `${run.id}:${purpose}:${ctx.state.nextEventId}`;
  ctx.state.timers[timerId] = taskId
    ? { runId: run.id, purpose, fireAt, taskId }
    : { runId: run.id, purpose, fireAt };
  ctx.command({ type: 'StartTimer', timerId, fireAt });
  return timerId;
}

export function startRetryTimer(ctx: StepContext, run: Run, delayMs: number): string {
  return startTimer(ctx, run, 'retry', ctx.at + delayMs);
}

export function startWaitTimer(ctx: StepContext, run: Run, fireAt: number): string {
  return startTimer(ctx, run, 'wait', fireAt);
}

export function startTaskTimer(
  ctx: StepContext,
  run: Run,
  purpose: 'task-timeout' | 'heartbeat',
  seconds: number,
  taskId: string,
): string {
  return startTimer(ctx, run, purpose, ctx.at + seconds * 1000, taskId);
}

export function startExecutionTimer(ctx: StepContext, run: Run, seconds: number): string {
  return startTimer(ctx, run, 'execution-timeout', ctx.at + seconds * 1000);
}

export function cancelTimer(ctx: StepContext, timerId: string | undefined): void {
  if (!timerId || !ctx.state.timers[timerId]) return;
  delete ctx.state.timers[timerId];
  ctx.command({ type: 'CancelTimer', timerId });
}
