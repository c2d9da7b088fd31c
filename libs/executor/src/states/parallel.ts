import type { Json, ParallelState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { startChildRun } from '../runtime/child-runs.js';
import { Evaluator } from '../runtime/evaluator.js';
import type { StepContext } from '../runtime/step-context.js';

/** Starts every branch as a child run on the same input; the last one to succeed completes the state. */
export function executeParallel(ctx: StepContext, run: Run, state: ParallelState, active: ActiveState): void {
  const ev = new Evaluator(ctx, run, active);
  let input: Json;
  if (state.queryLanguage === 'JSONata') {
    input =
      state.Arguments !== undefined
        ? ev.jsonata(state.Arguments, { input: active.input }, 'Arguments')
        : active.input;
  } else {
    const effective = ev.inputPath(state.InputPath, active.input);
    input =
      state.Parameters !== undefined ? ev.template(state.Parameters, effective, 'Parameters') : effective;
  }
  const n = state.Branches.length;
  active.container = {
    kind: 'Parallel',
    children: new Array<string>(n).fill(''),
    results: new Array<Json | undefined>(n).fill(undefined),
    nextIndex: n,
    running: n,
    succeeded: 0,
    failed: 0,
    maxConcurrency: 0,
    toleratedFailureCount: -1,
    toleratedFailurePercentage: -1,
    items: state.Branches.map(() => input),
    stateInput: input,
  };
  ctx.emit(run, 'ParallelStateStarted');
  for (let i = 0; i < n; i++)
    active.container.children[i] = startChildRun(ctx, run, state.name, i, i, input).id;
}
