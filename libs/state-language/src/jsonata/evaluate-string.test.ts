import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Json } from '../json.js';
import { evaluateJsonataString } from './index.js';
import { fakeEnv, runRows, threwCause, undefinedCause, unsupportedCause } from './rows.test-util.js';

const INPUT = {
  name: 'Ana',
  items: [
    { n: 1, tag: 'a' },
    { n: 2, tag: 'b' },
  ],
  one: [{ n: 7 }],
  nested: { deep: [1, [2, 3]] },
};

runRows('bindings', [
  { expr: '$states.input.name', input: INPUT, result: 'Ana' },
  { expr: '$states.context.Execution.Id', result: 'arn:exec' },
  { expr: '$states.result.Payload', stateResult: { Payload: 42 }, result: 42 },
  { expr: '$states.errorOutput.Error', errorOutput: { Error: 'E', Cause: 'c' }, result: 'E' },
  { expr: '$keys($states)', result: ['input', 'context'] },
  {
    expr: '$keys($states)',
    stateResult: 1,
    errorOutput: { Error: 'E' },
    result: ['input', 'context', 'result', 'errorOutput'],
  },
  {
    expr: '$greeting & " " & $states.input.name',
    input: INPUT,
    variables: { greeting: 'Hi' },
    result: 'Hi Ana',
  },
  { expr: '$states.input', variables: { states: 'shadow?' }, input: { a: 1 }, result: { a: 1 } },
  { expr: '$count($list)', variables: { list: [1, 2, 3] }, result: 3 },
  { expr: '$states.result', cause: undefinedCause('$states.result') },
  { expr: '$states.errorOutput', cause: undefinedCause('$states.errorOutput') },
  { expr: '$notAssigned', cause: undefinedCause('$notAssigned') },
  // No context item: the input is only reachable through $states.input.
  { expr: 'name', input: INPUT, cause: undefinedCause('name') },
  { expr: '$', input: INPUT, cause: undefinedCause('$') },
  { expr: '$$.name', input: INPUT, cause: undefinedCause('$$.name') },
]);

runRows('results', [
  { expr: '$states.input.items.n', input: INPUT, result: [1, 2] },
  { expr: '$states.input.one.n', input: INPUT, result: 7 },
  { expr: '$states.input.items[tag = "b"]', input: INPUT, result: { n: 2, tag: 'b' } },
  { expr: '$states.input.items[n > 5]', input: INPUT, cause: undefinedCause('$states.input.items[n > 5]') },
  { expr: '[$states.input.one.n]', input: INPUT, result: [7] },
  { expr: '$states.input.nested', input: INPUT, result: { deep: [1, [2, 3]] } },
  { expr: '{"kept": 1, "dropped": $nothing, "list": [1, $nothing, 2]}', result: { kept: 1, list: [1, 2] } },
  { expr: '{"f": function($x){$x}, "list": [$uppercase, 1]}', result: { list: [null, 1] } },
  { expr: '{"a": $states.input.items.{"t": tag}}', input: INPUT, result: { a: [{ t: 'a' }, { t: 'b' }] } },
  { expr: '-0', result: 0 },
  { expr: '0.1 + 0.2', result: 0.30000000000000004 },
  { expr: "'text'", result: 'text' },
  { expr: 'null', result: null },
  { expr: '$parse(\'{"__proto__": {"x": 1}}\')', result: JSON.parse('{"__proto__": {"x": 1}}') as Json },
  { expr: '$lookup($parse(\'{"__proto__": 5}\'), "__proto__")', result: 5 },
  { expr: '$uppercase', cause: unsupportedCause('$uppercase') },
  { expr: '/ab+c/', cause: unsupportedCause('/ab+c/') },
  { expr: '1 / 0', cause: threwCause('1 / 0', 'D1001: Number out of range: Infinity') },
  { expr: '{"x": [-1 / 0]}', cause: threwCause('{"x": [-1 / 0]}', 'D1001: Number out of range: -Infinity') },
]);

