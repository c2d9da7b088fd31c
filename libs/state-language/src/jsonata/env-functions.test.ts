import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateJsonataString } from './index.js';
import { fakeEnv, NOW, runRows, threwCause } from './rows.test-util.js';
import { seededRandom } from './seeded-random.js';

// Functions whose stock versions read the host clock or Math.random use the env instead.

const NOW_MILLIS = Date.parse(NOW);

runRows('time', [
  { expr: '$now()', result: NOW },
  { expr: '$millis()', result: NOW_MILLIS },
  { expr: "$now('[Y0001]-[M01]-[D01]')", result: '2024-05-01' },
  { expr: "$now('[H01]:[m01]', '+0200')", result: '14:34' },
  { expr: '$now()', now: '2030-01-01T00:00:00Z', result: '2030-01-01T00:00:00.000Z' },
  { expr: '$millis() - $toMillis($now())', result: 0 },
  // jsonata fills missing date parts of a picture from its evaluation timestamp: the event time here
  { expr: "$toMillis('10:30', '[H01]:[m01]')", result: Date.parse('2024-05-01T10:30:00Z') },
  { expr: "$fromMillis($toMillis('2024-02-29T00:00:00Z') + 86400000)", result: '2024-03-01T00:00:00.000Z' },
  {
    expr: '$now()',
    now: 'yesterday',
    cause: threwCause('$now()', 'JsonataEnv.now is not an ISO-8601 timestamp: yesterday'),
  },
  {
    expr: '$millis()',
    now: '',
    cause: threwCause('$millis()', 'JsonataEnv.now is not an ISO-8601 timestamp: '),
  },
  {
    expr: "$now('[Q]')",
    cause: threwCause("$now('[Q]')", 'D3132: Unknown component specifier "Q" in date/time picture string'),
  },
]);

runRows('randomness', [
  { expr: '$random()', randoms: [0.125], result: 0.125 },
  { expr: '[$random(), $random(), $random()]', randoms: [0.1, 0.2], result: [0.1, 0.2, 0.1] },
  { expr: '$random(42)', result: 0.7275636800328681 },
  { expr: '$random(0)', result: 0.730967787376657 },
  { expr: '$random(42.9) = $random(42)', result: true },
  { expr: '$random(-7) = $random(-7)', result: true },
  { expr: '$random(1) != $random(2)', result: true },
  { expr: '$uuid()', result: '00000000-0000-4000-8000-000000000001' },
  {
    expr: '[$uuid(), $uuid()]',
    result: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  },
  { expr: '$shuffle([1, 2, 3, 4])', randoms: [0.99], result: [1, 2, 3, 4] },
  { expr: '$shuffle([1, 2, 3, 4])', randoms: [0], result: [4, 1, 2, 3] },
  { expr: '$shuffle([1, 2, 3, 4])', randoms: [0.5, 0.25, 0.75, 0.1], result: [4, 1, 3, 2] },
  { expr: '$shuffle([7])', result: [7] },
  { expr: '$sort($shuffle($states.input.items))', input: { items: [3, 1, 2] }, result: [1, 2, 3] },
  {
    expr: "$random('x')",
    cause: threwCause(
      "$random('x')",
      'T0410: Argument 1 of function "random" does not match function signature',
    ),
  },
  {
    expr: '$uuid(1)',
    cause: threwCause('$uuid(1)', 'T0410: Argument 1 of function "uuid" does not match function signature'),
  },
]);

test('seededRandom is java.util.Random(seed).nextDouble() and stays in [0, 1)', () => {
  assert.equal(seededRandom(42), 0.7275636800328681);
  for (const seed of [0, 1, -1, 2 ** 53, -(2 ** 60), 123456789, 0.5]) {
    const value = seededRandom(seed);
    assert.ok(value >= 0 && value < 1, `seed ${seed} gave ${value}`);
    assert.equal(seededRandom(seed), value);
  }
});

test('the same expression and env give the same result on replay', () => {
  const template = '{% {"id": $uuid(), "r": $random(), "at": $now(), "order": $shuffle([1, 2, 3, 4, 5])} %}';
  const first = evaluateJsonataString(template, fakeEnv({ randoms: [0.3, 0.7, 0.1] }), 'Output');
  const again = evaluateJsonataString(template, fakeEnv({ randoms: [0.3, 0.7, 0.1] }), 'Output');
  assert.deepStrictEqual(again, first);
});
