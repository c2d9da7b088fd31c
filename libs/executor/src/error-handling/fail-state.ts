import { States, type Failure, type Json, type JsonObject, type State } from '@durastep/state-language';
import type { Run } from '../model/execution-state.js';
import { STATE_EXITED } from '../model/state-event-types.js';
import { Evaluator } from '../runtime/evaluator.js';
import type { StepContext } from '../runtime/step-context.js';
import { assignVariables, enterState, failRun } from '../runtime/transitions.js';
import { startRetryTimer } from '../runtime/timers.js';
import { matchesAny } from './match-error.js';
import { decideRetry } from './retry.js';
import { withStateFailure } from './state-failure.js';
import { NOT_TRUNCATED } from '../model/not-truncated.js';
import { checkPayloadSize } from '../runtime/payload-limit.js';

/** Failures of a catcher itself, which replace the error it caught (else that error fails the run). */
const OWN_FAILURES = new Set<string>([States.Runtime, States.QueryEvaluationError, States.DataLimitExceeded]);

/**
 * A state failed: retry it (Task, Parallel, Map), else hand the error to the first matching
 * catcher, else fail the run it belongs to.
 */
export function failState(
  ctx: StepContext,
  run: Run,
  state: State,
  failure: Failure,
  onGiveUp?: () => void,
): void {
  const active = run.current;
  if (!active || run.status !== 'active') return;
  const retriers = 'Retry' in state ? state.Retry : undefined;
  const decision = decideRetry(retriers, active, failure, () => ctx.random());
  if (decision.retry) {
    startRetryTimer(ctx, run, decision.delayMs);
    return;
  }
  onGiveUp?.();
  const catchers = 'Catch' in state ? state.Catch : undefined;
  const catcher = catchers?.find((c) => matchesAny(c.ErrorEquals, failure));
  if (!catcher) {
    failRun(ctx, run, failure);
    return;
  }
  // A Fail state without Error has none: no `Error: undefined` in the data (not JSON).
  const errorOutput: JsonObject = failure.error !== undefined ? { Error: failure.error } : {};
  if (failure.cause !== undefined) errorOutput.Cause = failure.cause;
  const ev = new Evaluator(ctx, run, active);
  let output: Json;
  let assigned: JsonObject | undefined;
  try {
    if (state.queryLanguage === 'JSONata') {
      const states = { input: active.input, errorOutput };
      assigned = catcher.Assign ? (ev.jsonata(catcher.Assign, states, 'Assign') as JsonObject) : undefined;
      output = catcher.Output !== undefined ? ev.jsonata(catcher.Output, states, 'Output') : errorOutput;
    } else {
      assigned = catcher.Assign
        ? (ev.template(catcher.Assign, errorOutput, 'Assign') as JsonObject)
        : undefined;
      output = ev.resultPath(catcher.ResultPath, active.input, errorOutput);
    }
    // What a catcher passes on is a payload between states like any other.
    checkPayloadSize(output, state.name);
  } catch (e) {
    const f = withStateFailure(ctx, run, active, e);
    failRun(ctx, run, OWN_FAILURES.has(f.error) ? f : failure);
    return;
  }
  assignVariables(run, assigned);
  const details: JsonObject = { name: state.name, output, outputDetails: NOT_TRUNCATED };
  if (assigned) details.assignedVariables = assigned;
  ctx.emit(run, STATE_EXITED[state.Type], 'stateExitedEventDetails', details);
  enterState(ctx, run, catcher.Next, output);
}
