import {
  States,
  StatesError,
  isIntrinsicCall,
  resolvePath,
  type FailState,
  type Failure,
  type Json,
} from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import type { StepContext } from '../runtime/step-context.js';
import { failRun } from '../runtime/transitions.js';

/** A Fail state ends its run with Error/Cause (literal, path, or JSONata); it has no Exited event. */
export function executeFail(ctx: StepContext, run: Run, state: FailState, active: ActiveState): void {
  const ev = new Evaluator(ctx, run, active);
  let error: Json | undefined = state.Error;
  let cause: Json | undefined = state.Cause;
  if (state.queryLanguage === 'JSONata') {
    if (typeof error === 'string') error = ev.jsonata(error, { input: active.input }, 'Error');
    if (typeof cause === 'string') cause = ev.jsonata(cause, { input: active.input }, 'Cause');
  } else {
    const scope = ev.scope(active.input);
    if (state.ErrorPath !== undefined) error = resolveFailField(ev, state.ErrorPath, scope, 'ErrorPath');
    if (state.CausePath !== undefined) cause = resolveFailField(ev, state.CausePath, scope, 'CausePath');
  }
  const failure: Failure = {
    error: error === undefined || error === null ? (undefined as never) : stringOf(error),
    ...(cause === undefined || cause === null ? {} : { cause: stringOf(cause) }),
  };
  failRun(ctx, run, failure);
}

function resolveFailField(
  ev: Evaluator,
  path: string,
  scope: ReturnType<Evaluator['scope']>,
  field: string,
): Json {
  if (isIntrinsicCall(path))
    return (ev.template({ 'value.$': path }, scope.input, field) as { value: Json }).value;
  try {
    return resolvePath(path, scope);
  } catch {
    throw new StatesError(
      States.Runtime,
      `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(scope.input)}'`,
    );
  }
}

function stringOf(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
