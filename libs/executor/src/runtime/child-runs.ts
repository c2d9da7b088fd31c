import type { Json } from '@durastep/state-language';
import type { Run } from '../model/execution-state.js';
import { childMachineKey } from './find-machine.js';
import type { StepContext } from './step-context.js';
import { enterState } from './transitions.js';
import { cancelRunWork } from './cancel-work.js';

/** The ids of the children of `parent`'s current container state, but for the index. */
export function childRunIdPrefix(parent: Run): string {
  const active = parent.current!;
  return `${parent.id}/${active.enteredEventId}.${active.retryCount}.`;
}

/**
 * Starts a Parallel branch (branch index) or a Map iteration (branch '') as a child run. Callers
 * starting many pass `idPrefix`, computed once: each id is then one concatenation.
 */
export function startChildRun(
  ctx: StepContext,
  parent: Run,
  stateName: string,
  branch: number | '',
  index: number,
  input: Json,
  item?: Run['item'],
  idPrefix = childRunIdPrefix(parent),
): Run {
  const state = ctx.stateOf(parent, stateName);
  const id = idPrefix + index;
  const child: Run = {
    id,
    machine: childMachineKey(parent.machine, state, branch),
    parent: { runId: parent.id, index },
    variables: { ...parent.variables },
    lastEventId: parent.lastEventId,
    status: 'active',
  };
  if (item) child.item = item;
  if (parent.hidden || (state.Type === 'Map' && state.processorMode === 'DISTRIBUTED')) child.hidden = true;
  ctx.runs.add(child);
  enterState(ctx, child, ctx.machineOf(child).StartAt, input);
  return child;
}

/** Aborts a still-active run and everything under it, with AWS's …Aborted events. */
export function abortRun(ctx: StepContext, run: Run, mapStateName?: string): void {
  if (run.status !== 'active') return;
  run.status = 'aborted';
  cancelRunWork(ctx, run.id);
  const active = run.current;
  if (active) {
    const container = active.container;
    if (container) {
      const state = ctx.stateOf(run, active.name);
      for (const childId of container.children) {
        const child = childId ? ctx.runs.get(childId) : undefined;
        if (child) abortRun(ctx, child, state.Type === 'Map' ? state.name : undefined);
      }
    }
    const state = ctx.stateOf(run, active.name);
    if (state.Type !== 'Fail' && state.Type !== 'Succeed')
      ctx.emit(run, `${state.Type}StateAborted`, 'stateExitedEventDetails', { name: active.name });
  }
  if (mapStateName !== undefined && run.parent && !isDistributed(ctx, run)) {
    ctx.emit(run, 'MapIterationAborted', 'mapIterationAbortedEventDetails', {
      name: mapStateName,
      index: run.parent.index,
    });
  }
}

export function isDistributed(ctx: StepContext, child: Run): boolean {
  if (!child.parent) return false;
  const parent = ctx.run(child.parent.runId);
  const state = parent.current ? ctx.stateOf(parent, parent.current.name) : undefined;
  return state?.Type === 'Map' && state.processorMode === 'DISTRIBUTED';
}
