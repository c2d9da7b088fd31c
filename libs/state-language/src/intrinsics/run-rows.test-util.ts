import assert from 'node:assert/strict';
import { test } from 'node:test';
import { States, StatesError } from '../errors/states-errors.js';
import { evaluateIntrinsic } from './index.js';
import type { Json } from '../json.js';
import { fakeEnv, type FakeEnvOptions } from './fake-env.test-util.js';

/** One table row: evaluate `expr` against `input` and expect `result`, or a States.Runtime `cause`. */
export type Row = FakeEnvOptions & { expr: string; result?: Json; cause?: string };

/** The cause AWS gives for bad arguments to the call written as `source`. */
export function invalidArgs(source: string): string {
  const name = source.slice(0, source.indexOf('('));
  return `There was an error while evaluating the intrinsic function: ${source}. Invalid arguments in ${name}`;
}

/** Registers one node:test per row. */
export function runRows(group: string, rows: readonly Row[]): void {
  for (const row of rows) {
    test(
      `${group}: ${row.expr}${row.input === undefined ? '' : ` with ${JSON.stringify(row.input)}`}`.slice(
        0,
        200,
      ),
      () => {
        const env = fakeEnv(row);
        if (row.cause === undefined) {
          assert.deepStrictEqual(evaluateIntrinsic(row.expr, env), row.result);
          return;
        }
        assert.throws(
          () => evaluateIntrinsic(row.expr, env),
          (e: unknown) => {
            assert.ok(e instanceof StatesError, `expected a StatesError, got ${String(e)}`);
            assert.equal(e.error, States.Runtime);
            assert.equal(e.cause, row.cause);
            return true;
          },
        );
      },
    );
  }
}
