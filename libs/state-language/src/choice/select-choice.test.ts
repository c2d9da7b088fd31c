import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json } from '../json.js';
import type { ChoiceRule } from '../definition/types.js';
import { isStatesError } from '../errors/states-errors.js';
import { NO_CHOICE_MATCHED_CAUSE, selectChoice, type ChoiceSelection } from './index.js';

const scope = { input: null, context: null, variables: {} };
const Choices: ChoiceRule[] = [
  { Variable: '$.type', StringEquals: 'Private', Next: 'One' },
  {
    And: [
      { Variable: '$.value', NumericGreaterThanEquals: 20 },
      { Variable: '$.value', NumericLessThan: 30 },
    ],
    Next: 'Two',
  },
];

type Row = {
  name: string;
  input: Json;
  Default?: string;
  result?: ChoiceSelection;
  error?: [string, string];
};
const rows: Row[] = [
  {
    name: 'first matching rule wins',
    input: { type: 'Private', value: 25 },
    result: { next: 'One', ruleIndex: 0 },
  },
  { name: 'second rule', input: { type: 'Public', value: 22 }, result: { next: 'Two', ruleIndex: 1 } },
  { name: 'default', input: { type: 'Public', value: 40 }, Default: 'Other', result: { next: 'Other' } },
  {
    name: 'no match and no default',
    input: { type: 'Public', value: 40 },
    error: ['States.NoChoiceMatched', NO_CHOICE_MATCHED_CAUSE],
  },
  {
    name: 'a missing variable fails',
    input: { type: 'Public' },
    Default: 'Other',
    error: ['States.Runtime', "Invalid path '$.value' : No results for path: $['value']"],
  },
];

for (const row of rows) {
  test(`selectChoice: ${row.name}`, () => {
    const state = { Choices, Default: row.Default };
    if (row.error === undefined) {
      assert.deepEqual(selectChoice(state, row.input, scope), row.result);
      return;
    }
    const [error, cause] = row.error;
    assert.throws(
      () => selectChoice(state, row.input, scope),
      (e: unknown) => isStatesError(e) && e.error === error && e.cause === cause,
    );
  });
}
