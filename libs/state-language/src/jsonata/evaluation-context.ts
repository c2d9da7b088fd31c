import type jsonata from 'jsonata';
import type { JsonataEnv } from './jsonata-env.js';

/**
 * Binding name under which the evaluator hands the caller's env to the functions it registers. A
 * space is not allowed in a JSONata variable name, so no expression can read it.
 */
export const CONTEXT_BINDING = 'durastep env';

export type EvaluationContext = {
  readonly env: JsonataEnv;
  /** `env.now` in epoch milliseconds; NaN when the caller passed an unparseable time. */
  readonly nowMillis: number;
};

export function createEvaluationContext(env: JsonataEnv): EvaluationContext {
  return { env, nowMillis: Date.parse(env.now) };
}

/** The context of the evaluation a registered function was called from. */
export function contextOf(focus: jsonata.Focus): EvaluationContext {
  const context = focus.environment.lookup(CONTEXT_BINDING) as EvaluationContext | undefined;
  if (context === undefined) throw new Error('JSONata function called outside evaluateJsonataString');
  return context;
}

/** `env.now` in epoch milliseconds; an invalid `now` is a caller bug, reported as an evaluation error. */
export function nowMillisOf(focus: jsonata.Focus): number {
  const { env, nowMillis } = contextOf(focus);
  if (Number.isNaN(nowMillis)) throw new Error(`JsonataEnv.now is not an ISO-8601 timestamp: ${env.now}`);
  return nowMillis;
}
