import type { Json, JsonObject, State } from '@durastep/state-language';
import type { Evaluator } from './evaluator.js';

/**
 * The end of a state's data flow once its result is known: ResultSelector → ResultPath →
 * OutputPath (JSONPath) or Output (JSONata), plus the variables its Assign sets. Assign is evaluated
 * against the variables as they were when the state started, and applied after.
 */
export function resultToOutput(
  ev: Evaluator,
  state: State,
  rawInput: Json,
  result: Json,
): { output: Json; assigned?: JsonObject } {
  if (state.queryLanguage === 'JSONata') {
    const states = { input: rawInput, result };
    const assigned = state.Assign ? (ev.jsonata(state.Assign, states, 'Assign') as JsonObject) : undefined;
    const output = state.Output !== undefined ? ev.jsonata(state.Output, states, 'Output') : result;
    return { output, assigned };
  }
  const selected =
    'ResultSelector' in state && state.ResultSelector !== undefined
      ? ev.template(state.ResultSelector, result, 'ResultSelector')
      : result;
  const assigned = state.Assign ? (ev.template(state.Assign, selected, 'Assign') as JsonObject) : undefined;
  const resultPath = 'ResultPath' in state ? state.ResultPath : undefined;
  const combined = ev.resultPath(resultPath, rawInput, selected);
  return { output: ev.outputPath(state.OutputPath, combined), assigned };
}

/** For states without a result (Choice, Wait, Succeed): output is the (filtered) input. */
export function inputToOutput(
  ev: Evaluator,
  state: State,
  rawInput: Json,
  assign = state.Assign,
): { output: Json; assigned?: JsonObject } {
  if (state.queryLanguage === 'JSONata') {
    const states = { input: rawInput };
    const assigned = assign ? (ev.jsonata(assign, states, 'Assign') as JsonObject) : undefined;
    const output = state.Output !== undefined ? ev.jsonata(state.Output, states, 'Output') : rawInput;
    return { output, assigned };
  }
  const effective = ev.inputPath(state.InputPath, rawInput);
  const assigned = assign ? (ev.template(assign, effective, 'Assign') as JsonObject) : undefined;
  return { output: ev.outputPath(state.OutputPath, effective), assigned };
}
