import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Json } from '../json.js';
import { isJsonataFunction, toJson } from './to-json.js';

const sequence = (...items: unknown[]) => Object.assign(items, { sequence: true });
const lambda = { _jsonata_lambda: true, environment: {} as Record<string, unknown> };
lambda.environment.self = lambda; // lambdas hold their (cyclic) environment
const builtin = { _jsonata_function: true, implementation: () => 1 };

const ROWS: { name: string; value: unknown; result?: Json; error?: string }[] = [
  { name: 'string', value: 's', result: 's' },
  { name: 'boolean', value: false, result: false },
  { name: 'null', value: null, result: null },
  { name: 'number', value: 1.5, result: 1.5 },
  { name: 'negative zero', value: -0, result: 0 },
  { name: 'sequence to array', value: sequence(1, sequence(2, 3)), result: [1, [2, 3]] },
  { name: 'undefined in array to null', value: [1, undefined], result: [1, null] },
  { name: 'functions in array to null', value: [lambda, builtin, () => 1], result: [null, null, null] },
  {
    name: 'undefined and functions dropped from objects',
    value: { a: undefined, b: lambda, c: () => 1, d: 1 },
    result: { d: 1 },
  },
  { name: 'nested', value: { a: [{ b: sequence({ c: -0 }) }] }, result: { a: [{ b: [{ c: 0 }] }] } },
  { name: 'NaN', value: Number.NaN, error: 'Number out of range: NaN' },
  { name: 'Infinity in object', value: { a: [Infinity] }, error: 'Number out of range: Infinity' },
];

for (const row of ROWS) {
  test(`toJson: ${row.name}`, () => {
    if (row.error !== undefined)
      return assert.throws(() => toJson(row.value), { code: 'D1001', message: row.error });
    assert.deepStrictEqual(toJson(row.value), row.result);
  });
}

test('toJson copies: the result is not the input', () => {
  const input = { a: [{ b: 1 }] };
  const output = toJson(input) as { a: { b: number }[] };
  assert.notEqual(output, input);
  assert.notEqual(output.a, input.a);
  assert.equal(Object.getOwnPropertyDescriptor(output, 'a')?.enumerable, true);
});

const FUNCTIONS: { value: unknown; isFunction: boolean }[] = [
  { value: lambda, isFunction: true },
  { value: builtin, isFunction: true },
  { value: () => 1, isFunction: true },
  { value: {}, isFunction: false },
  { value: [], isFunction: false },
  { value: null, isFunction: false },
  { value: 'function', isFunction: false },
];

for (const [index, row] of FUNCTIONS.entries()) {
  test(`isJsonataFunction #${index} is ${row.isFunction}`, () =>
    assert.equal(isJsonataFunction(row.value), row.isFunction));
}
