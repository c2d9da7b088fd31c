import { States, StatesError, resolvePath, type Json, type MapState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import type { StepContext } from '../runtime/step-context.js';
import { batchItems } from './map-batches.js';
import { startMapItems } from './map-items.js';
import { readMaxConcurrency, readToleratedFailures } from './map-limits.js';
import { resultToOutput } from '../runtime/state-output.js';
import { exitState } from '../runtime/transitions.js';
import { continueState } from '../runtime/execute-state.js';
import { failState } from '../error-handling/fail-state.js';
import { withStateFailure } from '../error-handling/state-failure.js';

/** Resolves the items and limits, then starts up to MaxConcurrency iterations as child runs. */
export function executeMap(ctx: StepContext, run: Run, state: MapState, active: ActiveState): void {
  const ev = new Evaluator(ctx, run, active);
  const jsonata = state.queryLanguage === 'JSONata';
  let effective: Json;
  let units: Json[];
  try {
    effective = jsonata ? active.input : ev.inputPath(state.InputPath, active.input);
    const items = resolveItems(ev, state, effective);
    units = state.ItemBatcher ? batchItems(ev, state, items, effective) : items;
  } catch (e) {
    // Failing to produce the items fails the Map before it starts: AWS records MapStateFailed.
    return failState(ctx, run, state, withStateFailure(ctx, run, active, e), () =>
      ctx.emit(run, 'MapStateFailed'),
    );
  }
  // AWS order: MaxConcurrency is read before MapStateStarted, the tolerated failures after it.
  const maxConcurrency = readMaxConcurrency(ev, state, effective);
  ctx.emit(run, 'MapStateStarted', 'mapStateStartedEventDetails', { length: units.length });
  const limits = readToleratedFailures(ev, state, effective);
  active.container = {
    kind: 'Map',
    children: new Array<string>(units.length).fill(''),
    results: new Array<Json | undefined>(units.length).fill(undefined),
    nextIndex: 0,
    running: 0,
    succeeded: 0,
    failed: 0,
    maxConcurrency,
    toleratedFailureCount: limits.toleratedFailureCount,
    toleratedFailurePercentage: limits.toleratedFailurePercentage,
    items: units,
    stateInput: effective,
  };
  if (state.processorMode === 'DISTRIBUTED')
    ctx.emit(run, 'MapRunStarted', 'mapRunStartedEventDetails', {
      mapRunArn: `${ctx.state.identity.executionArn.replace(':execution:', ':mapRun:')}/${state.name}:${active.enteredEventId}`,
    });
  if (units.length === 0) {
    if (state.processorMode === 'DISTRIBUTED') ctx.emit(run, 'MapRunSucceeded');
    ctx.emit(run, 'MapStateSucceeded');
    return finishEmptyMap(ctx, run, state, active);
  }
  startMapItems(ctx, run, state, active.container);
}

/**
 * ItemReader and ResultWriter read and write Amazon S3, which Durastep does not reach: the Map fails
 * with the error AWS raises when they fail (catchable), before any iteration runs.
 */
function refuseS3(state: MapState): void {
  const resource = (field: 'ItemReader' | 'ResultWriter') => JSON.stringify(state[field]?.Resource ?? null);
  if (state.ItemReader !== undefined)
    throw new StatesError(
      States.ItemReaderFailed,
      `ItemReader ${resource('ItemReader')} is not supported by Durastep (it reads no Amazon S3): give the items in the state input (ItemsPath or Items)`,
    );
  if (state.ResultWriter !== undefined)
    throw new StatesError(
      States.ResultWriterFailed,
      `ResultWriter ${resource('ResultWriter')} is not supported by Durastep (it writes no Amazon S3): leave it out to get the results as the Map's output`,
    );
}

function resolveItems(ev: Evaluator, state: MapState, effective: Json): Json[] {
  refuseS3(state);
  const jsonata = state.queryLanguage === 'JSONata';
  const active = ev.active;
  let items: Json;
  if (jsonata) {
    items =
      state.Items !== undefined ? ev.jsonata(state.Items, { input: active.input }, 'Items') : active.input;
    if (!Array.isArray(items) && state.Items !== undefined) {
      throw new StatesError(
        States.QueryEvaluationError,
        `The JSONata expression '${template(state.Items)}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(items)}' for value: ${JSON.stringify(items)}`,
      );
    }
  } else {
    items =
      state.ItemsPath !== undefined && state.ItemsPath !== null
        ? resolvePath(state.ItemsPath, ev.scope(effective))
        : effective;
  }
  if (!Array.isArray(items)) {
    throw new StatesError(
      jsonata ? States.QueryEvaluationError : States.Runtime,
      `Map state input must be an array but was: ${JSON.stringify(items)}`,
    );
  }
  return items;
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
