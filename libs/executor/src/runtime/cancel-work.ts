import type { StepContext } from './step-context.js';

/** Cancels every outstanding task and timer (the execution ended), and aborts still-active states. */
export function cancelAllWork(ctx: StepContext, abortReason: string | undefined): void {
  const { state } = ctx;
  // for-in, not Object.keys: no array for the usual case of nothing outstanding.
  for (const taskId in state.tasks) {
    ctx.command({ type: 'CancelTask', taskId });
    delete state.tasks[taskId];
  }
  for (const timerId in state.timers) {
    ctx.command({ type: 'CancelTimer', timerId });
    delete state.timers[timerId];
  }
  if (abortReason === 'ABORTED' || abortReason === 'TIMED_OUT') {
    ctx.runs.forEach((run) => {
      if (run.status === 'active') run.status = 'aborted';
    });
  }
}

/** Cancels the task and timers held by one run's current state. */
export function cancelRunWork(ctx: StepContext, runId: string): void {
  const { state } = ctx;
  for (const [taskId, task] of Object.entries(state.tasks)) {
    if (task.runId !== runId) continue;
    ctx.command({ type: 'CancelTask', taskId });
    delete state.tasks[taskId];
  }
  for (const [timerId, timer] of Object.entries(state.timers)) {
    if (timer.runId !== runId) continue;
    ctx.command({ type: 'CancelTimer', timerId });
    delete state.timers[timerId];
  }
}
