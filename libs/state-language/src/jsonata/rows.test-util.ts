import assert from 'node:assert/strict';
import { test } from 'node:test';
import { States, StatesError } from '../errors/states-errors.js';
import type { Json } from '../json.js';
import { evaluateJsonataString, type JsonataEnv, type JsonataStates } from './index.js';

export const NOW = '2024-05-01T12:34:56.789Z';

export type EnvOptions = {
  input?: Json;
  context?: Json;
  /** `$states.result` (named apart from a row's expected `result`). */
  stateResult?: Json;
  errorOutput?: Json;
  variables?: Record<string, Json>;
  now?: string;
  /** Numbers `env.random()` returns in turn (cycling); default [0.25]. */
  randoms?: number[];
};

/** A deterministic env: uuids count up from …0001, randoms cycle through `randoms`. */
export function fakeEnv(options: EnvOptions = {}): JsonataEnv {
  const states: JsonataStates = {
    input: options.input ?? {},
    context: options.context ?? { Execution: { Id: 'arn:exec' } },
  };
  if (options.stateResult !== undefined) states.result = options.stateResult;
  if (options.errorOutput !== undefined) states.errorOutput = options.errorOutput;
  const randoms = options.randoms ?? [0.25];
  let draws = 0;
  let uuids = 0;
  return {
    states,
    variables: options.variables ?? {},
    now: options.now ?? NOW,
    random: () => randoms[draws++ % randoms.length],
    uuid: () => `00000000-0000-4000-8000-${String(++uuids).padStart(12, '0')}`,
  };
}

/** One table row: `expr` (the text between `{%` and `%}`), and either `result` or the `cause` of a States.QueryEvaluationError. */
export type Row = EnvOptions & { expr: string; field?: string; result?: Json; cause?: string };

/** Asserts `run` throws StatesError(States.QueryEvaluationError, cause). */
export function assertQueryError(run: () => unknown, cause: string): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof StatesError, `expected a StatesError, got ${String(e)}`);
    assert.equal(e.error, States.QueryEvaluationError);
    assert.equal(e.cause, cause);
    return true;
  });
}

/** Registers one node:test per row, evaluating `{% expr %}` for the field `row.field ?? 'Output'`. */
export function runRows(group: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const env = () => fakeEnv(row);
    const template = `{% ${row.expr} %}`;
    const field = row.field ?? 'Output';
    test(`${group}: ${row.expr}`.slice(0, 160), () => {
      if (row.cause === undefined)
        assert.deepStrictEqual(evaluateJsonataString(template, env(), field), row.result);
      else assertQueryError(() => evaluateJsonataString(template, env(), field), row.cause);
    });
  }
}

/** The cause texts, for `expr` in the field 'Output'. */
export const undefinedCause = (expr: string, field = 'Output') =>
  `The JSONata expression '${expr}' specified for the field '${field}' returned nothing (undefined).`;
export const threwCause = (expr: string, detail: string, field = 'Output') =>
  `The JSONata expression '${expr}' specified for the field '${field}' threw an error during evaluation. ${detail}`;
export const unsupportedCause = (expr: string, field = 'Output') =>
  `The JSONata expression '${expr}' specified for the field '${field}' returned an unsupported result type.`;
