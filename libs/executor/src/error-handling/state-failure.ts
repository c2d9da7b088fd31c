import { States, isStatesError, type Failure } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import type { StepContext } from '../runtime/step-context.js';

const PREFIXED = new Set<string>([States.Runtime, States.QueryEvaluationError, States.IntrinsicFailure]);

/**
 * Turns an error thrown while evaluating a state into its ASL Failure. Evaluation errors get AWS's
 * "An error occurred while executing the state …" prefix, and an EvaluationFailed event for JSONata.
 * Anything that is not a StatesError is a bug and is rethrown.
 */
export function withStateFailure(ctx: StepContext, run: Run, active: ActiveState, e: unknown): Failure {
  if (!isStatesError(e)) throw e;
  let cause = e.cause;
  if (
    PREFIXED.has(e.error) &&
    cause !== undefined &&
    !cause.startsWith('An error occurred while executing the state')
  ) {
    cause = `An error occurred while executing the state '${active.name}' (entered at the event id #${active.enteredEventId}). ${cause}`;
  }
  const failure: Failure = cause === undefined ? { error: e.error } : { error: e.error, cause };
  if (e.error === States.QueryEvaluationError) {
    const details: Record<string, string> = { error: failure.error, state: active.name };
    if (cause !== undefined) details.cause = cause;
    ctx.emit(run, 'EvaluationFailed', 'evaluationFailedEventDetails', details);
  }
  return failure;
}
