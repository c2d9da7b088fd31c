import type { State } from '@durastep/state-language';
import { failState } from '../error-handling/fail-state.js';
import { withStateFailure } from '../error-handling/state-failure.js';
import type { ActiveState, Run } from '../model/execution-state.js';
import { executeChoice } from '../states/choice.js';
import { executeFail } from '../states/fail.js';
import { executeMap } from '../states/map.js';
import { executeParallel } from '../states/parallel.js';
import { executePass } from '../states/pass.js';
import { executeSucceed } from '../states/succeed.js';
import { executeTask } from '../states/task.js';
import { executeWait } from '../states/wait.js';
import type { StepContext } from './step-context.js';

/** Runs (or, after a retry timer, re-runs) the action of a run's current state. */
export function executeState(ctx: StepContext, run: Run, state: State, active: ActiveState): void {
  try {
    switch (state.Type) {
      case 'Pass':
        return executePass(ctx, run, state, active);
      case 'Task':
        return executeTask(ctx, run, state, active);
      case 'Choice':
        return executeChoice(ctx, run, state, active);
      case 'Wait':
        return executeWait(ctx, run, state, active);
      case 'Succeed':
        return executeSucceed(ctx, run, state, active);
      case 'Fail':
        return executeFail(ctx, run, state, active);
      case 'Parallel':
        return executeParallel(ctx, run, state, active);
      case 'Map':
        return executeMap(ctx, run, state, active);
      default:
        return assertNever(state);
    }
  } catch (e) {
    failState(ctx, run, state, withStateFailure(ctx, run, active, e));
  }
}

/** Runs `work` for a state that is already under way (a result or timer arrived); failures go to Retry/Catch. */
export function continueState(ctx: StepContext, run: Run, state: State, work: () => void): void {
  try {
    work();
  } catch (e) {
    const active = run.current;
    if (!active) throw e;
    failState(ctx, run, state, withStateFailure(ctx, run, active, e));
  }
}

function assertNever(x: never): never {
  throw new Error(`bug: unexpected state ${JSON.stringify(x)}`);
}