runRows('errors', [
  {
    expr: "'a' + 1",
    cause: threwCause("'a' + 1", 'T2001: The left side of the "+" operator must evaluate to a number'),
  },
  {
    expr: "$sum('a')",
    cause: threwCause("$sum('a')", 'T0412: Argument 1 of function "sum" must be an array of "numbers"'),
  },
  {
    expr: '$single([])',
    cause: threwCause(
      '$single([])',
      'D3139: The $single() function expected exactly 1 matching result.  Instead it matched 0.',
    ),
  },
  { expr: "$error('custom')", cause: threwCause("$error('custom')", 'D3137: custom') },
  { expr: '$assert(false, "nope")', cause: threwCause('$assert(false, "nope")', 'D3141: nope') },
  { expr: '$nope()', cause: threwCause('$nope()', 'T1006: Attempted to invoke a non-function') },
  { expr: '(', cause: threwCause('(', 'S0203: Expected ")" before end of expression') },
  { expr: '', cause: threwCause('', 'S0207: Unexpected end of expression') },
  { expr: '$states.input.', cause: threwCause('$states.input.', 'S0207: Unexpected end of expression') },
  {
    expr: '($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))',
    cause: threwCause(
      '($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))',
      stackOverflowMessage(),
    ),
  },
]);

function stackOverflowMessage(): string {
  const overflow = (n: number): number => (n === 0 ? 0 : 1 + overflow(n - 1));
  try {
    overflow(1e7);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

test('a template without delimiters is a caller bug, not a query error', () => {
  assert.throws(() => evaluateJsonataString('$states.input', fakeEnv(), 'Output'), {
    name: 'Error',
    message: /expects a \{% … %\} template/,
  });
});

test('the result shares nothing with the input', () => {
  const env = fakeEnv({ input: { list: [{ a: 1 }] }, variables: { v: { b: [2] } } });
  const result = evaluateJsonataString('{% [$states.input, $v] %}', env, 'Output') as [
    { list: { a: number }[] },
    { b: number[] },
  ];
  result[0].list[0].a = 99;
  result[1].b.push(3);
  assert.deepStrictEqual(env.states.input, { list: [{ a: 1 }] });
  assert.deepStrictEqual(env.variables.v, { b: [2] });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

const FROZEN_INPUT = deepFreeze({
  nums: [3, 1, 2, 1],
  items: [
    { n: 1, tag: 'a' },
    { n: 2, tag: 'b' },
  ],
});
const NON_MUTATING: { expr: string; result: Json }[] = [
  { expr: '$sort($states.input.nums)', result: [1, 1, 2, 3] },
  { expr: '$reverse($states.input.nums)', result: [1, 2, 1, 3] },
  { expr: '$distinct($states.input.nums)', result: [3, 1, 2] },
  { expr: '$append($states.input.nums, 9)', result: [3, 1, 2, 1, 9] },
  { expr: '$shuffle($states.input.nums) ~> $count', result: 4 },
  { expr: '$states.input.items^(>n).tag', result: ['b', 'a'] },
  { expr: '$states.input.items{tag: n}', result: { a: 1, b: 2 } },
  {
    expr: '$states.input ~> |items|{"n": 0}|',
    result: {
      nums: [3, 1, 2, 1],
      items: [
        { n: 0, tag: 'a' },
        { n: 0, tag: 'b' },
      ],
    },
  },
  { expr: '$merge([$states.input.items[0], {"n": 5}])', result: { n: 5, tag: 'a' } },
  { expr: '$states.input.items#$i[$i = 1].tag', result: 'b' },
  { expr: '$zip($states.input.nums, $states.input.nums)[0]', result: [3, 3] },
  { expr: '$partition($states.input.nums, 3)', result: [[3, 1, 2], [1]] },
];

for (const row of NON_MUTATING) {
  test(`frozen input is never mutated: ${row.expr}`, () => {
    assert.deepStrictEqual(
      evaluateJsonataString(`{% ${row.expr} %}`, fakeEnv({ input: FROZEN_INPUT }), 'Output'),
      row.result,
    );
  });
}
