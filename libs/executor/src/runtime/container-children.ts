import { States, type Failure, type Json, type MapState, type ParallelState } from '@durastep/state-language';
import type { ContainerProgress, Run } from '../model/execution-state.js';
import { failState } from '../error-handling/fail-state.js';
import { startMapItems, exceedsTolerance, hasItemsToStart } from '../states/map-items.js';
import { abortRun } from './child-runs.js';
import { continueState } from './execute-state.js';
import { Evaluator } from './evaluator.js';
import { resultToOutput } from './state-output.js';
import type { StepContext } from './step-context.js';
import { exitState } from './transitions.js';

type Owner = { parent: Run; state: ParallelState | MapState; container: ContainerProgress };

function ownerOf(ctx: StepContext, child: Run): Owner | undefined {
  const parent = ctx.runs.get(child.parent!.runId);
  const container = parent?.current?.container;
  if (
    !parent ||
    parent.status !== 'active' ||
    !container ||
    container.children[child.parent!.index] !== child.id
  )
    return undefined;
  const state = ctx.stateOf(parent, parent.current!.name) as ParallelState | MapState;
  return { parent, state, container };
}

const distributed = (state: ParallelState | MapState) =>
  state.Type === 'Map' && state.processorMode === 'DISTRIBUTED';

export function notifyParentOfSuccess(ctx: StepContext, child: Run, output: Json): void {
  const owner = ownerOf(ctx, child);
  if (!owner) return;
  const { parent, state, container } = owner;
  const index = child.parent!.index;
  container.results[index] = output;
  container.succeeded += 1;
  container.running -= 1;
  ctx.runs.remove(child);
  container.children[index] = '';
  if (state.Type === 'Map') {
    if (!distributed(state))
      ctx.emit(child, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', {
        name: state.name,
        index,
      });
    if (hasItemsToStart(container))
      continueState(ctx, parent, state, () => startMapItems(ctx, parent, state, container));
  }
  maybeFinish(ctx, parent, state, container);
}

export function notifyParentOfFailure(ctx: StepContext, child: Run, failure: Failure): void {
  const owner = ownerOf(ctx, child);
  if (!owner) return;
  const { parent, state, container } = owner;
  const index = child.parent!.index;
  container.failed += 1;
  container.running -= 1;
  if (state.Type === 'Map') {
    if (!distributed(state))
      ctx.emit(child, 'MapIterationFailed', 'mapIterationFailedEventDetails', { name: state.name, index });
    container.results[index] = null;
    if (!exceedsTolerance(container)) {
      continueState(ctx, parent, state, () => startMapItems(ctx, parent, state, container));
      return maybeFinish(ctx, parent, state, container);
    }
  }
  if (state.Type === 'Parallel' && child.current) {
    const failedState = ctx.stateOf(child, child.current.name);
    if (failedState.Type !== 'Fail') ctx.emit(child, `${failedState.Type}StateAborted`);
  }
  for (const id of container.children) {
    const other = id ? ctx.runs.get(id) : undefined;
    if (other && other.status === 'active')
      abortRun(ctx, other, state.Type === 'Map' && !distributed(state) ? state.name : undefined);
  }
  const tolerated =
    state.Type === 'Map' &&
    (container.toleratedFailureCount >= 0 || container.toleratedFailurePercentage >= 0);
  const reported: Failure = tolerated
    ? {
        error: States.ExceedToleratedFailureThreshold,
        cause: 'The specified tolerated failure threshold was exceeded',
      }
    : failure;
  if (distributed(state))
    ctx.emit(parent, 'MapRunFailed', 'mapRunFailedEventDetails', {
      error: reported.error,
      ...(reported.cause !== undefined ? { cause: reported.cause } : {}),
    });
  failState(ctx, parent, state, reported, () => ctx.emit(parent, `${state.Type}StateFailed`));
}

function maybeFinish(
  ctx: StepContext,
  parent: Run,
  state: ParallelState | MapState,
  container: ContainerProgress,
): void {
  if (parent.status !== 'active' || parent.current?.container !== container) return;
  if (container.succeeded + container.failed < container.items.length) return;
  if (distributed(state)) ctx.emit(parent, 'MapRunSucceeded');
  ctx.emit(parent, `${state.Type}StateSucceeded`);
  const results = container.results as Json[];
  continueState(ctx, parent, state, () => {
    const active = parent.current!;
    const { output, assigned } = resultToOutput(
      new Evaluator(ctx, parent, active),
      state,
      active.input,
      results,
    );
    exitState(ctx, parent, state, output, assigned);
  });
}
