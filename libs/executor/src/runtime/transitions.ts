import { type Failure, type Json, type JsonObject, type State } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { completeExecution } from './complete-execution.js';
import { notifyParentOfFailure, notifyParentOfSuccess } from './container-children.js';
import type { StepContext } from './step-context.js';
import { checkPayloadSize } from './payload-limit.js';
import { NOT_TRUNCATED } from '../model/not-truncated.js';
import { STATE_ENTERED, STATE_EXITED } from '../model/state-event-types.js';

/** Schedules entering state `name` of `run` with `input`; runs from the step's work queue. */
export function enterState(ctx: StepContext, run: Run, name: string, input: Json): void {
  ctx.scheduleEnter(run, name, input);
}

/** Enters a state right away: its Entered event, then its action. Called from the step's queue. */
export function enterNow(ctx: StepContext, run: Run, name: string, input: Json): void {
  if (run.status !== 'active') return;
  const state = ctx.stateOf(run, name);
  const active: ActiveState = {
    name,
    input,
    enteredEventId: 0,
    enteredTime: ctx.at,
    retryCount: 0,
    retrierAttempts: [],
  };
  run.current = active;
  active.enteredEventId = ctx.emit(run, STATE_ENTERED[state.Type], 'stateEnteredEventDetails', {
    name,
    input,
    inputDetails: NOT_TRUNCATED,
  });
  ctx.execute(run, state, active);
}

export function assignVariables(run: Run, assigned: JsonObject | undefined): void {
  if (!assigned) return;
  // Defined, not set: a variable named __proto__ is a variable, not the object's prototype.
  for (const key of Object.keys(assigned))
    Object.defineProperty(run.variables, key, {
      value: assigned[key],
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

/** Emits `…StateExited` and moves on: to `next`, or ends the run. */
export function exitState(
  ctx: StepContext,
  run: Run,
  state: State,
  output: Json,
  assigned?: JsonObject,
  next = state.Next,
): void {
  // An output that is the state's own input was already within the limit when it arrived.
  if (output !== run.current?.input) checkPayloadSize(output, run.current?.name ?? state.name);
  assignVariables(run, assigned);
  const details: JsonObject = { name: state.name, output, outputDetails: NOT_TRUNCATED };
  if (assigned) details.assignedVariables = assigned;
  ctx.emit(run, STATE_EXITED[state.Type], 'stateExitedEventDetails', details);
  if (next !== undefined && state.Type !== 'Succeed') enterState(ctx, run, next, output);
  else completeRun(ctx, run, output);
}

export function completeRun(ctx: StepContext, run: Run, output: Json): void {
  run.status = 'succeeded';
  run.output = output;
  if (run.parent) notifyParentOfSuccess(ctx, run, output);
  else completeExecution(ctx, { status: 'SUCCEEDED', output });
}

export function failRun(ctx: StepContext, run: Run, failure: Failure): void {
  run.status = 'failed';
  run.failure = failure;
  if (run.parent) notifyParentOfFailure(ctx, run, failure);
  else completeExecution(ctx, { status: 'FAILED', failure });
}
