import type { SucceedState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import { inputToOutput } from '../runtime/state-output.js';
import type { StepContext } from '../runtime/step-context.js';
import { exitState } from '../runtime/transitions.js';

export function executeSucceed(ctx: StepContext, run: Run, state: SucceedState, active: ActiveState): void {
  const { output } = inputToOutput(new Evaluator(ctx, run, active), state, active.input);
  exitState(ctx, run, state, output);
}
