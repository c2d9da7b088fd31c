import type { Json } from '../json.js';
import { CONTEXT_BINDING, createEvaluationContext } from './evaluation-context.js';
import { JsonataFunctionError } from './function-error.js';
import type { JsonataEnv, JsonataStates } from './jsonata-env.js';

/**
 * Node evaluations allowed per expression. JSONata optimises tail calls, so a recursive lambda can
 * loop forever; this turns that into an evaluation error instead of a stuck worker (about 3 s).
 * Mapping an object constructor over 10,000 items takes about 120,000 steps.
 */
export const MAX_EVALUATION_STEPS = 2_000_000;

type Frame = { timestamp: Date | null };

/**
 * The variables one evaluation sees: the workflow variables as `$name`, `$states`, and hooks. `$eval`
 * is bound to nothing (Step Functions removes it; `$parse` replaces it), so calling it fails with
 * T1006 like any unknown function.
 */
export function bindingsFor(env: JsonataEnv, maxSteps = MAX_EVALUATION_STEPS): Record<string, unknown> {
  const context = createEvaluationContext(env);
  // jsonata stamps each evaluation with the host clock and uses it to default missing date parts
  // in $toMillis pictures; every frame gets the event time instead.
  const timestamp = new Date(Number.isNaN(context.nowMillis) ? 0 : context.nowMillis);
  let steps = 0;
  const bindings: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  bindings.eval = undefined;
  for (const name of Object.keys(env.variables)) bindings[name] = env.variables[name];
  bindings.states = statesBinding(env.states);
  bindings[CONTEXT_BINDING] = context;
  bindings.__evaluate_entry = (_node: unknown, _input: unknown, frame: Frame): void => {
    steps += 1;
    if (steps > maxSteps) {
      throw new JsonataFunctionError(
        `Evaluation exceeded ${maxSteps} steps; check for non-terminating recursion`,
        'U1001',
      );
    }
    if (frame.timestamp !== timestamp) frame.timestamp = timestamp;
  };
  return bindings;
}

/** `$states` with only the members the field has (no `result` outside Output/Assign, …). */
function statesBinding(states: JsonataStates): Record<string, Json> {
  const binding: Record<string, Json> = { input: states.input, context: states.context };
  if (states.result !== undefined) binding.result = states.result;
  if (states.errorOutput !== undefined) binding.errorOutput = states.errorOutput;
  return binding;
}
