import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Json } from '../json.js';
import { evaluateJsonataExpecting, evaluateJsonataValue } from './index.js';
import { assertQueryError, fakeEnv, threwCause, undefinedCause } from './rows.test-util.js';

const INPUT = {
  name: 'Ana',
  items: [
    { n: 1, tag: 'a' },
    { n: 2, tag: 'b' },
  ],
  one: [{ n: 7 }],
  nested: { deep: [1, [2, 3]] },
};

type ValueRow = { name: string; value: Json; field?: string; result?: Json; cause?: string; same?: boolean };

const VALUE_ROWS: ValueRow[] = [
  { name: 'a literal string stays', value: 'plain $states.input', result: 'plain $states.input', same: true },
  { name: 'leading space makes a literal', value: ' {% 1 %}', result: ' {% 1 %}' },
  { name: 'trailing space makes a literal', value: '{% 1 %} ', result: '{% 1 %} ' },
  { name: 'template in the middle is literal', value: 'a {% 1 %} b', result: 'a {% 1 %} b' },
  { name: 'scalars stay', value: 12, result: 12 },
  { name: 'null stays', value: null, result: null },
  {
    name: 'object without templates is returned as is',
    value: { a: [1, { b: 'x' }] },
    result: { a: [1, { b: 'x' }] },
    same: true,
  },
  { name: 'whole value template', value: '{% $states.input.name %}', result: 'Ana' },
  {
    name: 'nested templates, keys kept in order',
    value: {
      z: '{% $states.input.name %}',
      a: [1, '{% 1 + 1 %}', { deep: '{% $count($states.input.items) %}' }],
      k: 'keep',
    },
    result: { z: 'Ana', a: [1, 2, { deep: 2 }], k: 'keep' },
  },
  { name: 'keys are not evaluated', value: { '{% 1 %}': 'v' }, result: { '{% 1 %}': 'v' }, same: true },
  {
    name: '__proto__ key is kept as data',
    value: JSON.parse('{"__proto__": "{% 1 %}"}') as Json,
    result: JSON.parse('{"__proto__": 1}') as Json,
  },
  {
    name: 'object member path in the cause',
    value: { a: { b: '{% $missing %}' } },
    field: 'Output',
    cause: undefinedCause('$missing', 'Output/a/b'),
  },
  {
    name: 'array index path in the cause',
    value: { list: ['x', '{% $missing %}'] },
    field: 'Arguments',
    cause: undefinedCause('$missing', 'Arguments/list/1'),
  },
  {
    name: 'top-level template keeps the field',
    value: '{% $missing %}',
    field: 'TimeoutSeconds',
    cause: undefinedCause('$missing', 'TimeoutSeconds'),
  },
  {
    name: 'error in a member',
    value: { n: "{% 'a' - 1 %}" },
    cause: threwCause(
      "'a' - 1",
      'T2001: The left side of the "-" operator must evaluate to a number',
      'Output/n',
    ),
  },
];

for (const row of VALUE_ROWS) {
  test(`evaluateJsonataValue: ${row.name}`, () => {
    const run = () => evaluateJsonataValue(row.value, fakeEnv({ input: INPUT }), row.field ?? 'Output');
    if (row.cause !== undefined) return assertQueryError(run, row.cause);
    const result = run();
    assert.deepStrictEqual(result, row.result);
    if (row.same) assert.equal(result, row.value);
  });
}

const EXPECTING_ROWS: {
  expr: string;
  expected: 'boolean' | 'number' | 'object';
  result?: Json;
  cause?: string;
}[] = [
  { expr: '$states.input.name = "Ana"', expected: 'boolean', result: true },
  {
    expr: '$states.input.name',
    expected: 'boolean',
    cause: `Expected 'boolean', but was 'string' for value: "Ana"`,
  },
  {
    expr: '$states.input.items',
    expected: 'boolean',
    cause: `Expected 'boolean', but was 'array' for value: [{"n":1,"tag":"a"},{"n":2,"tag":"b"}]`,
  },
  { expr: '$count($states.input.items)', expected: 'number', result: 2 },
  { expr: '$string(5)', expected: 'number', cause: `Expected 'number', but was 'string' for value: "5"` },
  { expr: '$states.input.nested', expected: 'object', result: { deep: [1, [2, 3]] } },
];

for (const row of EXPECTING_ROWS) {
  test(`evaluateJsonataExpecting ${row.expected}: ${row.expr}`, () => {
    const run = () =>
      evaluateJsonataExpecting(`{% ${row.expr} %}`, fakeEnv({ input: INPUT }), 'Condition', row.expected);
    if (row.cause === undefined) return assert.deepStrictEqual(run(), row.result);
    assertQueryError(
      run,
      `The JSONata expression '${row.expr}' specified for the field 'Condition' returned an unexpected result type. ${row.cause}`,
    );
  });
}

test('evaluateJsonataExpecting still reports undefined as "returned nothing"', () => {
  assertQueryError(
    () => evaluateJsonataExpecting('{% $missing %}', fakeEnv(), 'Condition', 'boolean'),
    undefinedCause('$missing', 'Condition'),
  );
});
