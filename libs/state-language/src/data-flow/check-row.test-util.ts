import assert from 'node:assert/strict';
import type { Json } from '../json.js';
import { isStatesError } from '../errors/states-errors.js';
import type { PathScope } from '../jsonpath/index.js';

/** Shared fixtures for the data-flow tables. */
export const context: Json = {
  Execution: { Id: 'arn:exec:1', Input: { start: true } },
  State: { Name: 'S' },
  Map: { Item: { Value: 'v' } },
};
export const scope = (input: Json): PathScope => ({
  input,
  context,
  variables: { greeting: 'hi', cfg: { n: 2 } },
});
export const env = { random: () => 0.25, uuid: () => '11111111-2222-4333-8444-555555555555' };
export const input: Json = { a: { b: 1 }, list: [1, 2, 3], s: 'x' };

/** A row expects either a result or a StatesError [error, cause]. */
export type Expect = { result?: Json; error?: [string, string] };

export function check(run: () => Json, row: Expect): void {
  if (row.error === undefined) {
    assert.deepEqual(run(), row.result);
    return;
  }
  const [error, cause] = row.error;
  assert.throws(run, (e: unknown) => isStatesError(e) && e.error === error && e.cause === cause);
}
