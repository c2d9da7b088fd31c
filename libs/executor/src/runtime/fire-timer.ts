import type { WaitState } from '@durastep/state-language';
import { finishWait } from '../states/wait.js';
import { taskTimedOut } from '../tasks/task-outcome.js';
import { completeExecution } from './complete-execution.js';
import { continueState } from './execute-state.js';
import type { StepContext } from './step-context.js';

/** A durable timer is due: finish a Wait, retry a state, time out a task or the whole execution. */
export function fireTimer(ctx: StepContext, timerId: string): void {
  const timer = ctx.state.timers[timerId];
  if (!timer) return; // cancelled or already fired: stale
  delete ctx.state.timers[timerId];
  const run = ctx.runs.get(timer.runId);
  switch (timer.purpose) {
    case 'execution-timeout':
      return completeExecution(ctx, { status: 'TIMED_OUT', failure: { error: 'States.Timeout' } });
    case 'task-timeout':
    case 'heartbeat':
      return taskTimedOut(ctx, timer.taskId!, timer.purpose);
    case 'wait': {
      if (!run || run.status !== 'active' || !run.current) return;
      const state = ctx.stateOf(run, run.current.name) as WaitState;
      ctx.schedule(() => continueState(ctx, run, state, () => finishWait(ctx, run, state)));
      return;
    }
    case 'retry': {
      if (!run || run.status !== 'active' || !run.current) return;
      const active = run.current;
      const state = ctx.stateOf(run, active.name);
      if (state.Type === 'Map' || state.Type === 'Parallel') active.container = undefined;
      ctx.schedule(() => ctx.execute(run, state, active));
      return;
    }
  }
}
