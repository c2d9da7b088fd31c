import { States, StatesError, resolvePath, type Json, type WaitState } from '@durastep/state-language';
import type { ActiveState, Run } from '../model/execution-state.js';
import { Evaluator } from '../runtime/evaluator.js';
import { inputToOutput } from '../runtime/state-output.js';
import type { StepContext } from '../runtime/step-context.js';
import { startWaitTimer } from '../runtime/timers.js';
import { exitState } from '../runtime/transitions.js';
import { parseIsoTimestamp } from './timestamp.js';

/** A Wait never sleeps: it starts a durable timer and exits when TimerFired arrives. */
export function executeWait(ctx: StepContext, run: Run, state: WaitState, active: ActiveState): void {
  const ev = new Evaluator(ctx, run, active);
  const fireAt = waitUntil(ctx, ev, state, active.input);
  if (fireAt <= ctx.at) return finishWait(ctx, run, state);
  active.timerIds = [startWaitTimer(ctx, run, fireAt)];
}

export function finishWait(ctx: StepContext, run: Run, state: WaitState): void {
  const active = run.current!;
  const { output, assigned } = inputToOutput(new Evaluator(ctx, run, active), state, active.input);
  exitState(ctx, run, state, output, assigned);
}

function waitUntil(ctx: StepContext, ev: Evaluator, state: WaitState, input: Json): number {
  if (state.queryLanguage === 'JSONata') {
    if (state.Seconds !== undefined)
      return ctx.at + 1000 * seconds(ev.jsonata(state.Seconds, { input }, 'Seconds'), 'Seconds');
    const ts = ev.jsonata(state.Timestamp ?? null, { input }, 'Timestamp');
    const message = `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${String(ts)}`;
    return timestamp(ts, message, States.QueryEvaluationError);
  }
  if (state.Seconds !== undefined) return ctx.at + 1000 * Number(state.Seconds);
  if (state.Timestamp !== undefined) {
    return timestamp(
      state.Timestamp,
      `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${state.Timestamp}`,
    );
  }
  const effective = ev.inputPath(state.InputPath, input);
  const scope = ev.scope(effective);
  if (state.SecondsPath !== undefined) {
    const value = resolvePath(state.SecondsPath, scope);
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) >= 2 ** 63) {
      throw new StatesError(
        States.Runtime,
        `The SecondsPath parameter cannot be parsed as a long value: ${state.SecondsPath} == ${JSON.stringify(value)}`,
      );
    }
    if (value < 0)
      throw new StatesError(
        States.Runtime,
        `The SecondsPath parameter references a negative value: ${state.SecondsPath} == ${value}`,
      );
    return ctx.at + value * 1000;
  }
  const path = state.TimestampPath ?? '$';
  const value = resolvePath(path, scope);
  return timestamp(
    value,
    `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
}

function seconds(value: Json, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new StatesError(
      States.QueryEvaluationError,
      `The ${field} field must be a non-negative integer but was: ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function timestamp(value: Json, message: string, error: string = States.Runtime): number {
  const ms = typeof value === 'string' ? parseIsoTimestamp(value) : undefined;
  if (ms === undefined) throw new StatesError(error, message);
  return ms;
}
