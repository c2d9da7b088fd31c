import type { MapState } from '@durastep/state-language';
import type { ContainerProgress, Run } from '../model/execution-state.js';
import { startMapItems } from '../states/map-items.js';
import { canTransition, transitionStatus } from './execution-lifecycle.js';
import type { StepContext } from './step-context.js';
import { enterState } from './transitions.js';
import { startExecutionTimer } from './timers.js';

/**
 * RedriveExecution: a FAILED, TIMED_OUT or ABORTED execution continues from the states that did not
 * succeed. Map iterations and Parallel branches that succeeded keep their results; the others
 * restart at the state where they stopped, with fresh retry counters.
 */
export function redriveExecution(ctx: StepContext): void {
  const { state } = ctx;
  if (!canTransition(state.status, 'REDRIVE')) return;
  state.status = transitionStatus(state.status, 'REDRIVE');
  state.redriveCount += 1;
  delete state.failure;
  delete state.stopTime;
  const root = ctx.run('root');
  ctx.emit(root, 'ExecutionRedriven', 'executionRedrivenEventDetails', { redriveCount: state.redriveCount });
  // AWS: "the state machine level timeout, if defined, is reset to 0" (it starts over).
  if (ctx.def.TimeoutSeconds !== undefined) startExecutionTimer(ctx, root, ctx.def.TimeoutSeconds);
  restartRun(ctx, root);
}

function restartRun(ctx: StepContext, run: Run): void {
  run.status = 'active';
  delete run.failure;
  const active = run.current;
  if (!active) return enterState(ctx, run, ctx.machineOf(run).StartAt, ctx.state.input);
  const container = active.container;
  if (!container) return enterState(ctx, run, active.name, active.input);
  container.failed = 0;
  container.running = 0;
  const unsuccessful: number[] = [];
  for (let i = 0; i < Math.min(container.nextIndex, container.children.length); i++) {
    const child = container.children[i] ? ctx.runs.get(container.children[i]) : undefined;
    if (child && child.status !== 'succeeded') unsuccessful.push(i);
  }
  const state = ctx.stateOf(run, active.name);
  if (state.Type !== 'Map') return unsuccessful.forEach((i) => restartChild(ctx, container, i));
  // Map iterations restart within MaxConcurrency (startMapItems takes them before new items).
  container.redrive = unsuccessful;
  startMapItems(ctx, run, state as MapState, container);
}

/** Restarts an unsuccessful Map iteration or Parallel branch at the state where it stopped. */
export function restartChild(ctx: StepContext, container: ContainerProgress, index: number): void {
  container.running += 1;
  restartRun(ctx, ctx.run(container.children[index]));
}
