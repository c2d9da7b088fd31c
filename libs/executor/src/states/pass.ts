import type { PassState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import { inputToOutput, resultToOutput } from '../runtime/state-output.js';
import type { StepContext } from '../runtime/step-context.js';
import { exitState } from '../runtime/transitions.js';

export function executePass(ctx: StepContext, run: Run, state: PassState, active: ActiveState): void {
  if (passesInputThrough(state)) return exitState(ctx, run, state, active.input);
  const ev = new Evaluator(ctx, run, active);
  if (state.queryLanguage === 'JSONata') {
    const { output, assigned } = inputToOutput(ev, state, active.input);
    return exitState(ctx, run, state, output, assigned);
  }
  const effective = ev.inputPath(state.InputPath, active.input);
  const result =
    state.Parameters !== undefined
      ? ev.template(state.Parameters, effective, 'Parameters')
      : state.Result !== undefined
        ? state.Result
        : effective;
  const { output, assigned } = resultToOutput(ev, state, active.input, result);
  exitState(ctx, run, state, output, assigned);
}

/** A JSONPath Pass without data-flow fields outputs its input as is: no evaluator needed. */
function passesInputThrough(state: PassState): boolean {
  return (
    state.queryLanguage === 'JSONPath' &&
    state.InputPath === undefined &&
    state.Parameters === undefined &&
    state.Result === undefined &&
    state.ResultPath === undefined &&
    state.OutputPath === undefined &&
    state.Assign === undefined
  );
}
