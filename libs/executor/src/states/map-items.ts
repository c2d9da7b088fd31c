import type { Json, MapState } from '@durastep/state-language';
import type { ContainerProgress, Run } from '../model/execution-state.js';
import { childRunIdPrefix, startChildRun } from '../runtime/child-runs.js';
import { Evaluator } from '../runtime/evaluator.js';
import { restartChild } from '../runtime/redrive.js';
import type { StepContext } from '../runtime/step-context.js';

/** Starts iterations (first those a redrive restarts) while below MaxConcurrency (0 = no limit) and items remain. */
export function startMapItems(ctx: StepContext, run: Run, state: MapState, c: ContainerProgress): void {
  const distributed = state.processorMode === 'DISTRIBUTED';
  let idPrefix: string | undefined; // on the first start: most calls (an iteration ended) start none, or one
  while (c.redrive?.length && (c.maxConcurrency === 0 || c.running < c.maxConcurrency))
    restartChild(ctx, c, c.redrive.shift()!);
  while (c.nextIndex < c.items.length && (c.maxConcurrency === 0 || c.running < c.maxConcurrency)) {
    const index = c.nextIndex++;
    const value = c.items[index];
    c.running += 1;
    const input = itemInput(ctx, run, state, c, index, value);
    if (!distributed)
      ctx.emit(run, 'MapIterationStarted', 'mapIterationStartedEventDetails', { name: state.name, index });
    c.children[index] = startChildRun(
      ctx,
      run,
      state.name,
      '',
      index,
      input,
      { index, value },
      (idPrefix ??= childRunIdPrefix(run)),
    ).id;
  }
}

function itemInput(
  ctx: StepContext,
  run: Run,
  state: MapState,
  c: ContainerProgress,
  index: number,
  value: Json,
): Json {
  const selector = state.ItemSelector ?? state.Parameters;
  if (selector === undefined) return value;
  const ev = new Evaluator(ctx, run, run.current!, { mapItem: { index, value } });
  if (state.queryLanguage === 'JSONata')
    return ev.jsonata(selector, { input: run.current!.input }, 'ItemSelector');
  return ev.template(selector, c.stateInput, 'ItemSelector');
}

/** Whether any iteration is still to start (or, after a redrive, to restart). */
export function hasItemsToStart(c: ContainerProgress): boolean {
  return c.nextIndex < c.items.length || (c.redrive !== undefined && c.redrive.length > 0);
}

/** Whether the failures so far exceed ToleratedFailureCount / ToleratedFailurePercentage (default 0). */
export function exceedsTolerance(c: ContainerProgress): boolean {
  const total = c.items.length;
  const countOk = c.toleratedFailureCount >= 0 && c.failed <= c.toleratedFailureCount;
  const pctOk =
    c.toleratedFailurePercentage >= 0 &&
    total > 0 &&
    (100 * c.failed) / total <= c.toleratedFailurePercentage;
  return !(countOk || pctOk);
}
