import { States, StatesError, resolvePath, type Json, type MapState } from '@durastep/state-language';
import type { Evaluator } from '../runtime/evaluator.js';

export type ToleratedFailures = { toleratedFailureCount: number; toleratedFailurePercentage: number };
type LimitField = 'MaxConcurrency' | 'ToleratedFailureCount' | 'ToleratedFailurePercentage';

/** MaxConcurrency, literal, by path, or by JSONata; 0 means no limit. */
export function readMaxConcurrency(ev: Evaluator, state: MapState, effectiveInput: Json): number {
  return readLimit(ev, state, effectiveInput, 'MaxConcurrency', 'integer') ?? 0;
}

/** The tolerated-failure thresholds (-1 = not set). */
export function readToleratedFailures(
  ev: Evaluator,
  state: MapState,
  effectiveInput: Json,
): ToleratedFailures {
  const count = readLimit(ev, state, effectiveInput, 'ToleratedFailureCount', 'integer');
  const pct = readLimit(ev, state, effectiveInput, 'ToleratedFailurePercentage', 'float');
  if (count !== undefined && count < 0)
    throw new StatesError(States.Runtime, 'ToleratedFailureCount cannot be negative.');
  if (pct !== undefined && (pct < 0 || pct > 100))
    throw new StatesError(States.Runtime, 'ToleratedFailurePercentage must be between 0 and 100.');
  return { toleratedFailureCount: count ?? -1, toleratedFailurePercentage: pct ?? -1 };
}

function readLimit(
  ev: Evaluator,
  state: MapState,
  effectiveInput: Json,
  field: LimitField,
  kind: 'integer' | 'float',
): number | undefined {
  {
    const literal = state[field];
    const path = state[`${field}Path`];
    if (path !== undefined) {
      const raw = resolvePath(path, ev.scope(effectiveInput));
      // AWS accepts a number, or a string holding one (e.g. a variable assigned "1").
      const value =
        typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
      const ok =
        typeof value === 'number' &&
        (kind === 'float' || Number.isInteger(value)) &&
        (field !== 'MaxConcurrency' || isConcurrency(value));
      if (!ok) {
        const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
        throw new StatesError(
          States.Runtime,
          `The ${field}Path field refers to value "${shown}" which is not a valid ${kind}: ${path}`,
        );
      }
      return value as number;
    }
    if (typeof literal === 'string') {
      const value = ev.jsonata(literal, { input: ev.active.input }, field);
      if (typeof value !== 'number' || (field === 'MaxConcurrency' && !isConcurrency(value)))
        throw new StatesError(
          States.QueryEvaluationError,
          `The JSONata expression '${literal}' specified for the field '${field}' returned an unexpected result type. Expected '${field === 'MaxConcurrency' ? 'non-negative integer' : 'number'}', but was '${typeof value}' for value: ${JSON.stringify(value)}`,
        );
      return value;
    }
    return literal;
  }
}

/** MaxConcurrency is a non-negative integer (0 = no limit): a negative one would start no iteration. */
function isConcurrency(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
