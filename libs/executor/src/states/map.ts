import { States, StatesError, resolvePath, type Json, type MapState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import type { StepContext } from '../runtime/step-context.js';
import { batchItems } from './map-batches.js';
import { startMapItems } from './map-items.js';
import { readMapLimits } from './map-limits.js';
import { resultToOutput } from '../runtime/state-output.js';
import { exitState } from '../runtime/transitions.js';
import { continueState } from '../runtime/execute-state.js';

/** Resolves the items and limits, then starts up to MaxConcurrency iterations as child runs. */
export function executeMap(ctx: StepContext, run: Run, state: MapState, active: ActiveState): void {
  const ev = new Evaluator(ctx, run, active);
  const jsonata = state.queryLanguage === 'JSONata';
  const effective = jsonata ? active.input : ev.inputPath(state.InputPath, active.input);
  let items: Json;
  if (jsonata) {
    items = state.Items !== undefined ? ev.jsonata(state.Items, { input: active.input }, 'Items') : active.input;
    if (!Array.isArray(items) && state.Items !== undefined) {
      throw new StatesError(
        States.QueryEvaluationError,
        `The JSONata expression '${template(state.Items)}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(items)}' for value: ${JSON.stringify(items)}`,
      );
    }
  } else {
    items = state.ItemsPath !== undefined && state.ItemsPath !== null ? resolvePath(state.ItemsPath, ev.scope(effective)) : effective;
  }
  if (!Array.isArray(items)) {
    throw new StatesError(jsonata ? States.QueryEvaluationError : States.Runtime, `Map state input must be an array but was: ${JSON.stringify(items)}`);
  }
  const limits = readMapLimits(ev, state, effective);
  const units = state.ItemBatcher ? batchItems(ev, state, items, effective) : items;
  active.container = {
    kind: 'Map',
    children: new Array<string>(units.length).fill(''),
    results: new Array<Json | undefined>(units.length).fill(undefined),
    nextIndex: 0,
    running: 0,
    succeeded: 0,
    failed: 0,
    maxConcurrency: limits.maxConcurrency,
    toleratedFailureCount: limits.toleratedFailureCount,
    toleratedFailurePercentage: limits.toleratedFailurePercentage,
    items: units,
    stateInput: effective,
  };
  ctx.emit(run, 'MapStateStarted', { mapStateStartedEventDetails: { length: units.length } });
  if (state.processorMode === 'DISTRIBUTED') ctx.emit(run, 'MapRunStarted', { mapRunStartedEventDetails: { mapRunArn: `${ctx.state.identity.executionArn.replace(':execution:', ':mapRun:')}/${state.name}:${active.enteredEventId}` } });
  if (units.length === 0) {
    if (state.processorMode === 'DISTRIBUTED') ctx.emit(run, 'MapRunSucceeded');
    ctx.emit(run, 'MapStateSucceeded');
    return finishEmptyMap(ctx, run, state, active);
  }
  startMapItems(ctx, run, state, active.container);
}

function finishEmptyMap(ctx: StepContext, run: Run, state: MapState, active: ActiveState): void {
  continueState(ctx, run, state, () => {
    const { output, assigned } = resultToOutput(new Evaluator(ctx, run, active), state, active.input, []);
    exitState(ctx, run, state, output, assigned);
  });
}

function template(t: Json): string {
  return typeof t === 'string' ? t.replace(/^\{%\s*/, '').replace(/\s*%\}$/, '') : JSON.stringify(t);
}

function typeName(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
