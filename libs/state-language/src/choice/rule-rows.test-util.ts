import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json, JsonObject } from '../json.js';
import { isStatesError } from '../errors/states-errors.js';
import type { PathScope } from '../jsonpath/index.js';
import { evaluateChoiceRule } from './index.js';

export const scope: PathScope = {
  input: null,
  context: { Execution: { Input: { n: 0 } } },
  variables: { limit: 10, name: 'bob' },
};

export type Row = { rule: JsonObject; input: Json; result?: boolean; error?: [string, string] };
export const v = (op: string, operand: Json, variable = '$.v'): JsonObject => ({
  Variable: variable,
  [op]: operand,
  Next: 'X',
});

/** Runs a table of rules: each row expects a boolean or a StatesError [error, cause]. */
export function runRuleRows(rows: readonly Row[]): void {
  for (const row of rows) {
    test(`evaluateChoiceRule ${JSON.stringify(row.rule)} on ${JSON.stringify(row.input)}`, () => {
      if (row.error === undefined) {
        assert.equal(evaluateChoiceRule(row.rule, row.input, scope), row.result);
        return;
      }
      const [error, cause] = row.error;
      assert.throws(
        () => evaluateChoiceRule(row.rule, row.input, scope),
        (e: unknown) => isStatesError(e) && e.error === error && e.cause === cause,
      );
    });
  }
}
